// Recognizes time elapsed since a named event: a duration in the sentence
// of a war, treaty or other named event ("The Korean War technically never
// ended ..., leaving the peninsula in a state of unresolved conflict for over
// seventy years"). The duration counts from the event to the published date.
#ifndef FACTMARK_CLAIMS_ELAPSED_FRAME_H_
#define FACTMARK_CLAIMS_ELAPSED_FRAME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/mention_finder.h"
#include "data/timeline.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/temporal_expression.h"

namespace factmark {

struct ElapsedFrame {
  uint32_t entity;              // the named event
  uint32_t entity_first_token;  // where it is named
  TemporalExpression duration;  // a DURATION with a number ("over seventy years")
};

std::vector<ElapsedFrame> FindElapsedFrames(const std::vector<SentenceSpan>& sentences,
                                            const std::vector<Mention>& mentions,
                                            const std::vector<TemporalExpression>& times,
                                            const Timeline& timeline);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_ELAPSED_FRAME_H_
