// Judges an event-date claim ("Lee took office on June 4") against the
// timeline. The rules, in order:
//   - a date the text does not fix (no year and no published date) is
//     unverifiable;
//   - the candidates are the subject's events of the claimed type, up to the
//     published date when there is one, and in an office the title names
//     when the claim has a title ("President Lee");
//   - a candidate that falls inside the claimed day, month or year supports
//     the claim; when the year was not written, day and month suffice
//     ("took office on January 20" is true of every January 20 inauguration);
//   - with no support, the claim is contradicted only when the timeline
//     promises completeness for it (CompletenessOf: per person, or per person
//     and office when a title names the office), the claimed date is within
//     the timeline's coverage, a candidate exists, and every candidate is
//     dated precisely enough to rule the claim out. Otherwise: unverifiable.
#ifndef FACTMARK_JUDGE_EVENT_DATE_JUDGE_H_
#define FACTMARK_JUDGE_EVENT_DATE_JUDGE_H_

#include <cstdint>
#include <string_view>

#include "claims/claim.h"
#include "claims/event_date_frame.h"
#include "data/timeline.h"
#include "text/tokenizer.h"

namespace factmark {

Claim JudgeEventDate(const Timeline& timeline, std::string_view text,
                     const std::vector<Token>& tokens,
                     const EventDateFrame& frame, const PublishedDate& published);

// "1 day", "12 days", "about 3 months", "about 8 years".
std::string DescribeDayDistance(int32_t days);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_EVENT_DATE_JUDGE_H_
