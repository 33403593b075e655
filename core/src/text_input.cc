#include "text_input.h"

#include <algorithm>
#include <string>

#include "text/utf8.h"
#include "time/calendar.h"

namespace factmark {

Status ValidateTextInput(std::string_view text, const CheckOptions& options,
                         PublishedDate* published) {
  if (text.size() > kMaxTextBytes) {
    return Status::InvalidInput("the text is " + std::to_string(text.size()) +
                                " bytes; factmark checks at most " +
                                std::to_string(kMaxTextBytes) +
                                " bytes (5 MiB) at a time: split it");
  }
  const size_t bad = FindInvalidUtf8(text);
  if (bad != std::string_view::npos) {
    // The line and column let a person find the byte in an editor; the
    // column counts bytes, as the bad byte has no character to count.
    const std::string_view before = text.substr(0, bad);
    const size_t line_start = before.rfind('\n') + 1;  // npos + 1 == 0
    const size_t line = 1 + static_cast<size_t>(std::count(before.begin(), before.end(), '\n'));
    return Status::InvalidInput(
        "the text is not valid UTF-8 (first bad byte at offset " + std::to_string(bad) +
        "): line " + std::to_string(line) + ", byte " + std::to_string(bad - line_start + 1) +
        " of the line; convert it to UTF-8 first (for example with iconv, naming the file's "
        "encoding: iconv -f windows-1252 -t utf-8)");
  }
  *published = PublishedDate();
  if (!options.published.empty()) {
    PartialDate date;
    if (options.published.size() != 10 || !ParseIsoDate(options.published, &date)) {
      return Status::InvalidArgument("the published date \"" + options.published +
                                     "\" is not a real date written YYYY-MM-DD");
    }
    *published = PublishedDate{true, date.first_day()};
  }
  return Status::Ok();
}

}  // namespace factmark
