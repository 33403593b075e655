// The data compiler on arbitrary source files. The input is a list of files,
// each "NAME\nCONTENTS" and separated by NUL bytes; the name picks the file's
// role as a path does. What the compiler accepts must load: its snapshot is
// then checked against a probe text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "factmark/checker.h"
#include "factmark/timeline_compiler.h"
#include "fuzz_input.h"

namespace {

std::vector<factmark::SourceFile> ReadFiles(std::string_view input) {
  std::vector<factmark::SourceFile> files;
  while (!input.empty() && files.size() < 16) {
    const size_t end = input.find('\0');
    std::string_view file = input.substr(0, end);
    input = end == std::string_view::npos ? std::string_view() : input.substr(end + 1);
    const size_t newline = file.find('\n');
    if (newline == std::string_view::npos) continue;
    files.push_back({std::string(file.substr(0, newline)), std::string(file.substr(newline + 1))});
  }
  return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<factmark::SourceFile> files =
      ReadFiles(std::string_view(reinterpret_cast<const char*>(data), size));
  std::string snapshot;
  const factmark::Status compiled = factmark::CompileTimeline(files, &snapshot);
  if (!compiled.ok()) {
    if (compiled.message().empty()) factmark::fuzz::Fail("sources refused with no message");
    return 0;
  }
  std::unique_ptr<factmark::Checker> checker;
  const factmark::Status loaded = factmark::Checker::Load(snapshot, &checker);
  if (!loaded.ok()) factmark::fuzz::Fail("the compiler wrote a snapshot the loader refuses");
  factmark::CheckOptions options;
  options.published = "2025-07-28";
  std::string out;
  (void)checker->Check("Lee Jae-myung took office on June 4, 2025, as President of South Korea.",
                       options, factmark::ReportFormat::kJson, &out);
  return 0;
}
