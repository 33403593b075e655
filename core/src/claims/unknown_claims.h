// Claims the words make but the timeline has nothing on: a title before a
// name it does not know ("NASA Administrator Jim Bridenstine"), a past event
// with a date ("FTX filed for bankruptcy on November 11"), a span of time
// after a past verb ("waited more than two weeks"). Each becomes an
// unverifiable claim that says why, so a reader sees the claim was read;
// any claim a frame or a record settles over the same words wins.
#ifndef FACTMARK_CLAIMS_UNKNOWN_CLAIMS_H_
#define FACTMARK_CLAIMS_UNKNOWN_CLAIMS_H_

#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/frame_text.h"
#include "claims/mention_finder.h"
#include "data/timeline.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/calendar.h"
#include "time/temporal_expression.h"

namespace factmark {

std::vector<Claim> FindUnknownClaims(const Timeline& timeline, std::string_view text,
                                     const std::vector<Token>& tokens, const TextWords& words,
                                     const std::vector<SentenceSpan>& sentences,
                                     const std::vector<Mention>& mentions,
                                     const std::vector<TemporalExpression>& times,
                                     const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_UNKNOWN_CLAIMS_H_
