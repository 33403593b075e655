#include "text_input.h"

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
    return Status::InvalidInput("the text is not valid UTF-8 (first bad byte at offset " +
                                std::to_string(bad) + "); convert it to UTF-8 first");
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
