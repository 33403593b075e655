#include "claims/this_date_items.h"

#include "claims/frame_text.h"

namespace factmark {

void DateThisDateItems(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<SentenceSpan>& sentences, const PublishedDate& published,
                       std::vector<TemporalExpression>* times) {
  if (!published.known) return;
  const CivilDate today = CivilFromDays(published.day);
  bool in_column = false;
  size_t next_time = 0;
  for (const SentenceSpan& sentence : sentences) {
    const uint32_t first = sentence.first_token;
    auto word = [&](uint32_t i) {
      return i < sentence.end_token ? FoldedToken(text, tokens[i]) : std::string();
    };
    // "On this date:" / "On this day:" opens the list.
    if (word(first) == "on" && word(first + 1) == "this" &&
        (word(first + 2) == "date" || word(first + 2) == "day") && word(first + 3) == ":") {
      in_column = true;
    }
    while (next_time < times->size() && (*times)[next_time].first_token < first) ++next_time;
    if (!in_column || next_time >= times->size()) continue;
    // "Five years ago: The WHO declared ...": that many years before the
    // column's day.
    TemporalExpression& ago = (*times)[next_time];
    if (ago.first_token == first && ago.type == TimexType::kDate && ago.is_calendar_date &&
        ago.date.precision == Precision::kYear && word(ago.end_token - 1) == "ago" &&
        word(ago.end_token) == ":") {
      const int y = ago.date.date.year;
      if (IsValidDate(y, today.month, today.day)) {
        ago.date = PartialDate{CivilDate{y, today.month, today.day}, Precision::kDay};
        ago.month = today.month;
        ago.day = today.day;
      }
      continue;
    }
    if (word(first) != "in") continue;
    TemporalExpression& year = (*times)[next_time];
    if (year.first_token != first + 1 || year.type != TimexType::kDate ||
        !year.is_calendar_date || !year.year_written || year.date.precision != Precision::kYear ||
        word(year.end_token) != ",") {
      continue;
    }
    const int y = year.date.date.year;
    if (!IsValidDate(y, today.month, today.day)) continue;  // February 29
    year.date = PartialDate{CivilDate{y, today.month, today.day}, Precision::kDay};
    year.month = today.month;
    year.day = today.day;
  }
}

}  // namespace factmark
