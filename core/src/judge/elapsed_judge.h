// Judges time elapsed since a named event, counted to the published date,
// against the event's date (the war's start; else its only dated event):
// "over/more than N" needs more than N, "nearly/almost/about N" within a
// tenth of N below or about it, and a bare "N years" N whole years. Such
// sentences rarely say exactly where the count starts, so this first cut
// supports a claim that holds or leaves it unverifiable: it never refutes.
#ifndef FACTMARK_JUDGE_ELAPSED_JUDGE_H_
#define FACTMARK_JUDGE_ELAPSED_JUDGE_H_

#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/elapsed_frame.h"
#include "data/timeline.h"
#include "text/tokenizer.h"

namespace factmark {

Claim JudgeElapsed(const Timeline& timeline, std::string_view text, const std::vector<Token>& tokens,
                   const ElapsedFrame& frame, const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_ELAPSED_JUDGE_H_
