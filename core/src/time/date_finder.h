// Finds calendar dates written in news English within a run of tokens:
// "June 4", "Jun. 4", "June 4, 2025", "4 June 2025", "June 2025" and
// "2025-06-04". This is the first, narrow cut of the temporal tagger.
#ifndef FACTMARK_TIME_DATE_FINDER_H_
#define FACTMARK_TIME_DATE_FINDER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"
#include "time/calendar.h"

namespace factmark {

struct DateMention {
  uint32_t first_token;
  uint32_t end_token;  // one past the last token
  int year;            // 0 when the text gives none ("June 4")
  int month;           // 1..12
  int day;             // 0 for a month ("June 2025")
};

// Dates among tokens [first, end) of `text`, in text order, never overlapping.
std::vector<DateMention> FindDates(std::string_view text,
                                   const std::vector<Token>& tokens,
                                   uint32_t first, uint32_t end);

// Resolves a mention to a date. A written year is kept. A missing year comes
// from `published` (a day count, see DaysFromCivil): the latest such date on
// or before it, since the claims checked are about the past. Returns false
// when the year is missing and there is no published date (`has_published`
// false), or when the written date does not exist ("February 30").
bool ResolvePastDate(const DateMention& mention, bool has_published,
                     int32_t published, PartialDate* out);

}  // namespace factmark

#endif  // FACTMARK_TIME_DATE_FINDER_H_
