#include "claims/date_refinements.h"

#include "claims/frame_text.h"

namespace factmark {

void JoinAgoWithMonth(std::string_view text, const std::vector<Token>& tokens,
                      std::vector<TemporalExpression>* times) {
  std::vector<TemporalExpression>& t = *times;
  size_t out = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i + 1 < t.size()) {
      TemporalExpression& ago = t[i];
      const TemporalExpression& month = t[i + 1];
      const bool joins = ago.type == TimexType::kDate && ago.is_calendar_date &&
                         ago.anchor != Anchor::kUnresolved &&
                         ago.date.precision == Precision::kYear &&
                         FoldedToken(text, tokens[ago.end_token - 1]) == "ago" &&
                         month.first_token == ago.end_token && month.type == TimexType::kDate &&
                         month.is_calendar_date && month.anchor != Anchor::kUnresolved &&
                         month.date.precision == Precision::kMonth;
      if (joins) {
        // "this November" in 2024, 35 years ago: November 1989.
        const int years = month.date.date.year - ago.date.date.year;
        ago.date = PartialDate{CivilDate{month.date.date.year - years, month.date.date.month, 1},
                               Precision::kMonth};
        ago.month = month.date.date.month;
        ago.end_token = month.end_token;
        t[out++] = ago;
        ++i;
        continue;
      }
    }
    t[out++] = t[i];
  }
  t.resize(out);
}

}  // namespace factmark
