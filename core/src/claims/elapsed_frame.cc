#include "claims/elapsed_frame.h"

#include "claims/frame_text.h"

#include "data/timeline_model.h"

namespace factmark {

std::vector<ElapsedFrame> FindElapsedFrames(const std::vector<SentenceSpan>& sentences,
                                            const std::vector<Mention>& mentions,
                                            const std::vector<TemporalExpression>& times,
                                            const Timeline& timeline) {
  std::vector<ElapsedFrame> frames;
  SentenceParts parts(mentions, times);
  for (const SentenceSpan& sentence : sentences) {
    parts.Advance(sentence);
    const size_t first_mention = parts.mentions_begin, m = parts.mentions_end;
    const size_t first_time = parts.times_begin, next_time = parts.times_end;
    // One named event and one counted duration after it, nothing else
    // dated in the sentence: then the duration can only run from the event.
    const Mention* event = nullptr;
    int events = 0;
    for (size_t s = first_mention; s < m; ++s) {
      const Mention& mention = mentions[s];
      if (mention.kind == Mention::Kind::kEntity &&
          timeline.entity(mention.entity).kind == static_cast<uint32_t>(EntityKind::kEvent)) {
        event = &mention;
        ++events;
      }
    }
    if (events != 1 || next_time - first_time != 1) continue;
    const TemporalExpression& d = times[first_time];
    if (d.type != TimexType::kDuration || d.amount <= 0 || d.first_token < event->end_token) {
      continue;
    }
    frames.push_back({event->entity, event->first_token, d});
  }
  return frames;
}

}  // namespace factmark
