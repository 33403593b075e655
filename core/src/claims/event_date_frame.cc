#include "claims/event_date_frame.h"

#include "claims/frame_text.h"
#include "data/timeline_model.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace factmark {
namespace {

// Words allowed between the subject and the trigger: "Lee, who officially
// took office", "Abe first took office", "Han was himself impeached".
// Anything else (never, will, reportedly, whose father ...) drops the claim.
constexpr std::array<std::string_view, 23> kSubjectGlue = {
    ",",    "who",  "which",   "that",         "officially", "formally",
    "first", "finally", "later", "then",       "also",       "eventually",
    "subsequently", "had", "has", "have",      "was",        "were",
    "himself", "herself", "itself", "themselves", "again"};

// Words that end the stretch a trigger's date may be found in: another
// clause or verb's time ("died two days after ..."), a negation, a hedge, a
// future or a quotation.
constexpr std::array<std::string_view, 41> kDateStoppers = {
    "after", "before", "since", "until", "till", "than", "when", "while",
    "whose", "who", "which", "that", "and", "but", "or", "nor", "not",
    "never", "because", "although", "though", "later", "earlier", "ago",
    "if", "unless", "would", "could", "should", "will", "may", "might",
    "said", "says", ",", ";", ":", "(", ")", "?", "\""};
constexpr uint32_t kMaxDateGlue = 8;

// An appositive or a relative clause between commas (", the Hamas political
// leader,", ", who defeated him in 1980,") leaves the verb after it to the
// noun before it.
constexpr uint32_t kMaxAppositive = 12;

// Verbs that date a named event without saying which of its events:
// "the Fukushima accident came on March 11, 2011".
constexpr std::array<std::string_view, 10> kGenericEventVerbs = {
    "came", "occurred", "happened", "struck", "hit", "began", "started",
    "opened", "erupted", "unfolded"};

// Words before a named event that let a following "in"/"on" date it: "after
// the Kyshtym disaster in 1957". After a verb the date may be the verb's
// ("Ukraine commemorated the Chernobyl disaster on Monday").
constexpr std::array<std::string_view, 19> kEventLeadIns = {
    ",", ":", ";", "after", "since", "before", "during", "following", "like", "from",
    "at", "in", "of", "by", "with", "including", "amid", "and", "as"};

// Words before a gerund trigger whose doer is the sentence's subject.
constexpr std::array<std::string_view, 5> kGerundLeadIns = {"after", "before", "since",
                                                           "upon", "while"};

// Verbs that mean taking office only with the office named after them:
// "became president", "was reappointed prime minister".
constexpr std::array<std::string_view, 5> kNeedsTitle = {"became", "become", "appointed",
                                                        "reappointed", "named"};

// Words allowed between such a verb and its title: "became Japan's first
// female prime minister".
constexpr std::array<std::string_view, 14> kTitleLeadIns = {
    "as", "the", "a", "its", "his", "her", "their", "first", "second", "third",
    "new", "female", "next", "s"};

bool IsPunct(const Token& token) { return token.kind == TokenKind::kPunct; }

// The title mention ending right at `token`, unless a modifier precedes it.
const Mention* TitleEndingAt(std::string_view text, const std::vector<Token>& tokens,
                             const std::vector<Mention>& mentions, size_t first,
                             size_t end, uint32_t token) {
  for (size_t s = first; s < end; ++s) {
    const Mention& title = mentions[s];
    if (title.kind != Mention::Kind::kTitle || title.end_token != token) continue;
    uint32_t before = title.first_token;
    if (before > 0 && FoldedToken(text, tokens[before - 1]) == "-") --before;
    if (before > 0 && IsTitleModifier(FoldedToken(text, tokens[before - 1]))) return nullptr;
    return &title;
  }
  return nullptr;
}

// Reads one sentence's words for the frames.
class SentenceReader {
 public:
  SentenceReader(const Timeline& timeline, std::string_view text,
                 const std::vector<Token>& tokens, const TextWords& words,
                 const std::vector<Mention>& mentions,
                 const std::vector<TemporalExpression>& times, const SentenceSpan& sentence,
                 size_t mentions_begin, size_t mentions_end, size_t times_begin,
                 size_t times_end)
      : timeline_(timeline), text_(text), tokens_(tokens), mentions_(mentions),
        times_(times), sentence_(sentence), mentions_begin_(mentions_begin),
        mentions_end_(mentions_end), times_begin_(times_begin), times_end_(times_end),
        words_(words, sentence) {}

