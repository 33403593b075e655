// Recognizes the sentences that date an event, in three shapes:
//   - "[title] <subject> <trigger> [object] [as <title>] <glue> <date>":
//     "President Lee took office on June 4", "Trump, who was sworn in on
//     January 20, 2025", "Japan annexed Korea in August 1910", "the Warsaw
//     Pact, signed in May 1955", "Apollo 11 lifted off from Kennedy Space
//     Center on July 16, 1969";
//   - the same with the date at the sentence's head: "In 1972, former
//     President Harry S. Truman died", "Ten years ago today, the ferry Sewol
//     capsized";
//   - a named event and its date: "the Windscale fire of 1957", "the
//     Fukushima accident came on March 11, 2011".
// The words between the parts must be ones that cannot change the meaning:
// negations ("never took office"), futures ("will take office"), hedges
// ("reportedly") and subordinate dates ("died two days after ...") drop the
// claim, and questions are never claims.
#ifndef FACTMARK_CLAIMS_EVENT_DATE_FRAME_H_
#define FACTMARK_CLAIMS_EVENT_DATE_FRAME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/frame_text.h"
#include "claims/mention_finder.h"
#include "data/event_type.h"
#include "data/timeline.h"
#include "data/timeline_model.h"  // kNoEntity
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/temporal_expression.h"

namespace factmark {

struct EventDateFrame {
  uint32_t first_token;  // the claim's span: subject (or head date) to date
  uint32_t end_token;
  uint32_t entity;  // the subject, or kNoEntity when the text names none
  uint32_t object;  // what the trigger acts on ("annexed Korea"), or kNoEntity
  IndexRange titles;  // title records of the office named, or empty
  uint32_t country;   // "Japan's prime minister": whose office, or kNoEntity
  EventType type;     // the trigger's first type, for the explanation
  EventTypeSet types; // every type the words can mean
  bool any_type;      // a named event with no typed verb: any of its events
  bool first_time;    // "first took office": the earliest of its records
  TemporalExpression date;  // a calendar date (DATE, is_calendar_date)
};

// `times` are the text's temporal expressions, in text order.
std::vector<EventDateFrame> FindEventDateFrames(
    const Timeline& timeline, std::string_view text, const std::vector<Token>& tokens,
    const TextWords& words, const std::vector<SentenceSpan>& sentences,
    const std::vector<Mention>& mentions, const std::vector<TemporalExpression>& times);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_EVENT_DATE_FRAME_H_
