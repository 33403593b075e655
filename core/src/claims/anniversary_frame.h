// Recognizes an anniversary: "[the] [70th] anniversary of [the] <event>
// [armistice|invasion|...]" ("on the anniversary of the Korean War
// armistice"). The day it speaks of is a date the sentence states, else the
// published date.
#ifndef FACTMARK_CLAIMS_ANNIVERSARY_FRAME_H_
#define FACTMARK_CLAIMS_ANNIVERSARY_FRAME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/mention_finder.h"
#include "data/event_type.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/temporal_expression.h"

namespace factmark {

struct AnniversaryFrame {
  uint32_t first_token;  // the claim's span
  uint32_t end_token;
  uint32_t entity;            // the named event (a war, a treaty...)
  bool has_type = false;      // a word after it names the event's type
  EventType type = EventType::kCount;
  bool own = false;           // the entity's own event ("his election")
  bool first_of = false;      // "his first inauguration": the earliest
  int ordinal = 0;            // "70th": the years since; 0 when not said
  bool stated = false;        // the sentence gives the day
  TemporalExpression date;    // when stated: a resolved calendar day
};

std::vector<AnniversaryFrame> FindAnniversaryFrames(
    std::string_view text, const std::vector<Token>& tokens,
    const std::vector<SentenceSpan>& sentences, const std::vector<Mention>& mentions,
    const std::vector<TemporalExpression>& times, const Timeline& timeline);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_ANNIVERSARY_FRAME_H_
