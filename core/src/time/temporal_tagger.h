// factmark's temporal tagger: finds the dates, times, durations and sets of
// news English and normalizes them TIMEX3-style (see docs/temporal.md).
#ifndef FACTMARK_TIME_TEMPORAL_TAGGER_H_
#define FACTMARK_TIME_TEMPORAL_TAGGER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/calendar.h"
#include "time/temporal_expression.h"

namespace factmark {

// Expressions in text order, never overlapping, never across sentences.
std::vector<TemporalExpression> TagTemporalExpressions(
    std::string_view text, const std::vector<Token>& tokens,
    const std::vector<SentenceSpan>& sentences, const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_TIME_TEMPORAL_TAGGER_H_
