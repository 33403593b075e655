// A span between two happenings: "17 days after the death of Pope
// Francis", "nearly three years after Germany invaded the Soviet Union",
// "three days before the Queen's death", "12 years after leaving office".
// The frame finds the duration, the word ("after", "before") and the two
// ends: the reference after the word, and the sentence's own time (a date
// it names, the event its main verb reports, or the published date for a
// sentence in the present). The judge looks both ends up (see
// interval_judge.h).
#ifndef FACTMARK_CLAIMS_INTERVAL_FRAME_H_
#define FACTMARK_CLAIMS_INTERVAL_FRAME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/frame_text.h"
#include "claims/mention_finder.h"
#include "data/timeline.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/temporal_expression.h"

namespace factmark {

// One end of the span, as the words give it.
struct IntervalEnd {
  enum class Kind : uint8_t {
    kNone,
    kDate,       // a date the sentence names: `date`
    kPublished,  // a sentence in the present: the published date
    kEvent,      // `entity` and what happened to it: `types`, or any (a named event)
  };
  Kind kind = Kind::kNone;
  TemporalExpression date;
  uint32_t entity = 0;
  uint32_t object = 0;        // kNoEntity, or what a verb acts on
  EventTypeSet types = 0;     // 0: any of a named event's records
  IndexRange titles;          // the office a title names, if any
  uint32_t first_token = 0;   // the words
  uint32_t end_token = 0;
};

struct IntervalFrame {
  uint32_t first_token;  // the claim's span
  uint32_t end_token;
  TemporalExpression duration;
  bool after;  // "after": the sentence's time follows the reference
  IntervalEnd reference;  // after "after"/"before"
  IntervalEnd own;        // the sentence's own time
};

std::vector<IntervalFrame> FindIntervalFrames(const Timeline& timeline, std::string_view text,
                                              const std::vector<Token>& tokens,
                                              const TextWords& words,
                                              const std::vector<SentenceSpan>& sentences,
                                              const std::vector<Mention>& mentions,
                                              const std::vector<TemporalExpression>& times);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_INTERVAL_FRAME_H_
