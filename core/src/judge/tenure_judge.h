// Judges a tenure ("prime minister for four years", "Secretary-General from
// 1997 to 2007", "finance minister since October") against the person's
// terms in the offices the words name. Consecutive terms of one office form
// one stretch in office (re-elections, reappointments); a stretch still open
// counts to the published date. "in power" and "led the country" may also
// mean the person's consecutive terms across offices, or their total.
//
// Durations: "more than"/"over" N needs more than N; "nearly"/"almost" N
// between nine tenths of N and N; "less than" N under N; "about" N within a
// tenth; a bare N the whole number of units N (two days either way allowed
// for counting a term's last day or not).
//
// Refuting needs the office known (a title, an organization the verb names,
// or a person with a single listed office), every term of it listed since
// before the person's first, and dates precise enough that no stretch,
// total or span can match. Otherwise: unverifiable.
#ifndef FACTMARK_JUDGE_TENURE_JUDGE_H_
#define FACTMARK_JUDGE_TENURE_JUDGE_H_

#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "claims/tenure_frame.h"
#include "data/timeline.h"
#include "text/tokenizer.h"

namespace factmark {

Claim JudgeTenure(const Timeline& timeline, std::string_view text,
                  const std::vector<Token>& tokens, const TenureFrame& frame,
                  const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_TENURE_JUDGE_H_
