// Judges an anniversary ("on the anniversary of the Korean War armistice",
// "the 70th anniversary of the armistice"): the event is the named one's
// event of the type the words give (else the start of a war, else its only
// dated event). The claim is supported when the day the sentence speaks of
// is that event's day of the year (the published date may be up to two days
// after it: ceremonies are reported the next day) and an ordinal, when
// given, counts the years. It is contradicted only when the day matches
// exactly and the ordinal is wrong; otherwise it is unverifiable.
#ifndef FACTMARK_JUDGE_ANNIVERSARY_JUDGE_H_
#define FACTMARK_JUDGE_ANNIVERSARY_JUDGE_H_

#include <string_view>
#include <vector>

#include "claims/anniversary_frame.h"
#include "claims/claim.h"
#include "data/timeline.h"
#include "text/tokenizer.h"

namespace factmark {

Claim JudgeAnniversary(const Timeline& timeline, std::string_view text,
                       const std::vector<Token>& tokens, const AnniversaryFrame& frame,
                       const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_ANNIVERSARY_JUDGE_H_
