// Embind glue: marshals strings and bytes between JavaScript and the core's
// public API, nothing more. Errors cross as JSON ({"error": ...}) because the
// wasm build has no exceptions.
#include <emscripten/bind.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "factmark/batch.h"
#include "factmark/checker.h"
#include "factmark/command_line.h"
#include "factmark/dates.h"
#include "factmark/timeline_compiler.h"

namespace {

using factmark::Status;

class WasmChecker {
 public:
  // `snapshot` arrives from a Uint8Array (Embind copies it into the string).
  explicit WasmChecker(const std::string& snapshot) {
    status_ = factmark::Checker::Load(snapshot, &checker_);
  }

  // "" when the timeline loaded, else the error JSON.
  std::string error() const { return status_.ok() ? "" : factmark::ErrorJson(status_); }

  // Adds a timeline beside the first: "" when it loaded, else the error JSON.
  std::string addTimeline(const std::string& snapshot) {
    if (!checker_) return error();
    const Status status = checker_->AddTimeline(snapshot);
    return status.ok() ? "" : factmark::ErrorJson(status);
  }

  // `factmark stats` for the loaded timelines: "text" or "json".
  std::string stats(const std::string& format) const {
    if (!checker_) return error();
    return checker_->Stats(format == "json" ? factmark::ReportFormat::kJson
                                            : factmark::ReportFormat::kText);
  }

  // The result JSON, the text report, or the error JSON, for UTF-8 text the
  // caller wrote into wasm memory at `text` (see web/src/loader.js): one
  // native copy instead of Embind's per-character one.
  std::string checkAt(uintptr_t text, size_t length, const std::string& published,
                      const std::string& format) const {
    return check(std::string_view(reinterpret_cast<const char*>(text), length), published,
                 format);
  }

  // One line of a --jsonl batch (see factmark/batch.h), written into wasm
  // memory at `line`: its output line, or "" for a blank line.
  std::string checkBatchLineAt(uintptr_t line, size_t length, double line_number) const {
    if (!checker_) return error();
    return factmark::CheckBatchLine(
        *checker_, std::string_view(reinterpret_cast<const char*>(line), length),
        static_cast<uint64_t>(line_number));
  }

  std::string check(std::string_view text, const std::string& published,
                    const std::string& format) const {
    if (!checker_) return error();
    factmark::CheckOptions options;
    options.published = published;
    std::string out;
    const Status status = checker_->Check(
        text, options,
        format == "text" ? factmark::ReportFormat::kText : factmark::ReportFormat::kJson,
        &out);
    return status.ok() ? out : factmark::ErrorJson(status);
  }

 private:
  Status status_;
  std::unique_ptr<factmark::Checker> checker_;
};

// Arguments arrive joined by NUL characters, which no argument can contain.
std::string ParseCommandLineJson(const std::string& joined) {
  std::vector<std::string> args;
  if (!joined.empty()) {
    size_t start = 0;
    while (true) {
      const size_t nul = joined.find('\0', start);
      args.push_back(joined.substr(start, nul - start));
      if (nul == std::string::npos) break;
      start = nul + 1;
    }
  }
  factmark::CommandLine cl;
  const Status status = factmark::ParseCommandLine(args, &cl);
  return status.ok() ? factmark::CommandLineJson(cl) : factmark::ErrorJson(status);
}

// The tagger's JSON (or text listing), or the error JSON, for UTF-8 text
// written into wasm memory at `text`.
std::string DatesAt(uintptr_t text, size_t length, const std::string& published,
                    const std::string& format) {
  const std::string_view view(reinterpret_cast<const char*>(text), length);
  factmark::CheckOptions options;
  options.published = published;
  std::string out;
  const Status status = factmark::FindTemporalExpressions(
      view, options,
      format == "text" ? factmark::ReportFormat::kText : factmark::ReportFormat::kJson, &out);
  return status.ok() ? out : factmark::ErrorJson(status);
}

std::string Usage() { return factmark::UsageText(); }
std::string Version() { return factmark::VersionText(); }

}  // namespace

EMSCRIPTEN_BINDINGS(factmark) {
  emscripten::class_<WasmChecker>("Checker")
      .constructor<const std::string&>()
      .function("error", &WasmChecker::error)
      .function("addTimeline", &WasmChecker::addTimeline)
      .function("stats", &WasmChecker::stats)
      .function("checkAt", &WasmChecker::checkAt)
      .function("checkBatchLineAt", &WasmChecker::checkBatchLineAt);
  emscripten::function("parseCommandLine", &ParseCommandLineJson);
  emscripten::function("datesAt", &DatesAt);
  emscripten::function("usage", &Usage);
  emscripten::function("version", &Version);
}
