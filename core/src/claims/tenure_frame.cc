#include "claims/tenure_frame.h"

#include "claims/frame_text.h"
#include "data/timeline_model.h"

#include <algorithm>
#include <array>
#include <string>

namespace factmark {
namespace {

// Verbs of holding an office: "led the country for", "served as premier
// from", "had reigned for", "lasted just 33 days".
constexpr std::array<std::string_view, 12> kTenureVerbs = {
    "led", "ruled", "served", "reigned", "governed", "chaired",
    "ran", "headed", "presided", "lasted", "helmed", "held"};

// Words that may stand between the person and the time without changing
// what is said: "who has", "the country", "Macron's first", "one term".
constexpr std::array<std::string_view, 44> kTenureGlue = {
    ",",        "who",       "has",        "had",          "have",      "been",
    "was",      "were",      "is",         "also",         "first",     "as",
    "the",      "a",         "its",        "his",          "her",       "of",
    "s",        "'",         "\xE2\x80\x99", "country",    "nation",    "church",
    "catholic", "government", "organization", "organisation", "alliance", "island",
    "agency",   "bank",      "one",        "two",          "single",    "term",
    "terms",    "papacy",    "reign",      "premiership",  "presidency", "tenure",
    "just",     "job"};

constexpr uint32_t kMaxStretch = 16;

// "two" in "two four-year terms"; 0 for anything else.
int64_t CountWord(const std::string& w) {
  constexpr std::array<std::string_view, 6> kCounts = {"", "one", "two", "three", "four", "five"};
  for (size_t n = 1; n < kCounts.size(); ++n) {
    if (w == kCounts[n]) return static_cast<int64_t>(n);
  }
  return 0;
}

bool IsResolvedCalendarDate(const TemporalExpression& e) {
  return e.type == TimexType::kDate && e.is_calendar_date;
}

}  // namespace

std::vector<TenureFrame> FindTenureFrames(const Timeline& timeline, std::string_view text,
                                          const std::vector<Token>& tokens,
                                          const std::vector<SentenceSpan>& sentences,
                                          const std::vector<Mention>& mentions,
                                          const std::vector<TemporalExpression>& times) {
  std::vector<TenureFrame> frames;
  SentenceParts parts(mentions, times);
  for (const SentenceSpan& sentence : sentences) {
    parts.Advance(sentence);
    const size_t first_mention = parts.mentions_begin, m = parts.mentions_end;
    const size_t first_time = parts.times_begin, next_time = parts.times_end;
    if (first_mention == m || first_time == next_time || IsQuestion(text, tokens, sentence)) {
      continue;
    }
    auto word = [&](uint32_t i) {
      return i < sentence.end_token ? FoldedToken(text, tokens[i]) : std::string();
    };
    auto mention_at = [&](uint32_t i, Mention::Kind kind) -> const Mention* {
      for (size_t s = first_mention; s < m; ++s) {
        if (mentions[s].kind == kind && mentions[s].first_token == i) return &mentions[s];
      }
      return nullptr;
    };
    auto time_at = [&](uint32_t i) -> const TemporalExpression* {
      for (size_t d = first_time; d < next_time; ++d) {
        if (times[d].first_token == i) return &times[d];
      }
      return nullptr;
    };

    for (size_t p = first_mention; p < m; ++p) {
      const Mention& person = mentions[p];
      if (person.kind != Mention::Kind::kEntity ||
          timeline.entity(person.entity).kind != static_cast<uint32_t>(EntityKind::kPerson)) {
        continue;
      }
      TenureFrame frame{};
      frame.person = person.entity;
      frame.organization = kNoEntity;
      frame.first_token = person.first_token;
      // "NATO Secretary General Jens Stoltenberg, who has led the alliance"
      for (size_t s = first_mention; s < m; ++s) {
        if (mentions[s].kind == Mention::Kind::kTitle &&
            mentions[s].end_token == person.first_token) {
          frame.titles = mentions[s].titles;
        }
      }
      bool says_office = false, found = false, appositive_skipped = false;
      uint32_t i = person.end_token;
      while (i < sentence.end_token && i - person.end_token <= kMaxStretch) {
        if (const Mention* title = mention_at(i, Mention::Kind::kTitle)) {
          const std::string before = word(i - 1);
          if (IsTitleModifier(before) && before != "acting" && before != "interim") break;
          frame.titles = title->titles;
          says_office = true;
          i = title->end_token;
          continue;
        }
        if (const Mention* entity = mention_at(i, Mention::Kind::kEntity)) {
          const auto kind = static_cast<EntityKind>(timeline.entity(entity->entity).kind);
          const std::string next = word(entity->end_token);
          if (kind == EntityKind::kPerson && (next == "'" || next == "\xE2\x80\x99")) {
            i = entity->end_token;  // "Macron's first prime minister"
            continue;
          }
          if (kind != EntityKind::kCountry && kind != EntityKind::kOrganization) break;
          if (frame.organization == kNoEntity) frame.organization = entity->entity;
          i = entity->end_token;
          continue;
        }
        const std::string w = word(i);
        // "lasted just over three months", "served a single five-year term",
        // "served two four-year terms": the span right after the verb.
        if (says_office && !found) {
          uint32_t k = i;
          int64_t times_over = 1;
          if (w == "a" || w == "one") ++k;
          if (word(k) == "single") ++k;
          if (CountWord(word(k)) > 1 && time_at(k + 1) != nullptr) times_over = CountWord(word(k++));
          const TemporalExpression* t = time_at(k);
          if (t != nullptr && t->type == TimexType::kDuration && t->amount > 0) {
            const bool compound = word(t->end_token - 2) == "-" || word(t->first_token + 1) == "-";
            const std::string next = word(t->end_token);
            if (!compound || next == "term" || next == "terms") {
              frame.shape = TenureFrame::Shape::kFor;
              frame.time = *t;
              frame.time.amount *= times_over;
              frame.end_token = compound ? t->end_token + 1 : t->end_token;
              found = true;
              break;
            }
          }
        }
        if (w == "for" || w == "from" || w == "since" || w == "until" || w == "till") {
          // "for just 79 days", "for only a year"
          const uint32_t at = word(i + 1) == "just" || word(i + 1) == "only" ? i + 2 : i + 1;
          const TemporalExpression* t = time_at(at);
          if (t == nullptr) break;
          if (w == "for" && t->type == TimexType::kDuration && t->amount > 0) {
            frame.shape = TenureFrame::Shape::kFor;
            frame.time = *t;
            frame.end_token = t->end_token;
            found = true;
          } else if (w == "from" && IsResolvedCalendarDate(*t)) {
            const std::string to = word(t->end_token);
            const TemporalExpression* u = time_at(t->end_token + 1);
            if ((to == "to" || to == "until" || to == "through") && u != nullptr &&
                IsResolvedCalendarDate(*u)) {
              frame.shape = TenureFrame::Shape::kFromTo;
              frame.time = *t;
              frame.until = *u;
              frame.end_token = u->end_token;
              found = true;
            } else {
              // "acting president from March 2016": from then on.
              frame.shape = TenureFrame::Shape::kSince;
              frame.time = *t;
              frame.end_token = t->end_token;
              found = true;
            }
          } else if ((w == "since" || w == "until" || w == "till") && IsResolvedCalendarDate(*t)) {
            frame.shape = w == "since" ? TenureFrame::Shape::kSince : TenureFrame::Shape::kUntil;
            frame.time = *t;
            frame.end_token = t->end_token;
            found = true;
          }
          break;
        }
        if (In(kTenureVerbs, w)) {
          says_office = true;
        } else if (w == "in" && (word(i + 1) == "office" || word(i + 1) == "power")) {
          says_office = true;
          frame.in_power = true;
          i += 2;
          continue;
        } else if (w == "acting" || w == "interim") {
          frame.acting = true;
        } else if (w == "," && !says_office && !appositive_skipped) {
          // ", the only woman to hold the job," before the verb.
          uint32_t close = i + 1;
          while (close < sentence.end_token && close - i <= 12 && word(close) != ",") ++close;
          if (word(close) == "," && time_at(i + 1) == nullptr) {
            bool dated = false;
            for (size_t d = first_time; d < next_time; ++d) {
              dated = dated || (times[d].first_token > i && times[d].first_token < close);
            }
            if (!dated) {
              appositive_skipped = true;
              i = close + 1;
              continue;
            }
          }
        } else if (!In(kTenureGlue, w)) {
          break;
        }
        ++i;
      }
      if (!found || !says_office) continue;
      // "led the country", "in power": any office the person held.
      if (frame.titles.empty() && frame.organization == kNoEntity) frame.in_power = true;
      frames.push_back(frame);
    }
  }
  return frames;
}

}  // namespace factmark