  std::string_view Word(uint32_t token) const { return words_(token); }

  // The entity mention starting at `token` (after an optional "the"),
  // unless a title starts there too: "became Soviet leader" names an
  // office, not the Soviet Union.
  const Mention* EntityAt(uint32_t token) const {
    if (Word(token) == "the") ++token;
    for (size_t m = mentions_begin_; m < mentions_end_; ++m) {
      if (mentions_[m].kind == Mention::Kind::kTitle && mentions_[m].first_token == token) {
        return nullptr;
      }
    }
    for (size_t m = mentions_begin_; m < mentions_end_; ++m) {
      // An office named after the verb is its title ("elected pope").
      if (mentions_[m].kind == Mention::Kind::kEntity && mentions_[m].first_token == token &&
          timeline_.entity(mentions_[m].entity).kind !=
              static_cast<uint32_t>(EntityKind::kOffice)) {
        return &mentions_[m];
      }
    }
    return nullptr;
  }

  // Past ", <appositive>," at `token`: the token after its closing comma,
  // or `token` when there is none.
  uint32_t SkipAppositive(uint32_t token) const {
    if (Word(token) != ",") return token;
    const uint32_t limit = std::min(sentence_.end_token, token + 1 + kMaxAppositive);
    for (uint32_t i = token + 1; i < limit; ++i) {
      const std::string_view w = Word(i);
      if (w == ",") return i == token + 1 ? token : i + 1;
      if (IsPunct(tokens_[i]) && w != "." && w != "-" && w != "'" && w != "\xE2\x80\x99") {
        return token;  // a quotation, a list or a parenthesis: not one phrase
      }
    }
    return token;
  }

  // Whether the words [from, to) may stand between a subject and its
  // trigger.
  bool SubjectGlue(uint32_t from, uint32_t to) const {
    from = SkipAppositive(from);
    for (uint32_t i = from; i < to; ++i) {
      if (!In(kSubjectGlue, Word(i))) return false;
    }
    return true;
  }

  // The nearest entity before `token` that can be the subject of the verb
  // there.
  const Mention* SubjectBefore(uint32_t token) const {
    for (size_t m = mentions_end_; m-- > mentions_begin_;) {
      const Mention& candidate = mentions_[m];
      if (candidate.kind != Mention::Kind::kEntity || candidate.end_token > token) continue;
      if (token - candidate.end_token > kMaxAppositive + 4) break;
      if (SubjectGlue(candidate.end_token, token)) return &candidate;
    }
    return nullptr;
  }

  // Whether the words at `token` make the noun before them a possessive.
  bool Possessive(uint32_t token) const {
    return (Word(token) == "'" || Word(token) == "\xE2\x80\x99") && Word(token + 1) == "s";
  }

  // The first person the sentence names before `token`.
  const Mention* FirstPerson(uint32_t token) const {
    for (size_t m = mentions_begin_; m < mentions_end_; ++m) {
      const Mention& mention = mentions_[m];
      if (mention.first_token >= token) break;
      if (mention.kind == Mention::Kind::kEntity &&
          timeline_.entity(mention.entity).kind == static_cast<uint32_t>(EntityKind::kPerson)) {
        return &mention;
      }
    }
    return nullptr;
  }

