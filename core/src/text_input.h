// The checks every entry point makes on its input text and options.
#ifndef FACTMARK_TEXT_INPUT_H_
#define FACTMARK_TEXT_INPUT_H_

#include <string_view>

#include "factmark/checker.h"
#include "factmark/status.h"
#include "time/calendar.h"

namespace factmark {

// Texts longer than this are refused: a news article is far smaller, and the
// bound keeps memory and time predictable on any page.
constexpr size_t kMaxTextBytes = 5 * 1024 * 1024;

// Refuses text over kMaxTextBytes or not UTF-8 (kInvalidInput) and a
// published date that is not a real YYYY-MM-DD (kInvalidArgument); on
// success fills *published.
Status ValidateTextInput(std::string_view text, const CheckOptions& options,
                         PublishedDate* published);

}  // namespace factmark

#endif  // FACTMARK_TEXT_INPUT_H_
