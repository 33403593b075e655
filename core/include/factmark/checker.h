// The public entry point of factmark's core: a Checker is built from a compiled
// timeline snapshot and checks the dated claims of an article against it.
#ifndef FACTMARK_CHECKER_H_
#define FACTMARK_CHECKER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "factmark/status.h"

namespace factmark {

struct CheckOptions {
  // The article's published date as YYYY-MM-DD, or empty when the page gives
  // none. Dates without a year ("June 4") are resolved against it.
  std::string published;
};

enum class ReportFormat {
  kJson,  // the result JSON documented in README.md (the stable contract)
  kText,  // a report for a person reading a terminal
};

struct DatasetInfo {
  std::string name;
  std::string version;
  std::string coverage_end;  // YYYY-MM-DD: the data is complete up to here
  uint32_t events = 0;
};

class Checker {
 public:
  // Reads a snapshot written by CompileTimeline(). The checker keeps its own
  // copy of the bytes. A truncated or corrupt snapshot yields kCorruptData.
  static Status Load(std::string snapshot, std::unique_ptr<Checker>* out);

  // Adds another timeline beside the first (a publisher's own, say). Each
  // claim is judged against every timeline: one that supports it wins, then
  // one that contradicts it; a claim no timeline decides is unverifiable.
  Status AddTimeline(std::string snapshot);

  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;
  ~Checker();

  // Checks UTF-8 `text` and writes the report to *out. Offsets in the JSON
  // are UTF-16 code units, so they index the same JavaScript string.
  Status Check(std::string_view text, const CheckOptions& options,
               ReportFormat format, std::string* out) const;

  // `factmark stats`: each timeline's records counted by type, country and
  // decade, as text or JSON.
  std::string Stats(ReportFormat format) const;

  const DatasetInfo& dataset() const;  // the first timeline's
  const std::vector<DatasetInfo>& datasets() const;

 private:
  struct State;
  explicit Checker(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace factmark

#endif  // FACTMARK_CHECKER_H_