  // The title mention starting in [from, from + 7) with only lead-in words
  // before it ("as", "Japan's first female"), or null.
  const Mention* TitleAfter(uint32_t from) const {
    for (size_t m = mentions_begin_; m < mentions_end_; ++m) {
      const Mention& title = mentions_[m];
      if (title.kind != Mention::Kind::kTitle || title.first_token < from ||
          title.first_token >= from + 7) {
        continue;
      }
      for (uint32_t i = from; i < title.first_token; ++i) {
        const std::string_view w = Word(i);
        const bool lead_in = In(kTitleLeadIns, w) || w == "acting" || w == "interim" || w == "'" || w == "\xE2\x80\x99" ||
                             IsCountryAt(i) || IsOrdinal(w) || IsNumber(w) ||
                             (IsNumber(Word(i - 1)) && IsOrdinalSuffix(w));
        if (!lead_in) return nullptr;
      }
      const std::string_view modifier = Word(title.first_token - 1);  // "" before the sentence
      if (IsTitleModifier(modifier) && modifier != "acting" && modifier != "interim") {
        return nullptr;  // "as Vice President": another office
      }
      return &title;
    }
    return nullptr;
  }

  // The first temporal expression at or after `from` when the words before
  // it may belong to the same verb, and it is a calendar date.
  const TemporalExpression* DateAfter(uint32_t from) const {
    for (size_t d = times_begin_; d < times_end_; ++d) {
      const TemporalExpression& date = times_[d];
      if (date.first_token < from) continue;
      if (date.first_token - from > kMaxDateGlue) return nullptr;
      for (uint32_t i = from; i < date.first_token; ++i) {
        if (In(kDateStoppers, Word(i))) return nullptr;
      }
      // "proclaimed three years later, on August 15, 1948": an offset is
      // approximate; the exact date after it is the claim's.
      if (IsOffset(date)) {
        from = date.end_token + (Word(date.end_token) == "," ? 1 : 0);
        continue;
      }
      return IsEventDate(date) ? &date : nullptr;
    }
    return nullptr;
  }

  // "three years later", "a week earlier": a date counted from another.
  bool IsOffset(const TemporalExpression& date) const {
    const std::string_view last = Word(date.end_token - 1);
    return last == "later" || last == "earlier";
  }

  // A date heading the sentence ("In 1972, ...", "Ten years ago today,
  // ..."), ending before `before`, with no other date between it and there.
  const TemporalExpression* HeadDate(uint32_t before) const {
    uint32_t head = sentence_.first_token;
    if (Word(head) == "in" || Word(head) == "on") ++head;
    for (size_t d = times_begin_; d < times_end_; ++d) {
      const TemporalExpression& date = times_[d];
      if (date.first_token != head) return nullptr;
      if (Word(date.end_token) != "," || date.end_token >= before) return nullptr;
      if (d + 1 < times_end_ && times_[d + 1].first_token < before) return nullptr;
      return IsEventDate(date) ? &date : nullptr;
    }
    return nullptr;
  }

  bool IsEventDate(const TemporalExpression& date) const {
    if (date.type != TimexType::kDate || !date.is_calendar_date || IsOffset(date)) return false;
    // "45 years ago" is an elapsed time, known only to about a year either
    // way; "ten years ago today" is a day, "35 years ago this November" a
    // month.
    bool ago = false, today = false;
    for (uint32_t i = date.first_token; i < date.end_token; ++i) {
      ago = ago || Word(i) == "ago";
      today = today || Word(i) == "today";
    }
    return !ago || today || date.date.precision != Precision::kYear;
  }

  const Timeline& timeline() const { return timeline_; }

