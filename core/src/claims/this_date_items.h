// "Today in History" columns: after a line "On this date:" (or "On this
// day:"), each item "In 1972, former President Harry S. Truman died." or
// "Five years ago: ..." is about the column's day of that year, not just
// the year. The column's day is the published date's month and day.
#ifndef FACTMARK_CLAIMS_THIS_DATE_ITEMS_H_
#define FACTMARK_CLAIMS_THIS_DATE_ITEMS_H_

#include <string_view>
#include <vector>

#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/calendar.h"
#include "time/temporal_expression.h"

namespace factmark {

// Makes each such item's heading year a day: "In 1972," in a column
// published on December 26 becomes 1972-12-26. Needs the published date.
void DateThisDateItems(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<SentenceSpan>& sentences, const PublishedDate& published,
                       std::vector<TemporalExpression>* times);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_THIS_DATE_ITEMS_H_
