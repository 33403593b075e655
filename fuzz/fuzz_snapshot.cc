// The snapshot loader on arbitrary bytes: a snapshot from anyone must be
// refused with kCorruptData and a message, or load and then check text
// without ever reading outside itself.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "factmark/checker.h"
#include "fuzz_input.h"

namespace {

// Touches the names, titles, days and summaries a loaded timeline holds.
constexpr char kProbe[] =
    "President Lee Jae-myung took office on June 4, 2025, a day after the election. "
    "Donald Trump was sworn in on January 20, 2017, more than seven decades after the war. "
    "Prime Minister Boris Johnson said on Tuesday that he had been prime minister for three years.";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::unique_ptr<factmark::Checker> checker;
  const factmark::Status status =
      factmark::Checker::Load(std::string(reinterpret_cast<const char*>(data), size), &checker);
  if (!status.ok()) {
    if (status.code() != factmark::Status::Code::kCorruptData || status.message().empty()) {
      factmark::fuzz::Fail("a bad snapshot was refused without kCorruptData and a message");
    }
    return 0;
  }
  factmark::CheckOptions options;
  options.published = "2025-07-28";
  std::string out;
  (void)checker->Check(kProbe, options, factmark::ReportFormat::kJson, &out);
  (void)checker->Check(kProbe, options, factmark::ReportFormat::kText, &out);
  (void)checker->Stats(factmark::ReportFormat::kJson);
  return 0;
}