 private:
  bool IsCountryAt(uint32_t token) const {
    for (size_t m = mentions_begin_; m < mentions_end_; ++m) {
      const Mention& mention = mentions_[m];
      if (mention.kind == Mention::Kind::kEntity && mention.first_token <= token &&
          token < mention.end_token) {
        return timeline_.entity(mention.entity).kind ==
               static_cast<uint32_t>(EntityKind::kCountry);
      }
    }
    return false;
  }
  static bool IsNumber(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
  }
  static bool IsOrdinalSuffix(std::string_view w) {
    return w == "st" || w == "nd" || w == "rd" || w == "th";
  }
  static bool IsOrdinal(std::string_view w) {
    if (w.size() < 3 || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
    const std::string_view tail = w.substr(w.size() - 2);
    return tail == "st" || tail == "nd" || tail == "rd" || tail == "th";
  }

  const Timeline& timeline_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<Mention>& mentions_;
  const std::vector<TemporalExpression>& times_;
  const SentenceSpan& sentence_;
  size_t mentions_begin_, mentions_end_, times_begin_, times_end_;
  SentenceWords words_;
};

}  // namespace

std::vector<EventDateFrame> FindEventDateFrames(
    const Timeline& timeline, std::string_view text, const std::vector<Token>& tokens,
    const TextWords& words, const std::vector<SentenceSpan>& sentences,
    const std::vector<Mention>& mentions, const std::vector<TemporalExpression>& times) {
  std::vector<EventDateFrame> frames;
  SentenceParts parts(mentions, times);
  std::vector<uint32_t> used;  // entity mentions a trigger frame has taken
  for (const SentenceSpan& sentence : sentences) {
    parts.Advance(sentence);
    const size_t first_mention = parts.mentions_begin, m = parts.mentions_end;
    if (first_mention == m || parts.times_begin == parts.times_end ||
        IsQuestion(text, tokens, sentence)) {
      continue;
    }
    const SentenceReader read(timeline, text, tokens, words, mentions, times, sentence,
                              first_mention, m, parts.times_begin, parts.times_end);
    used.clear();

    // "<subject> <trigger> [object] [as title] ... <date>"
    for (size_t t = first_mention; t < m; ++t) {
      const Mention& trigger = mentions[t];
      if (trigger.kind != Mention::Kind::kTrigger) continue;
      const Mention* subject = read.SubjectBefore(trigger.first_token);
      // "Moon Jae-in, who ordered an inquiry after taking office in May
      // 2017": a gerund after "after" is the sentence's subject's doing.
      if (subject == nullptr && trigger.first_token > sentence.first_token &&
          read.Word(trigger.first_token).size() > 4 &&
          read.Word(trigger.first_token).compare(read.Word(trigger.first_token).size() - 3, 3,
                                                 "ing") == 0 &&
          In(kGerundLeadIns, read.Word(trigger.first_token - 1))) {
        subject = read.FirstPerson(trigger.first_token);
      }
      uint32_t after = trigger.end_token;
      const Mention* object = read.EntityAt(after);
      uint32_t country = kNoEntity;
      if (object != nullptr && read.Possessive(object->end_token)) {
        // "became Japan's prime minister": whose office, not an object.
        if (timeline.entity(object->entity).kind == static_cast<uint32_t>(EntityKind::kCountry)) {
          country = object->entity;
        }
        object = nullptr;
      }
      if (object != nullptr) after = read.SkipAppositive(object->end_token);

      // The office: "sworn in as President", "became Japan's first female
      // prime minister", "elected chancellor".
      const Mention* title_after = read.TitleAfter(after);
      const bool needs_title = trigger.end_token - trigger.first_token == 1 &&
                               In(kNeedsTitle, read.Word(trigger.first_token));
      if (title_after != nullptr) {
        after = title_after->end_token;
      } else if (read.Word(after) == "as" || needs_title) {
        continue;  // "as mayor", "became chairman": an office not covered
      }
      // "Born on April 21, 1926, Elizabeth ...": the participle, its date,
      // then the subject.
      if (subject == nullptr && object == nullptr && trigger.first_token == sentence.first_token) {
        const TemporalExpression* fronted = read.DateAfter(after);
        if (fronted != nullptr && read.Word(fronted->end_token) == ",") {
          uint32_t at = fronted->end_token + 1;
          const Mention* title = nullptr;
          for (size_t s = first_mention; s < m; ++s) {
            if (mentions[s].kind == Mention::Kind::kTitle && mentions[s].first_token == at) {
              title = &mentions[s];
            }
          }
          if (title != nullptr) at = title->end_token;
          const Mention* named = read.EntityAt(at);
          if (named != nullptr && named->first_token == at) {
            frames.push_back({trigger.first_token, named->end_token, named->entity, kNoEntity,
                              title != nullptr ? title->titles : IndexRange{}, kNoEntity,
                              trigger.trigger, trigger.trigger_types, false, false, *fronted});
            used.push_back(named->first_token);
          }
        }
        continue;
      }
      if (subject == nullptr && object == nullptr) continue;

      const TemporalExpression* date = read.DateAfter(after);
      uint32_t first_token = subject != nullptr ? subject->first_token : trigger.first_token;
      uint32_t end_token = 0;
      const Mention* title = nullptr;
      if (subject != nullptr) {
        title = TitleEndingAt(text, tokens, mentions, first_mention, m, subject->first_token);
        if (title != nullptr) first_token = title->first_token;
      }
      if (date != nullptr) {
        end_token = date->end_token;
      } else {
        date = read.HeadDate(first_token);
        if (date == nullptr) continue;
        end_token = trigger.end_token;
        first_token = date->first_token;
      }
      if (title == nullptr) title = title_after;
      // "Abe first took office", "Trudeau won his first election".
      bool first_time = false;
      for (uint32_t i = (subject != nullptr ? subject->end_token : trigger.first_token);
           i < trigger.end_token; ++i) {
        first_time = first_time || read.Word(i) == "first";
      }
      frames.push_back({first_token, end_token,
                        subject != nullptr ? subject->entity : kNoEntity,
                        object != nullptr ? object->entity : kNoEntity,
                        title != nullptr ? title->titles : IndexRange{}, country,
                        trigger.trigger, trigger.trigger_types, false, first_time, *date});
      if (subject != nullptr) used.push_back(subject->first_token);
      if (object != nullptr) used.push_back(object->first_token);
    }

    // "<named event> of <date>", "<named event>, which began on <date>".
    for (size_t e = first_mention; e < m; ++e) {
      const Mention& event = mentions[e];
      if (event.kind != Mention::Kind::kEntity ||
          timeline.entity(event.entity).kind != static_cast<uint32_t>(EntityKind::kEvent) ||
          std::find(used.begin(), used.end(), event.first_token) != used.end()) {
        continue;
      }
      uint32_t at = event.end_token;
      const std::string_view next = read.Word(at);
      const TemporalExpression* date = nullptr;
      if (next == "of" || next == "in" || next == "on") {
        uint32_t lead = event.first_token;
        if (lead > sentence.first_token && read.Word(lead - 1) == "the") --lead;
        // "Britain's Windscale fire": past a possessive country.
        if (lead >= sentence.first_token + 2 && read.Word(lead - 1) == "s") {
          lead -= 2;
          while (lead > sentence.first_token && !IsPunct(tokens[lead - 1]) &&
                 read.Word(lead - 1) != "the" && !In(kEventLeadIns, read.Word(lead - 1))) {
            --lead;
          }
        }
        const bool lead_in = lead == sentence.first_token || In(kEventLeadIns, read.Word(lead - 1));
        if (next == "of" || lead_in) {
          const TemporalExpression* found = read.DateAfter(at + 1);
          if (found != nullptr && found->first_token == at + 1) date = found;
        }
      } else {
        if (next == "," && (read.Word(at + 1) == "which" || read.Word(at + 1) == "that")) {
          at += 2;
        }
        const std::string_view verb = read.Word(at);
        uint32_t verb_end = at + 1;
        if ((verb == "took" && read.Word(at + 1) == "place") ||
            (verb == "broke" && read.Word(at + 1) == "out")) {
          verb_end = at + 2;
        } else if (!In(kGenericEventVerbs, verb)) {
          continue;
        }
        date = read.DateAfter(verb_end);
      }
      if (date == nullptr) continue;
      frames.push_back({event.first_token, date->end_token, event.entity, kNoEntity,
                        IndexRange{}, kNoEntity, EventType::kCount, kAllEventTypes, true, false,
                        *date});
    }
  }
  std::sort(frames.begin(), frames.end(), [](const EventDateFrame& a, const EventDateFrame& b) {
    return a.first_token < b.first_token;
  });
  return frames;
}

}  // namespace factmark
