#include "claims/anniversary_frame.h"

#include "claims/frame_text.h"

#include <string>

#include "data/timeline_model.h"

namespace factmark {
namespace {

// Words after an event's name that say which of its events is meant.
bool TypeWord(const std::string& word, EventType* type) {
  static const struct {
    std::string_view word;
    EventType type;
  } kWords[] = {
      {"armistice", EventType::kArmistice}, {"ceasefire", EventType::kCeasefire},
      {"invasion", EventType::kInvasion},   {"landing", EventType::kLanding},
      {"landings", EventType::kLanding},    {"launch", EventType::kLaunch},
      {"attack", EventType::kAttack},       {"attacks", EventType::kAttack},
      {"signing", EventType::kSigned},      {"founding", EventType::kFounding},
      {"outbreak", EventType::kWarBegan},   {"disaster", EventType::kDisaster},
      // What happens to a person or a country: "his election", "India's
      // independence", "Lula's first inauguration".
      {"independence", EventType::kIndependence}, {"election", EventType::kElected},
      {"inauguration", EventType::kTookOffice},   {"coronation", EventType::kCoronation},
      {"death", EventType::kDied},                {"birth", EventType::kBorn},
      {"assassination", EventType::kAssassinated}, {"reunification", EventType::kFounding},
      {"accession", EventType::kAccession},       {"resignation", EventType::kResignation},
      {"impeachment", EventType::kImpeached},
  };
  for (const auto& w : kWords) {
    if (w.word == word) {
      *type = w.type;
      return true;
    }
  }
  return false;
}

// Whether `e` is one resolved calendar day.
bool IsResolvedDay(const TemporalExpression& e) {
  return e.type == TimexType::kDate && e.is_calendar_date && e.anchor != Anchor::kUnresolved &&
         e.date.precision == Precision::kDay;
}

// The day the sentence states for a frame: its one resolved calendar day
// ("Thursday marked the ..."), or, whatever other days it names, one right
// after the words ("his 100th birthday on October 1").
void StateDay(const std::vector<TemporalExpression>& times, size_t first, size_t end,
              AnniversaryFrame* frame) {
  int days = 0;
  for (size_t d = first; d < end; ++d) {
    if (IsResolvedDay(times[d])) {
      ++days;
      frame->date = times[d];
    }
  }
  frame->stated = days == 1;
  for (size_t d = first; d < end; ++d) {
    const TemporalExpression& e = times[d];
    if (e.first_token >= frame->end_token && e.first_token <= frame->end_token + 1 &&
        IsResolvedDay(e)) {
      frame->date = e;
      frame->stated = true;
    }
  }
}

}  // namespace

std::vector<AnniversaryFrame> FindAnniversaryFrames(
    std::string_view text, const std::vector<Token>& tokens,
    const std::vector<SentenceSpan>& sentences, const std::vector<Mention>& mentions,
    const std::vector<TemporalExpression>& times, const Timeline& timeline) {
  std::vector<AnniversaryFrame> frames;
  SentenceParts parts(mentions, times);
  for (const SentenceSpan& sentence : sentences) {
    parts.Advance(sentence);
    const size_t first_mention = parts.mentions_begin, m = parts.mentions_end;
    const size_t first_time = parts.times_begin, next_time = parts.times_end;
    for (uint32_t i = sentence.first_token; i + 2 < sentence.end_token; ++i) {
      // Only "anniversary" and "birthday" start a frame: check the length
      // before folding, as most words are neither.
      const uint32_t length = tokens[i].end - tokens[i].begin;
      if (length != 11 && length != 8) continue;
      const std::string word = FoldedToken(text, tokens[i]);
      // "his 100th birthday", "Carter's 90th birthday": the owner's birth.
      if (word == "birthday" && i >= sentence.first_token + 3 &&
          tokens[i - 2].kind == TokenKind::kNumber) {
        const std::string suffix = FoldedToken(text, tokens[i - 1]);
        if (suffix != "th" && suffix != "st" && suffix != "nd" && suffix != "rd") continue;
        uint32_t owner_at = i - 3;
        const std::string owner_word = FoldedToken(text, tokens[owner_at]);
        const Mention* owner = nullptr;
        for (size_t s = first_mention; s < m && owner == nullptr; ++s) {
          const Mention& mention = mentions[s];
          if (mention.kind != Mention::Kind::kEntity ||
              timeline.entity(mention.entity).kind != static_cast<uint32_t>(EntityKind::kPerson)) {
            continue;
          }
          if ((owner_word == "his" || owner_word == "her") && mention.end_token <= owner_at) {
            owner = &mention;
          } else if (owner_word == "s" && mention.end_token + 2 == i - 2) {
            owner = &mention;  // "Carter's 90th birthday"
          }
        }
        if (owner == nullptr) continue;
        AnniversaryFrame frame;
        frame.entity = owner->entity;
        frame.has_type = true;
        frame.type = EventType::kBorn;
        frame.own = true;
        frame.ordinal = std::stoi(std::string(text.substr(
            tokens[i - 2].begin, std::min<uint32_t>(tokens[i - 2].end - tokens[i - 2].begin, 6))));
        frame.first_token = owner_word == "s" ? owner->first_token : owner_at;
        frame.end_token = i + 1;
        StateDay(times, first_time, next_time, &frame);
        frames.push_back(frame);
        continue;
      }
      if (word != "anniversary" || FoldedToken(text, tokens[i + 1]) != "of") {
        continue;
      }
      // The name right after "of", with or without its "the" (an alias may
      // hold it: "the Korean War").
      const uint32_t at = i + 2;
      const uint32_t after_the = FoldedToken(text, tokens[at]) == "the" ? at + 1 : at;
      const Mention* event = nullptr;
      for (size_t s = first_mention; s < m; ++s) {
        const Mention& mention = mentions[s];
        if (mention.kind == Mention::Kind::kEntity &&
            (mention.first_token == at || mention.first_token == after_the) &&
            timeline.entity(mention.entity).kind == static_cast<uint32_t>(EntityKind::kEvent)) {
          event = &mention;
        }
      }
      AnniversaryFrame frame;
      if (event != nullptr) {
        frame.entity = event->entity;
        frame.end_token = event->end_token;
        if (frame.end_token < sentence.end_token &&
            TypeWord(FoldedToken(text, tokens[frame.end_token]), &frame.type)) {
          frame.has_type = true;
          ++frame.end_token;
        }
      } else {
        // "of his election", "of India's independence", "of Lula's first
        // inauguration": whose, then what. "his"/"its" is the sentence's
        // subject, its first person, country or organization.
        const std::string owner_word = FoldedToken(text, tokens[at]);
        const Mention* owner = nullptr;
        uint32_t noun = 0;
        for (size_t s = first_mention; s < m && owner == nullptr; ++s) {
          const Mention& mention = mentions[s];
          if (mention.kind != Mention::Kind::kEntity) continue;
          const auto kind = static_cast<EntityKind>(timeline.entity(mention.entity).kind);
          if (kind == EntityKind::kOffice || kind == EntityKind::kPlace) continue;
          if ((owner_word == "his" || owner_word == "her" || owner_word == "its" ||
               owner_word == "their") &&
              mention.end_token <= i) {
            owner = &mention;
            noun = at + 1;
          } else if (mention.first_token == at && mention.end_token + 2 < sentence.end_token &&
                     FoldedToken(text, tokens[mention.end_token + 1]) == "s") {
            owner = &mention;
            noun = mention.end_token + 2;
          }
        }
        if (owner == nullptr) continue;
        if (FoldedToken(text, tokens[noun]) == "first") {
          frame.first_of = true;
          ++noun;
        }
        if (noun >= sentence.end_token || !TypeWord(FoldedToken(text, tokens[noun]), &frame.type)) {
          continue;
        }
        frame.entity = owner->entity;
        frame.has_type = true;
        frame.own = true;
        frame.end_token = noun + 1;
      }
      // "the 70th anniversary": the ordinal is the number of years.
      uint32_t first = i;
      if (first >= sentence.first_token + 2 && tokens[first - 2].kind == TokenKind::kNumber) {
        const std::string suffix = FoldedToken(text, tokens[first - 1]);
        if ((suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") &&
            tokens[first - 1].begin == tokens[first - 2].end) {
          frame.ordinal = std::stoi(std::string(text.substr(
              tokens[first - 2].begin, std::min<uint32_t>(tokens[first - 2].end - tokens[first - 2].begin, 6))));
          first -= 2;
        }
      }
      if (first > sentence.first_token && FoldedToken(text, tokens[first - 1]) == "the") --first;
      frame.first_token = first;
      StateDay(times, first_time, next_time, &frame);
      frames.push_back(frame);
    }
  }
  return frames;
}

}  // namespace factmark
