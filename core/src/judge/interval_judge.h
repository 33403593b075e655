// Judges a span between two happenings (see interval_frame.h). Each end is
// looked up: a stated date or the published date stands as given; an event
// is the entity's own record of that kind (a named event's only record),
// and when several records could be meant, the one nearest the other end on
// the right side is taken for comparison only. The span is measured in the
// claim's unit and fitted as durations are (duration_fit.h). A mismatch is
// a refutation only when both ends are certain: a stated date or a single
// record each. Otherwise: unverifiable.
#ifndef FACTMARK_JUDGE_INTERVAL_JUDGE_H_
#define FACTMARK_JUDGE_INTERVAL_JUDGE_H_

#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/interval_frame.h"
#include "data/timeline.h"
#include "text/tokenizer.h"

namespace factmark {

Claim JudgeInterval(const Timeline& timeline, std::string_view text,
                    const std::vector<Token>& tokens, const IntervalFrame& frame,
                    const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_INTERVAL_JUDGE_H_
