// Judges a role at a time ("President Lee", "former Chancellor Olaf Scholz")
// against the terms of office:
//   - the time is the frame's stated date, else the published date, widened
//     to the sentence's own dates when it names any (no published date:
//     unverifiable); a time after the coverage end is unverifiable;
//   - a term of an office the title names that covers the time supports the
//     claim ("former": a term that ended before it, and none covering it);
//   - the claim is contradicted only when the time is sure (stated, or the
//     published date in a sentence that speaks of no other time), the person
//     has terms of that office to show, none can cover the time (allowing
//     for dates known only to the month or year), the office's listed terms
//     reach back to the time and the time is within the coverage end.
//     Otherwise: unverifiable, with the reason.
#ifndef FACTMARK_JUDGE_ROLE_JUDGE_H_
#define FACTMARK_JUDGE_ROLE_JUDGE_H_

#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/role_frame.h"
#include "data/timeline.h"
#include "text/tokenizer.h"

namespace factmark {

Claim JudgeRole(const Timeline& timeline, std::string_view text, const std::vector<Token>& tokens,
                const RoleFrame& frame, const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_ROLE_JUDGE_H_
