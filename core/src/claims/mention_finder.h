// Finds the timeline's entity aliases, office titles and event triggers in an
// article, with
// case and hyphens folded ("Lee Jae Myung" = "Lee Jae-myung"), longest match
// first. A bare surname ("Lee") names the person most recently mentioned in
// full with that surname; after a title ("President Lee") with nobody of
// that surname named yet, the one who held an office the title names at
// the published date; else nobody.
#ifndef FACTMARK_CLAIMS_MENTION_FINDER_H_
#define FACTMARK_CLAIMS_MENTION_FINDER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "data/event_type.h"
#include "data/timeline.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/calendar.h"

namespace factmark {

struct Mention {
  enum class Kind : uint8_t { kEntity, kTrigger, kTitle };
  Kind kind;
  uint32_t first_token;
  uint32_t end_token;  // one past the last token
  uint32_t entity;     // kEntity: index in the timeline
  EventType trigger;   // kTrigger: the first event type it signals
  EventTypeSet trigger_types;  // kTrigger: every type it can signal
  IndexRange titles;   // kTitle: title records (each names an office)
  bool by_surname;     // kEntity: resolved from a bare surname
};

// Mentions in text order, per sentence (none crosses a sentence boundary).
// Mentions of one kind never overlap each other.
std::vector<Mention> FindMentions(const Timeline& timeline, std::string_view text,
                                  const std::vector<Token>& tokens,
                                  const std::vector<SentenceSpan>& sentences,
                                  const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_MENTION_FINDER_H_
