// Readings of dates that only the claims need, made on the tagger's
// output: "35 years ago this November" is one month, not a year and then
// this year's November.
#ifndef FACTMARK_CLAIMS_DATE_REFINEMENTS_H_
#define FACTMARK_CLAIMS_DATE_REFINEMENTS_H_

#include <string_view>
#include <vector>

#include "text/tokenizer.h"
#include "time/temporal_expression.h"

namespace factmark {

// Joins "N years ago" with a month right after it ("this November", "last
// month") into that month N years back.
void JoinAgoWithMonth(std::string_view text, const std::vector<Token>& tokens,
                      std::vector<TemporalExpression>* times);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_DATE_REFINEMENTS_H_
