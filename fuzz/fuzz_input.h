// How the fuzz targets turn libFuzzer's bytes into factmark's inputs: a few
// leading bytes choose the options, the rest is the text. Kept in one place
// so every target reads its input the same way and a kept regression input
// means the same thing to each.
#ifndef FACTMARK_FUZZ_FUZZ_INPUT_H_
#define FACTMARK_FUZZ_FUZZ_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "factmark/checker.h"
#include "time/calendar.h"

namespace factmark {
namespace fuzz {

// Days since 1970-01-01 as YYYY-MM-DD, so a fuzzed date is well formed.
inline std::string IsoDate(int32_t days) {
  return FormatIsoDate(PartialDate{CivilFromDays(days), Precision::kDay});
}

struct CheckInput {
  CheckOptions options;
  ReportFormat format = ReportFormat::kJson;
  std::string_view text;
};

// Byte 0: bit 0 picks the format (JSON or text); bits 1-2 the published date:
// none, a valid date from bytes 1-2 (days around 2000, from 1820 to 2180), or
// bytes 1-10 taken as they are (the date parser's own refusals). The rest of
// the input is the text.
inline CheckInput ReadCheckInput(const uint8_t* data, size_t size) {
  CheckInput in;
  if (size == 0) return in;
  const uint8_t head = data[0];
  in.format = (head & 1) ? ReportFormat::kText : ReportFormat::kJson;
  size_t used = 1;
  switch ((head >> 1) & 3) {
    case 1:
    case 2:
      if (size >= 3) {
        const int32_t offset = static_cast<int32_t>(data[1] | (data[2] << 8)) - 32768;
        in.options.published = IsoDate(10957 + offset * 2);  // 2000-01-01 +- 180 years
        used = 3;
      }
      break;
    case 3:
      if (size >= 11) {
        in.options.published.assign(reinterpret_cast<const char*>(data + 1), 10);
        used = 11;
      }
      break;
    default:
      break;
  }
  in.text = std::string_view(reinterpret_cast<const char*>(data + used), size - used);
  return in;
}

// Reads a whole file, or aborts: the targets' fixed inputs (the default
// timeline) must be there, or the run means nothing.
inline std::string ReadFileOrDie(const char* path) {
  std::FILE* file = std::fopen(path, "rb");
  if (!file) {
    std::fprintf(stderr, "fuzz: cannot read %s\n", path);
    std::abort();
  }
  std::string bytes;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, n);
  std::fclose(file);
  return bytes;
}

// A finding that is not a crash: the core said something untrue about its
// own output. Aborts so libFuzzer keeps the input.
[[noreturn]] inline void Fail(const char* what) {
  std::fprintf(stderr, "fuzz: %s\n", what);
  std::abort();
}

}  // namespace fuzz
}  // namespace factmark

#endif  // FACTMARK_FUZZ_FUZZ_INPUT_H_
