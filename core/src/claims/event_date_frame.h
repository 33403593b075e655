// Recognizes "[title] <person> <trigger> on <date>" in one sentence:
// "President Lee took office on June 4", "Trump, who was sworn in on January
// 20, 2025". A title right before the person names the office(s) meant. The
// frame is deliberately narrow: the words between the parts must be ones
// that cannot change the meaning, so negations ("never took office"),
// futures ("will take office") and questions never become claims.
#ifndef FACTMARK_CLAIMS_EVENT_DATE_FRAME_H_
#define FACTMARK_CLAIMS_EVENT_DATE_FRAME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/mention_finder.h"
#include "data/event_type.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/temporal_expression.h"

namespace factmark {

struct EventDateFrame {
  uint32_t first_token;  // the claim's span: subject to date
  uint32_t end_token;
  uint32_t entity;
  IndexRange titles;  // title records of the office named, or empty
  EventType type;
  TemporalExpression date;  // a calendar date (DATE, is_calendar_date)
};

// `times` are the text's temporal expressions, in text order.
std::vector<EventDateFrame> FindEventDateFrames(
    std::string_view text, const std::vector<Token>& tokens,
    const std::vector<SentenceSpan>& sentences, const std::vector<Mention>& mentions,
    const std::vector<TemporalExpression>& times);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_EVENT_DATE_FRAME_H_
