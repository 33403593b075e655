#include "claims/interval_frame.h"

#include "claims/frame_text.h"
#include "data/timeline_model.h"

#include <algorithm>
#include <array>
#include <string>

namespace factmark {
namespace {

// Words that put the sentence's own time at the published date: "Lula
// returns to power 12 years after ...", "The fighting has now gone on ...".
constexpr std::array<std::string_view, 9> kPresent = {"now", "has", "have", "is", "are",
                                                      "returns", "marks", "today", "remains"};

// Words allowed between an entity and its trigger: "Abe had left office".
constexpr std::array<std::string_view, 8> kGlue = {",", "who", "had", "has", "was", "were",
                                                   "first", "himself"};

// Words that start another clause ("who" does not: "Liz Truss, who had
// become prime minister ...").
constexpr std::array<std::string_view, 6> kClauseWords = {"and", "but", "while", "which",
                                                          "whose", "when"};

constexpr EventTypeSet kDeath = TypeBit(EventType::kDied) | TypeBit(EventType::kAssassinated);

}  // namespace

std::vector<IntervalFrame> FindIntervalFrames(const Timeline& timeline, std::string_view text,
                                              const std::vector<Token>& tokens,
                                              const TextWords& words,
                                              const std::vector<SentenceSpan>& sentences,
                                              const std::vector<Mention>& mentions,
                                              const std::vector<TemporalExpression>& times) {
  std::vector<IntervalFrame> frames;
  SentenceParts parts(mentions, times);
  for (const SentenceSpan& sentence : sentences) {
    parts.Advance(sentence);
    if (parts.times_begin == parts.times_end || IsQuestion(text, tokens, sentence)) continue;
    const uint32_t first = sentence.first_token, end = sentence.end_token;
    const SentenceWords word(words, sentence);
    auto mention_at = [&](uint32_t i, Mention::Kind kind) -> const Mention* {
      for (size_t m = parts.mentions_begin; m < parts.mentions_end; ++m) {
        if (mentions[m].kind == kind && mentions[m].first_token == i) return &mentions[m];
      }
      return nullptr;
    };
    auto kind_of = [&](const Mention& m) {
      return static_cast<EntityKind>(timeline.entity(m.entity).kind);
    };
    auto first_person = [&](uint32_t before) -> const Mention* {
      for (size_t m = parts.mentions_begin; m < parts.mentions_end; ++m) {
        const Mention& mention = mentions[m];
        if (mention.first_token >= before) break;
        if (mention.kind == Mention::Kind::kEntity && kind_of(mention) == EntityKind::kPerson) {
          return &mention;
        }
      }
      return nullptr;
    };
    // The trigger at `i`, past glue words ("had", "was": a trigger may
    // start with one, "was killed").
    auto TriggerAfterGlue = [&](uint32_t i, uint32_t limit) -> const Mention* {
      for (; i < limit; ++i) {
        if (const Mention* trigger = mention_at(i, Mention::Kind::kTrigger)) return trigger;
        if (!In(kGlue, word(i))) return nullptr;
      }
      return nullptr;
    };
    // "<entity> [had] <trigger> [object] [as <title>]" starting at `at`,
    // ending before `limit`: the event it reports.
    auto EventAt = [&](uint32_t at, uint32_t limit, IntervalEnd* out) {
      const Mention* entity = mention_at(at, Mention::Kind::kEntity);
      if (entity == nullptr || kind_of(*entity) == EntityKind::kOffice) return false;
      uint32_t i = entity->end_token;
      // "<person>'s death"
      if ((word(i) == "'" || word(i) == "\xE2\x80\x99") && word(i + 1) == "s" &&
          (word(i + 2) == "death" || word(i + 2) == "killing" || word(i + 2) == "assassination")) {
        *out = IntervalEnd{IntervalEnd::Kind::kEvent, {}, entity->entity, kNoEntity, kDeath, {},
                           entity->first_token, i + 3};
        return true;
      }
      const Mention* trigger = TriggerAfterGlue(i, limit);
      if (trigger == nullptr) {
        if (kind_of(*entity) != EntityKind::kEvent) return false;
        // A named event alone: "fourteen months after D-Day".
        *out = IntervalEnd{IntervalEnd::Kind::kEvent, {}, entity->entity, kNoEntity, 0, {},
                           entity->first_token, entity->end_token};
        return true;
      }
      IntervalEnd e{IntervalEnd::Kind::kEvent, {}, entity->entity, kNoEntity,
                    trigger->trigger_types, {}, entity->first_token, trigger->end_token};
      uint32_t j = trigger->end_token;
      if (word(j) == "the") ++j;
      if (const Mention* object = mention_at(j, Mention::Kind::kEntity)) {
        if (kind_of(*object) != EntityKind::kOffice) {
          e.object = object->entity;
          e.end_token = object->end_token;
          j = object->end_token;
        }
      }
      if (word(j) == "as") ++j;
      if (const Mention* title = mention_at(j, Mention::Kind::kTitle)) {
        e.titles = title->titles;
        e.end_token = title->end_token;
      }
      *out = e;
      return true;
    };

    for (size_t d = parts.times_begin; d < parts.times_end; ++d) {
      const TemporalExpression& duration = times[d];
      if (duration.type != TimexType::kDuration || duration.amount <= 0) continue;
      const std::string_view link = word(duration.end_token);
      if (link != "after" && link != "before") continue;
      const uint32_t ref_start = duration.end_token + 1;
      uint32_t ref_end = ref_start;
      while (ref_end < end && word(ref_end) != "," && word(ref_end) != ";" && word(ref_end) != ".") {
        ++ref_end;
      }
      IntervalFrame frame{};
      frame.duration = duration;
      frame.after = link == "after";

      // The reference.
      IntervalEnd& ref = frame.reference;
      uint32_t at = ref_start;
      if (word(at) == "the" && word(at + 1) == "death" && word(at + 2) == "of") {
        const Mention* person = mention_at(at + 3, Mention::Kind::kEntity);
        if (person != nullptr && kind_of(*person) == EntityKind::kPerson) {
          ref = IntervalEnd{IntervalEnd::Kind::kEvent, {}, person->entity, kNoEntity, kDeath, {},
                            at, person->end_token};
        }
      } else if ((word(at) == "leaving" || word(at) == "taking") &&
                 (word(at + 1) == "office" || word(at + 1) == "it" || word(at + 1) == "power")) {
        // "after leaving office": the sentence's subject.
        const Mention* person = first_person(duration.first_token);
        if (person != nullptr) {
          ref = IntervalEnd{IntervalEnd::Kind::kEvent, {}, person->entity, kNoEntity,
                            TypeBit(word(at) == "leaving" ? EventType::kLeftOffice
                                                          : EventType::kTookOffice),
                            {}, at, at + 2};
        }
      } else if (word(at) == "he" || word(at) == "she") {
        // "before he was killed": the sentence's subject.
        const Mention* person = first_person(duration.first_token);
        const Mention* trigger = TriggerAfterGlue(at + 1, ref_end);
        if (person != nullptr && trigger != nullptr) {
          ref = IntervalEnd{IntervalEnd::Kind::kEvent, {}, person->entity, kNoEntity,
                            trigger->trigger_types, {}, at, trigger->end_token};
        }
      } else {
        if (word(at) == "the") ++at;
        EventAt(at, ref_end, &ref);
      }
      if (ref.kind == IntervalEnd::Kind::kNone) continue;

      // The sentence's own time: a date it names, else the event its main
      // verb reports, else the published date when it speaks in the present.
      IntervalEnd& own = frame.own;
      for (size_t o = parts.times_begin; o < parts.times_end; ++o) {
        const TemporalExpression& e = times[o];
        // Only a date before the span can be the main verb's: one after it
        // belongs to another clause ("... since 1941").
        if (e.first_token >= duration.first_token) break;
        // Nor a date in another clause: "entered orbit on September 24,
        // 2014, ..., and the landing came more than a decade after ...".
        bool other_clause = false;
        for (uint32_t i = e.end_token; i < duration.first_token; ++i) {
          other_clause = other_clause || In(kClauseWords, word(i));
        }
        if (other_clause) continue;
        if (e.type == TimexType::kDate && e.is_calendar_date && e.anchor != Anchor::kUnresolved) {
          own = IntervalEnd{IntervalEnd::Kind::kDate, e, 0, kNoEntity, 0, {}, e.first_token,
                            e.end_token};
          break;
        }
      }
      // "Carter lived more than four decades after ...": until his death.
      if (own.kind == IntervalEnd::Kind::kNone && duration.first_token > first &&
          word(duration.first_token - 1) == "lived") {
        if (const Mention* person = first_person(duration.first_token)) {
          own = IntervalEnd{IntervalEnd::Kind::kEvent, {}, person->entity, kNoEntity, kDeath, {},
                            person->first_token, duration.first_token};
        }
      }
      // The main verb's event, in the duration's own clause.
      uint32_t clause = first;
      for (uint32_t i = first; i < duration.first_token; ++i) {
        if (In(kClauseWords, word(i)) || word(i) == ";") clause = i + 1;
      }
      if (own.kind == IntervalEnd::Kind::kNone) {
        for (uint32_t i = clause; i < duration.first_token && own.kind == IntervalEnd::Kind::kNone;
             ++i) {
          if (mention_at(i, Mention::Kind::kEntity) != nullptr) EventAt(i, duration.first_token, &own);
        }
      }
      if (own.kind == IntervalEnd::Kind::kNone) {
        bool present = false;
        for (uint32_t i = first; i < duration.first_token; ++i) present = present || In(kPresent, word(i));
        if (present) {
          own.kind = IntervalEnd::Kind::kPublished;
          own.first_token = duration.first_token;
          own.end_token = duration.first_token;
        }
      }
      if (own.kind == IntervalEnd::Kind::kNone) continue;
      frame.first_token = std::min(own.first_token, duration.first_token);
      if (own.kind == IntervalEnd::Kind::kDate && own.first_token > ref_end) {
        frame.first_token = duration.first_token;
      }
      frame.end_token = ref.end_token;
      frames.push_back(frame);
    }
  }
  return frames;
}

}  // namespace factmark
