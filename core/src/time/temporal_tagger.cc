// The temporal tagger. At each token that can start a temporal expression it
// tries every grammar family (sets, modified durations and dates, calendar
// dates, relative dates, times, references) and keeps the longest match. The
// grammar is written as small functions over a token view; each returns the
// token after its match, or 0 for no match.
#include "time/temporal_tagger.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

#include "time/lexicon.h"
#include "time/timex_values.h"

namespace factmark {
namespace {

constexpr uint32_t kNoMatch = 0;

// Which way an underspecified date points: the clause's tense when a cue
// says so, else the candidate nearest to the published date.
enum class Direction { kPast, kFuture, kNearest };

// What the tagger knows of a token, computed once.
struct TokenFacts {
  const LexEntry* lex = nullptr;
  int64_t number = -1;  // value of a number token of at most 9 digits
  uint8_t digits = 0;   // length of a number token
  char punct = 0;       // ASCII punctuation, with ’ ‘ as '\'' and – — as '-'
  uint16_t opens = 0;  // OpenFlag: the families that may start here
  bool capitalized = false;
  bool space_before = true;
  TokenKind kind = TokenKind::kPunct;
};

const TokenFacts kNothing;  // what lies outside a sentence

// Words in -ed that are not past tenses.
bool IsEdNonVerb(std::string_view word) {
  constexpr std::string_view kWords[] = {"indeed", "speed", "proceed", "succeed", "exceed",
                                         "kindred", "hundred", "seed", "breed", "greed"};
  for (std::string_view w : kWords) {
    if (w.size() != word.size()) continue;
    bool same = true;
    for (size_t k = 0; k < w.size() && same; ++k) same = (word[k] | 0x20) == w[k];
    if (same) return true;
  }
  return false;
}

constexpr const char* kSeasonCodes[] = {"SP", "SU", "FA", "WI"};
constexpr const char* kDayPartCodes[] = {"MO", "AF", "EV", "NI"};

// ---- the tagger ---------------------------------------------------------------

class Tagger {
 public:
  Tagger(std::string_view text, const std::vector<Token>& tokens,
         const PublishedDate& published)
      : text_(text), tokens_(tokens), published_(published) {
    reference_ = published.day;
    has_reference_ = published.known;
    period_reference_ = published.day;
    has_period_reference_ = published.known;
  }

  // What the grammar needs to know of tokens [first, end), one sentence.
  void ComputeFacts(uint32_t first, uint32_t end) {
    if (facts_.size() < end - first) facts_.resize(end - first);
    char folded[16];
    for (uint32_t i = first; i < end; ++i) {
      const Token& t = tokens_[i];
      TokenFacts& f = facts_[i - first];
      f = TokenFacts();
      f.kind = t.kind;
      f.space_before = t.space_before || t.newlines_before > 0;
      const std::string_view s = TokenText(text_, t);
      if (t.kind == TokenKind::kNumber) {
        f.opens = kOpensCalendar | kOpensDuration | kOpensSet | kOpensClock | kOpensPeriod;
        f.digits = static_cast<uint8_t>(std::min<size_t>(s.size(), 255));
        if (s.size() <= 9) {
          int64_t v = 0;
          for (char c : s) v = v * 10 + (c - '0');
          f.number = v;
        }
      } else if (t.kind == TokenKind::kWord) {
        f.capitalized = s[0] >= 'A' && s[0] <= 'Z';
        const size_t n = s.size();
        // Fold and look up only words whose shape a lexicon word has.
        if (n <= sizeof folded && MightBeInLexicon(shapes_, s)) {
          if (n <= 8 && text_.size() - t.begin >= 8) {
            // Eight bytes at once (little-endian, as x86 and wasm are): a
            // word token holds letters only, so it is ASCII when no high bit
            // is set, and OR 0x20 lowercases it.
            const uint64_t mask = ~uint64_t{0} >> (8 * (8 - n));
            uint64_t packed;
            std::memcpy(&packed, s.data(), 8);
            packed &= mask;
            if ((packed & 0x8080808080808080ull) == 0) {
              f.lex = LookUpShortWord(packed | (0x2020202020202020ull & mask));
            }
          } else {
            bool ascii = true;
            uint64_t packed = 0;
            for (size_t k = 0; k < n && k < sizeof folded; ++k) {
              char c = s[k];
              if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
              if (c < 'a' || c > 'z') ascii = false;
              folded[k] = c;
              if (k < 8) packed |= uint64_t{static_cast<unsigned char>(c)} << (8 * k);
            }
            if (ascii) {
              f.lex = n <= 8 ? LookUpShortWord(packed) : LookUpWord(std::string_view(folded, n));
            }
          }
        }
        if (f.lex != nullptr) {
          f.opens = f.lex->opens;
        } else if (n == 1 && s[0] == 'Q') {
          f.opens = kOpensPeriod;  // "Q3 2025"
        }
      } else if (s.size() == 1) {
        f.punct = s[0];
        if (f.punct == '\'') f.opens = kOpensCalendar;  // "'90s"
      } else if (s == "\u2019" || s == "\u2018") {
        f.punct = '\'';
        f.opens = kOpensCalendar;
      } else if (s == "\u2013" || s == "\u2014") {
        f.punct = '-';
      }
    }
  }

  void TagSentence(const SentenceSpan& sentence, std::vector<TemporalExpression>* out) {
    first_ = sentence.first_token;
    end_ = sentence.end_token;
    ComputeFacts(first_, end_);
    date_memo_at_ = UINT32_MAX;
    direction_memo_at_ = UINT32_MAX;
    TemporalExpression best, e;  // reused: most tokens start nothing
    for (uint32_t i = first_; i < end_;) {
      uint32_t best_end = kNoMatch;
      const bool range_tail = !out->empty() && out->back().end_token + 1 == i && i > first_ &&
                              Punct(i - 1, '-') && IsNumber(i);
      if (range_tail && RangeTail(out->back(), i, &best)) {
        best_end = i + 1;  // "2004-05", "June 3-5": the range's second end
      } else if (CanStart(i)) {
        TryKeep(MatchSet(i, &e), e, &best, &best_end);
        TryKeep(MatchModified(i, &e), e, &best, &best_end);
        TryKeep(MatchTime(i, &e), e, &best, &best_end);
      }
      if (best_end == kNoMatch) {
        ++i;
        continue;
      }
      best.first_token = i;
      best.end_token = best_end;
      if (best.type == TimexType::kDate && best.is_calendar_date &&
          best.anchor != Anchor::kUnresolved && best.date.precision == Precision::kDay) {
        reference_ = best.date.first_day();
        has_reference_ = true;
      }
      if (best.has_period && best.anchor != Anchor::kUnresolved &&
          best.period_unit != TimeUnit::kWeek) {
        period_reference_ = best.period_start;
        period_reference_unit_ = best.period_unit;
        has_period_reference_ = true;
        period_named_ = true;
      }
      out->push_back(std::move(best));
      i = best_end;
      date_memo_at_ = UINT32_MAX;  // the reference date may have moved
    }
  }

 private:
  // ---- token view ----
  // Token i of the sentence; outside it, a token that is nothing.
  bool Has(uint32_t i) const { return i - first_ < end_ - first_; }  // one unsigned test
  const TokenFacts& F(uint32_t i) const { return Has(i) ? facts_[i - first_] : kNothing; }
  bool Is(uint32_t i, LexWord w) const {
    const TokenFacts& f = F(i);
    return f.lex && (f.lex->flags & kLexFunction) && f.lex->word == w;
  }
  bool Flag(uint32_t i, uint32_t flag) const {
    const TokenFacts& f = F(i);
    return f.lex && (f.lex->flags & flag);
  }
  int Value(uint32_t i) const { return F(i).lex->value; }
  bool Punct(uint32_t i, char c) const {
    const TokenFacts& f = F(i);
    return f.kind == TokenKind::kPunct && f.punct == c && Has(i);
  }
  bool Glued(uint32_t i) const { return Has(i) && !F(i).space_before; }
  bool IsNumber(uint32_t i) const {
    const TokenFacts& f = F(i);
    return f.kind == TokenKind::kNumber && f.number >= 0;
  }
  // The token's text; nothing outside the sentence.
  std::string_view TextOf(uint32_t i) const {
    if (!Has(i)) return std::string_view();
    return TokenText(text_, tokens_[i]);
  }

  // The word at i, compared without case.
  bool WordIs(uint32_t i, std::string_view lowercase) const {
    if (!Has(i) || F(i).kind != TokenKind::kWord) return false;
    const std::string_view w = TextOf(i);
    if (w.size() != lowercase.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      const char c = w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] + 32) : w[k];
      if (c != lowercase[k]) return false;
    }
    return true;
  }

  // A capitalized word inside a sentence after another: part of a title or a
  // name ("High Noon", "This Week").
  bool InTitle(uint32_t i) const {
    return F(i).capitalized && i > first_ && F(i - 1).kind == TokenKind::kWord &&
           F(i - 1).capitalized && i - 1 > first_;
  }

  // A past-tense verb: an irregular one the lexicon knows ("took", "was"),
  // or a word in -ed ("reported", not "indeed"). Read only when a tense or
  // a word class is asked for, so not for every token.
  bool IsPastTense(uint32_t i) const {
    const TokenFacts& f = F(i);
    if (f.kind != TokenKind::kWord) return false;
    if (f.lex != nullptr) return (f.lex->flags & kLexPast) != 0;
    const std::string_view s = TextOf(i);
    const size_t n = s.size();
    return n >= 5 && (s[n - 1] | 0x20) == 'd' && (s[n - 2] | 0x20) == 'e' && !IsEdNonVerb(s);
  }

  // A lowercase content word: not a function word, not a verb in -ed.
  bool IsPlainWordAt(uint32_t i) const {
    const TokenFacts& f = F(i);
    return Has(i) && f.kind == TokenKind::kWord && !f.capitalized && !IsPastTense(i) &&
           !(f.lex && (f.lex->flags & (kLexFunction | kLexFuture | kLexPast)));
  }

  bool IsFutureMarker(uint32_t i) const {
    if (!Flag(i, kLexFuture)) return false;
    if (WordIs(i, "ll")) return i > first_ && Punct(i - 1, '\'');  // "he'll"
    // "is to resume", "are to meet", "to be held": a plan.
    if (WordIs(i, "to")) {
      return WordIs(i - 1, "is") || WordIs(i - 1, "are") || WordIs(i + 1, "be");
    }
    // "due to its loss" is a cause; "is due to vote", "was due on" a plan.
    if (WordIs(i, "due")) {
      return WordIs(i - 1, "is") || WordIs(i - 1, "are") || WordIs(i - 1, "was") ||
             WordIs(i - 1, "were") || WordIs(i - 1, "be");
    }
    // "set to", "set for", "plans to" are plans; "set aside", "set on Aug. 6"
    // and "the plan" are not.
    if (WordIs(i, "set")) return WordIs(i + 1, "to") || WordIs(i + 1, "for");
    if (WordIs(i, "plan") || WordIs(i, "plans")) return WordIs(i + 1, "to");
    // "may" is a modal only in lower case; "May" is the month.
    return !(Flag(i, kLexMonth) && F(i).capitalized);
  }

  // The tense of the clause around token i: the nearest cue before it (up
  // to a clause break), else the nearest just after it ("Friday was...").
  Direction DirectionAt(uint32_t i) const {
    if (i != direction_memo_at_) {
      direction_memo_at_ = i;
      direction_memo_ = ReadDirection(i);
    }
    return direction_memo_;
  }

  // A phrase that points at a later date: "extended to", "postponed
  // until", "as soon as", "as early as", and intentions: "supposed to",
  // "planning to", "hopes to".
  bool IsDeferral(uint32_t k) const {
    if (WordIs(k, "to") || Is(k, LexWord::kUntil)) {
      if (WordIs(k - 1, "extended") || WordIs(k - 1, "postponed") ||
          WordIs(k - 1, "delayed") || WordIs(k - 1, "deferred") || WordIs(k - 1, "adjourned")) {
        return true;
      }
      if (!WordIs(k, "to")) return false;
      // Not "expects to": "expects to report third-quarter results" speaks
      // of a quarter already past.
      constexpr std::string_view kIntents[] = {"supposed", "planning", "intend", "intends",
                                               "aims",     "aiming",   "hopes",  "hope",
                                               "wants",    "seeking"};
      for (std::string_view w : kIntents) {
        if (WordIs(k - 1, w)) return true;
      }
      return false;
    }
    return (WordIs(k, "soon") || WordIs(k, "early")) && WordIs(k - 1, "as") &&
           WordIs(k + 1, "as");
  }

  Direction ReadDirection(uint32_t i) const {
    constexpr uint32_t kBack = 12, kAhead = 5;
    // A regular verb in -ed is weaker evidence than "will" or "said": it may
    // be an adjective ("preferred shares", "the reduced dividend"). It
    // decides unless "will" or an irregular past comes before the clause
    // break.
    bool regular_past = false;
    for (uint32_t k = i; k > first_ && i - k < kBack;) {
      --k;
      const TokenFacts& f = F(k);
      if (f.kind == TokenKind::kPunct && (f.punct == ';' || f.punct == ':' || f.punct == '"')) {
        break;
      }
      if (IsFutureMarker(k) || IsDeferral(k)) {
        // Only "will", "shall", "'ll" or a deferral outweighs a nearer -ed:
        // "plans announced in January" is past.
        const bool strong = WordIs(k, "will") || WordIs(k, "shall") || WordIs(k, "ll") ||
                            IsDeferral(k);
        return regular_past && !strong ? Direction::kPast : Direction::kFuture;
      }
      // "to be held", "being built": a participle after "be" is no past tense.
      if (IsPastTense(k) && !WordIs(k - 1, "be") && !WordIs(k - 1, "being")) {
        if (f.lex != nullptr) return Direction::kPast;
        regular_past = true;
      }
    }
    if (regular_past) return Direction::kPast;
    for (uint32_t k = i + 1; k < end_ && k <= i + kAhead; ++k) {
      if (IsFutureMarker(k)) return Direction::kFuture;
      if (IsPastTense(k)) return Direction::kPast;
    }
    return Direction::kNearest;
  }

  bool Opens(uint32_t i, uint16_t families) const { return (F(i).opens & families) != 0; }

  // Whether an expression can start at number token i: a year, or a number
  // with a month, a unit, a clock mark or an ordinal suffix after it. Most
  // numbers in news (money, counts, scores) have none, and are passed over.
  bool NumberCanStart(uint32_t i) const {
    const TokenFacts& f = F(i);
    if (f.digits == 4 && f.number >= 1000 && f.number <= 2199) return true;
    const TokenFacts& next = F(i + 1);
    if (next.kind == TokenKind::kPunct) {
      if (next.punct == ':' || next.punct == '/' || next.punct == '-') return true;
      // "1,200 years"
      return next.punct == ',' && IsNumber(i + 2) && Flag(i + 3, kLexUnit);
    }
    // "2 1/2 years"
    if (next.kind == TokenKind::kNumber) return next.number == 1 && Punct(i + 2, '/');
    if (next.kind != TokenKind::kWord) return false;
    if (IsCountAdjective(i + 1)) return true;
    if (next.lex != nullptr) {
      if (next.lex->flags & (kLexMonth | kLexUnit)) return true;
      switch (next.lex->word) {
        case LexWord::kTh: case LexWord::kSt: case LexWord::kNd: case LexWord::kRd:
        case LexWord::kAm: case LexWord::kPm: case LexWord::kTimes: case LexWord::kMore:
        case LexWord::kOclock: case LexWord::kA:  // "3 a.m."
          return true;
        default:
          break;
      }
    }
    const std::string_view w = TextOf(i + 1);
    return w == "p" || w == "P" || w == "A" || w == "o";  // "3 p.m.", "10 o'clock"
  }

  // The same for a number or ordinal word ("two", "first"): before a unit,
  // a hyphen, "more", "times", "and", "half" or another number word.
  bool NumberWordCanStart(uint32_t i) const {
    const TokenFacts& next = F(i + 1);
    if (next.kind == TokenKind::kPunct) return next.punct == '-';
    if (IsCountAdjective(i + 1)) return true;
    if (next.lex == nullptr) return false;
    if (next.lex->flags & (kLexUnit | kLexNumber | kLexOrdinal)) return true;
    switch (next.lex->word) {
      case LexWord::kMore: case LexWord::kTimes: case LexWord::kAnd: case LexWord::kHalf:
      case LexWord::kCentury: case LexWord::kQuarter: case LexWord::kOf:
        return true;
      default:
        return false;
    }
  }

  bool CanStart(uint32_t i) const {
    const TokenFacts& f = F(i);
    if (f.opens == 0) return false;
    if (f.kind == TokenKind::kNumber) return NumberCanStart(i);
    if (f.lex != nullptr && (f.lex->flags & (kLexNumber | kLexOrdinal)) &&
        !(f.lex->flags & ~(kLexNumber | kLexOrdinal | kLexFunction | kLexUnit)) &&
        !NumberWordCanStart(i)) {
      return false;
    }
    // "the", "a" and "an" open an expression only before a word that can (or
    // "the same", "the end of", "the latest"...): most open other noun phrases.
    if (f.lex != nullptr && (f.lex->word == LexWord::kThe || f.lex->word == LexWord::kA ||
                             f.lex->word == LexWord::kAn)) {
      const TokenFacts& next = F(i + 1);
      if (next.opens != 0) return true;
      if (next.lex == nullptr) return false;
      switch (next.lex->word) {
        case LexWord::kSame: case LexWord::kEnd: case LexWord::kBeginning:
        case LexWord::kStart: case LexWord::kMiddle: case LexWord::kMost:
        case LexWord::kLatest: case LexWord::kFull: case LexWord::kFinal: case LexWord::kWeekend:
        case LexWord::kDay: case LexWord::kPast: case LexWord::kFuture:
        case LexWord::kPresent: case LexWord::kCurrent:
          return true;
        default:
          return false;
      }
    }
    return true;
  }

  // Keeps the longer match. `e` is moved from: every matcher fills its
  // output whole before returning a match.
  static void TryKeep(uint32_t end, TemporalExpression& e, TemporalExpression* best,
                      uint32_t* best_end) {
    if (end != kNoMatch && end > *best_end) {
      *best = std::move(e);
      *best_end = end;
    }
  }

  // ---- resolution ----
  static void SetPeriod(TemporalExpression* e, int32_t start, TimeUnit unit) {
    e->has_period = true;
    e->period_start = start;
    e->period_unit = unit;
  }

  void SetResolvedDay(TemporalExpression* e, int32_t day, Anchor anchor) const {
    SetPeriod(e, day, TimeUnit::kDay);
    e->type = TimexType::kDate;
    e->is_calendar_date = true;
    e->date = PartialDate{CivilFromDays(day), Precision::kDay};
    e->value = DayValue(day);
    e->anchor = anchor;
  }

  void SetResolvedPeriod(TemporalExpression* e, int32_t day, TimeUnit unit,
                         Anchor anchor) const {
    e->type = TimexType::kDate;
    e->anchor = anchor;
    e->value = PeriodValue(day, unit);
    SetPeriod(e, PeriodStart(day, unit), unit);
    if (unit == TimeUnit::kDay || unit == TimeUnit::kMonth || unit == TimeUnit::kYear) {
      const CivilDate d = CivilFromDays(day);
      e->is_calendar_date = true;
      e->date = unit == TimeUnit::kDay     ? PartialDate{d, Precision::kDay}
                : unit == TimeUnit::kMonth ? PartialDate{CivilDate{d.year, d.month, 1},
                                                         Precision::kMonth}
                                           : PartialDate{CivilDate{d.year, 1, 1},
                                                         Precision::kYear};
    }
  }

  void SetUnresolved(TemporalExpression* e, std::string value) const {
    e->type = TimexType::kDate;
    e->anchor = Anchor::kUnresolved;
    e->value = std::move(value);
  }

  // Month and day with no year, resolved in the clause's direction.
  void ResolveMonthDay(TemporalExpression* e, int month, int day, Direction dir) const {
    e->is_calendar_date = true;
    e->month = month;
    e->day = day;
    if (!published_.known) {
      SetUnresolved(e, "XXXX-" + Pad(month, 2) + (day ? "-" + Pad(day, 2) : ""));
      e->is_calendar_date = true;
      return;
    }
    const int32_t p = published_.day;
    const CivilDate now = CivilFromDays(p);
    const int d = day ? day : 1;
    const Precision precision = day ? Precision::kDay : Precision::kMonth;
    // The latest such date on or before publication, and the next one after.
    PartialDate past{}, future{};
    bool have_past = false, have_future = false;
    for (int k = 0; k < 9 && !have_past; ++k) {
      if (!IsValidDate(now.year - k, month, d)) continue;
      const PartialDate c{CivilDate{now.year - k, month, d}, precision};
      if (c.first_day() <= p) {
        past = c;
        have_past = true;
      }
    }
    for (int k = 0; k < 9 && !have_future; ++k) {
      if (!IsValidDate(now.year + k, month, d)) continue;
      const PartialDate c{CivilDate{now.year + k, month, d}, precision};
      if (c.last_day() >= p) {
        future = c;
        have_future = true;
      }
    }
    bool use_past = dir == Direction::kPast;
    if (dir == Direction::kNearest) {
      use_past = have_past &&
                 (!have_future || p - past.last_day() <= future.first_day() - p ||
                  future.first_day() <= p);  // "June" in June: the current month
    }
    if (use_past ? have_past : have_future) {
      e->type = TimexType::kDate;
      e->anchor = Anchor::kPublished;
      e->date = use_past ? past : future;
      e->value = FormatIsoDate(e->date);
      SetPeriod(e, e->date.first_day(), day ? TimeUnit::kDay : TimeUnit::kMonth);
      return;
    }
    SetUnresolved(e, "XXXX-" + Pad(month, 2) + (day ? "-" + Pad(day, 2) : ""));
  }

  void SetCalendarDate(TemporalExpression* e, int year, int month, int day) const {
    e->type = TimexType::kDate;
    e->anchor = Anchor::kAbsolute;
    e->is_calendar_date = true;
    e->year_written = true;
    e->month = month;
    e->day = day;
    const Precision precision =
        day ? Precision::kDay : (month ? Precision::kMonth : Precision::kYear);
    e->date = PartialDate{CivilDate{year, month ? month : 1, day ? day : 1}, precision};
    e->value = FormatIsoDate(e->date);
    SetPeriod(e, e->date.first_day(),
              day ? TimeUnit::kDay : (month ? TimeUnit::kMonth : TimeUnit::kYear));
  }

  void SetQuarter(TemporalExpression* e, int year, int quarter, Anchor anchor) const {
    e->type = TimexType::kDate;
    e->anchor = anchor;
    e->value = Pad(year, 4) + "-Q" + std::to_string(quarter);
    SetPeriod(e, Days(year, 3 * quarter - 2, 1), TimeUnit::kQuarter);
  }

  // ---- small grammar pieces ----

  // A cardinal number at i: digits ("24"), words ("twenty-four", "seven",
  // "a hundred"), "a"/"an" (one) when `allow_article`. Returns its end.
  uint32_t Cardinal(uint32_t i, int64_t* value, bool allow_article) const {
    if (IsNumber(i) && F(i).digits <= 6) {
      // "1,200": a thousands separator makes a larger number.
      if (Punct(i + 1, ',') && Glued(i + 1) && IsNumber(i + 2) && Glued(i + 2) &&
          F(i + 2).digits == 3) {
        *value = F(i).number * 1000 + F(i + 2).number;
        return i + 3;
      }
      if (Punct(i + 1, '.') && Glued(i + 1) && IsNumber(i + 2) && Glued(i + 2)) {
        return kNoMatch;  // decimals are not counts of time units here
      }
      *value = F(i).number;
      return i + 1;
    }
    if (allow_article && (Is(i, LexWord::kA) || Is(i, LexWord::kAn))) {
      if (Flag(i + 1, kLexNumber) && F(i + 1).lex->number >= 100) {  // "a hundred"
        *value = F(i + 1).lex->number;
        return i + 2;
      }
      *value = 1;
      return i + 1;
    }
    if (!Flag(i, kLexNumber)) return kNoMatch;
    int64_t n = F(i).lex->number;
    uint32_t j = i + 1;
    // "twenty-four", "twenty four"
    if (n >= 20 && n < 100 && n % 10 == 0) {
      uint32_t k = j;
      if (Punct(k, '-') && Glued(k)) ++k;
      if (Flag(k, kLexNumber) && F(k).lex->number > 0 && F(k).lex->number < 10) {
        n += F(k).lex->number;
        j = k + 1;
      }
    }
    if (Flag(j, kLexNumber) && F(j).lex->number == 100 && n < 10) {  // "two hundred"
      n *= 100;
      ++j;
    }
    *value = n;
    return j;
  }

  // A duration's amount and unit at i: "three years", "a month", "24 hours",
  // "several days", "a few weeks", "a couple of years", "two-day", "half an
  // hour". `require_number` refuses a bare plural ("years").
  // A word that may stand between a count and its unit: "six straight
  // days", "two consecutive quarters", "five trading days".
  bool IsCountAdjective(uint32_t k) const {
    return Flag(k + 1, kLexUnit) &&
           (WordIs(k, "straight") || WordIs(k, "consecutive") || WordIs(k, "successive") ||
            WordIs(k, "trading") || WordIs(k, "business") || WordIs(k, "working"));
  }

  bool IsCentury(uint32_t k) const {
    return Flag(k, kLexUnit) && !F(k).lex->plural && F(k).lex->unit == TimeUnit::kCentury;
  }

  // Adds half a unit to *amount units, counting in a smaller unit; false
  // for weeks and months, which do not halve into whole days.
  static bool AddHalf(int64_t* amount, TimeUnit* unit) {
    switch (*unit) {
      case TimeUnit::kCentury: *amount = *amount * 100 + 50; *unit = TimeUnit::kYear; return true;
      case TimeUnit::kDecade: *amount = *amount * 10 + 5; *unit = TimeUnit::kYear; return true;
      case TimeUnit::kYear: *amount = *amount * 12 + 6; *unit = TimeUnit::kMonth; return true;
      case TimeUnit::kDay: *amount = *amount * 24 + 12; *unit = TimeUnit::kHour; return true;
      case TimeUnit::kHour: *amount = *amount * 60 + 30; *unit = TimeUnit::kMinute; return true;
      case TimeUnit::kMinute: *amount = *amount * 60 + 30; *unit = TimeUnit::kSecond; return true;
      default: return false;
    }
  }

  uint32_t DurationAt(uint32_t i, int64_t* amount, TimeUnit* unit, bool* singular_form) const {
    uint32_t j = i;
    int64_t n = -1;
    if (Is(j, LexWord::kSeveral) || Is(j, LexWord::kMany)) {
      ++j;
    } else if (Is(j, LexWord::kA) && Is(j + 1, LexWord::kFew)) {
      j += 2;
    } else if (Is(j, LexWord::kFew)) {
      ++j;
    } else if (Is(j, LexWord::kA) && Is(j + 1, LexWord::kCouple) && Is(j + 2, LexWord::kOf)) {
      n = 2;
      j += 3;
    } else if (Is(j, LexWord::kHalf) && (Is(j + 1, LexWord::kA) || Is(j + 1, LexWord::kAn)) &&
               Flag(j + 2, kLexUnit) && !F(j + 2).lex->plural) {
      // "half a year", "half an hour"
      const TimeUnit u = F(j + 2).lex->unit;
      if (u == TimeUnit::kHour) {
        *amount = 30;
        *unit = TimeUnit::kMinute;
      } else if (u == TimeUnit::kYear) {
        *amount = 6;
        *unit = TimeUnit::kMonth;
      } else if (u == TimeUnit::kDay) {
        *amount = 12;
        *unit = TimeUnit::kHour;
      } else if (u == TimeUnit::kCentury || u == TimeUnit::kDecade) {
        *amount = u == TimeUnit::kCentury ? 50 : 5;  // "half a century"
        *unit = TimeUnit::kYear;
      } else {
        return kNoMatch;
      }
      *singular_form = true;
      return j + 3;
    } else if (Is(j, LexWord::kA) && Is(j + 1, LexWord::kQuarter) &&
               ((Is(j + 2, LexWord::kOf) && Is(j + 3, LexWord::kA) && IsCentury(j + 4)) ||
                IsCentury(j + 2))) {
      // "a quarter of a century", "a quarter century"
      *amount = 25;
      *unit = TimeUnit::kYear;
      *singular_form = true;
      return Is(j + 2, LexWord::kOf) ? j + 5 : j + 3;
    } else {
      const uint32_t k = Cardinal(j, &n, true);
      if (k == kNoMatch) return kNoMatch;
      j = k;
    }
    // "two and a half years", "2 1/2 years": half a unit more.
    bool half = false;
    if (n >= 0 && Is(j, LexWord::kAnd) && Is(j + 1, LexWord::kA) && Is(j + 2, LexWord::kHalf) &&
        Flag(j + 3, kLexUnit) && F(j + 3).lex->plural) {
      half = true;
      j += 3;
    } else if (n >= 0 && IsNumber(j) && F(j).number == 1 && Punct(j + 1, '/') && Glued(j + 1) &&
               IsNumber(j + 2) && Glued(j + 2) && F(j + 2).number == 2 &&
               Flag(j + 3, kLexUnit)) {
      half = true;
      j += 3;
    }
    if (n >= 0 && IsCountAdjective(j)) ++j;
    bool hyphen = false;
    if (Punct(j, '-') && Glued(j) && Glued(j + 1)) {  // "two-day"
      hyphen = true;
      ++j;
    }
    if (Is(j, LexWord::kMore) && !hyphen) ++j;  // "two more weeks"
    if (!Flag(j, kLexUnit)) return kNoMatch;
    const LexEntry& u = *F(j).lex;
    const bool plural = u.plural;
    // "a years" is not English; "one years" neither: keep number and form agreeing
    // loosely, but never let the article stand before a plural.
    if ((Is(i, LexWord::kA) || Is(i, LexWord::kAn)) && n == 1 && plural) return kNoMatch;
    *amount = n;
    *unit = u.unit;
    if (TextOf(j).substr(0, 4) == "fort" || TextOf(j).substr(0, 4) == "Fort") {
      *unit = TimeUnit::kWeek;
      if (n >= 0) *amount = 2 * n;
    }
    *singular_form = !plural;
    uint32_t end = j + 1;
    // "a year and a half", "two and a half years": counted in the next
    // smaller unit (P18M, PT150M). Weeks and months have no whole half, and
    // stay whole after the unit; before it they are no match.
    const bool half_after = !half && n >= 0 && Is(end, LexWord::kAnd) &&
                            Is(end + 1, LexWord::kA) && Is(end + 2, LexWord::kHalf);
    if (half || half_after) {
      if (AddHalf(amount, unit)) {
        if (half_after) end += 3;
      } else if (half) {
        return kNoMatch;
      }
    }
    // "-long": "a decade-long war", "year-long"
    if (Punct(end, '-') && Glued(end) && Is(end + 1, LexWord::kLong) && Glued(end + 1)) {
      end += 2;
    }
    return end;
  }

  // "more than", "nearly", "early", "mid-" ... at i. Returns the token after
  // the modifier (i itself when there is none) and sets *mod.
  // The function word at i, or kNone.
  LexWord WordAt(uint32_t i) const {
    const TokenFacts& f = F(i);
    return f.lex && (f.lex->flags & kLexFunction) ? f.lex->word : LexWord::kNone;
  }

  uint32_t ModifierAt(uint32_t i, TimexMod* mod, bool* positional) const {
    *mod = TimexMod::kNone;
    *positional = false;
    uint32_t j = i;
    if (Is(j, LexWord::kJust) || Is(j, LexWord::kWell)) ++j;
    const LexWord next = WordAt(j + 1);
    int64_t count;
    switch (WordAt(j)) {
      case LexWord::kMore:  // "more than"
        if (next != LexWord::kThan) break;
        *mod = TimexMod::kMoreThan;
        return j + 2;
      case LexWord::kLess:  // "less than", "fewer than"
      case LexWord::kFewer:
        if (next != LexWord::kThan) break;
        *mod = TimexMod::kLessThan;
        return j + 2;
      case LexWord::kNo:  // "no more than", "no less than"
        if ((next != LexWord::kMore && next != LexWord::kLess) || !Is(j + 2, LexWord::kThan)) {
          break;
        }
        *mod = next == LexWord::kMore ? TimexMod::kEqualOrLess : TimexMod::kEqualOrMore;
        return j + 3;
      case LexWord::kAt:  // "at least", "at most"
        if (next != LexWord::kLeast && next != LexWord::kMost) break;
        *mod = next == LexWord::kLeast ? TimexMod::kEqualOrMore : TimexMod::kEqualOrLess;
        return j + 2;
      case LexWord::kUp:  // "up to"
        if (next != LexWord::kTo) break;
        *mod = TimexMod::kEqualOrLess;
        return j + 2;
      case LexWord::kOver:  // prepositions too ("over recent years"): they
      case LexWord::kUnder:  // modify only a count ("over seventy years")
        if (Cardinal(j + 1, &count, true) == kNoMatch) break;
        *mod = Is(j, LexWord::kOver) ? TimexMod::kMoreThan : TimexMod::kLessThan;
        return j + 1;
      case LexWord::kNearly:
      case LexWord::kAlmost:
        *mod = TimexMod::kLessThan;
        return j + 1;
      case LexWord::kAbout:
      case LexWord::kAround:
      case LexWord::kRoughly:
      case LexWord::kApproximately:
      case LexWord::kSome:
        *mod = TimexMod::kApprox;
        return j + 1;
      default:
        break;
    }
    if (j != i) return i;  // "just"/"well" alone modify nothing here
    // Positions within a period: "early 2024", "mid-2020", "late last year",
    // "the late 1970s", "the end of June", "the beginning of the year".
    if (Is(j, LexWord::kThe) && (next == LexWord::kEarly || next == LexWord::kLate ||
                                 next == LexWord::kMid)) {
      ++j;
    }
    switch (WordAt(j)) {
      case LexWord::kEarly:
        *positional = true;
        *mod = TimexMod::kStart;
        return j + 1;
      case LexWord::kLate:
        *positional = true;
        *mod = TimexMod::kEnd;
        return j + 1;
      case LexWord::kMid:
        *positional = true;
        *mod = TimexMod::kMid;
        return Punct(j + 1, '-') ? j + 2 : j + 1;
      default:
        break;
    }
    const uint32_t k = Is(j, LexWord::kThe) ? j + 1 : j;
    if (!Is(k + 1, LexWord::kOf)) return i;
    switch (WordAt(k)) {
      case LexWord::kEnd:
        *mod = TimexMod::kEnd;
        break;
      case LexWord::kMiddle:
        *mod = TimexMod::kMid;
        break;
      case LexWord::kBeginning:
      case LexWord::kStart:
        *mod = TimexMod::kStart;
        break;
      default:
        return i;
    }
    *positional = true;
    return k + 2;
  }


  // A four-digit year at i that reads as a year: 1000..2199, not a count
  // ("2000 troops"), not part of a larger number ("12,000", "2025.5").
  int YearAt(uint32_t i, bool strict) const {
    if (!IsNumber(i) || F(i).digits != 4) return -1;
    const int64_t y = F(i).number;
    if (y < 1000 || y > 2199) return -1;
    if (strict && (y < 1800 || y > 2099)) return -1;
    if (i > first_ && (Punct(i - 1, ',') || Punct(i - 1, '.') || Punct(i - 1, '$')) &&
        !F(i).space_before && IsNumber(i - 2)) {
      return -1;
    }
    if (i > first_ && (Punct(i - 1, '$') || Punct(i - 1, '#'))) return -1;
    if ((Punct(i + 1, ',') || Punct(i + 1, '.')) && Glued(i + 1) && IsNumber(i + 2) &&
        Glued(i + 2)) {
      return -1;
    }
    if (Flag(i + 1, kLexCountNoun) || Punct(i + 1, '%')) return -1;
    return static_cast<int>(y);
  }

  // ---- families ----

  // SET: "every year", "each week", "every Monday", "daily", "twice a year".
  uint32_t MatchSet(uint32_t i, TemporalExpression* e) const {
    if (!Opens(i, kOpensSet)) return kNoMatch;
    *e = TemporalExpression();
    e->type = TimexType::kSet;
    e->anchor = Anchor::kAbsolute;
    if (Flag(i, kLexSetAdverb)) {
      // "China Daily" is a name, not a frequency.
      if (F(i).capitalized && i > first_ && F(i - 1).capitalized) return kNoMatch;
      // "a quarterly dividend", "daily flights": an adjective, not a frequency;
      // "the party daily Granma": a newspaper.
      if (IsPlainWordAt(i + 1) || (Has(i + 1) && F(i + 1).kind == TokenKind::kWord &&
                                   F(i + 1).capitalized)) {
        return kNoMatch;
      }
      e->value = DurationValue(1, F(i).lex->unit);
      return i + 1;
    }
    if (Is(i, LexWord::kEvery) || Is(i, LexWord::kEach)) {
      uint32_t j = i + 1;
      if (Flag(j, kLexWeekday)) {
        e->value = "XXXX-WXX-" + std::to_string(Value(j));
        return j + 1;
      }
      if (Flag(j, kLexMonth) && F(j).capitalized) {
        e->value = "XXXX-" + Pad(Value(j), 2);
        return j + 1;
      }
      int64_t n = 1;
      const uint32_t k = Cardinal(j, &n, false);
      if (k != kNoMatch && Flag(k, kLexUnit)) {
        e->value = DurationValue(n, F(k).lex->unit);
        return k + 1;
      }
      if (Flag(j, kLexUnit) && !F(j).lex->plural) {
        e->value = DurationValue(1, F(j).lex->unit);
        return j + 1;
      }
      if (Is(j, LexWord::kWeekend)) {
        e->value = "XXXX-WXX-WE";
        return j + 1;
      }
      return kNoMatch;
    }
    // "once a year", "twice a month", "three times a week", "twice per year"
    uint32_t j = i;
    if (Is(j, LexWord::kOnce) || Is(j, LexWord::kTwice)) {
      ++j;
    } else {
      int64_t n = 0;
      const uint32_t k = Cardinal(j, &n, false);
      if (k == kNoMatch || !Is(k, LexWord::kTimes)) return kNoMatch;
      j = k + 1;
    }
    if ((Is(j, LexWord::kA) || Is(j, LexWord::kAn) || Is(j, LexWord::kPer)) &&
        Flag(j + 1, kLexUnit) && !F(j + 1).lex->plural) {
      e->value = DurationValue(1, F(j + 1).lex->unit);
      return j + 2;
    }
    return kNoMatch;
  }

  // Durations and dates with their modifiers.
  uint32_t MatchModified(uint32_t i, TemporalExpression* e) {
    TimexMod mod = TimexMod::kNone;
    bool positional = false;
    const uint32_t j = Opens(i, kOpensModifier) ? ModifierAt(i, &mod, &positional) : i;
    TemporalExpression best;
    uint32_t best_end = kNoMatch;
    TemporalExpression candidate;
    if (!positional && Opens(j, kOpensDuration)) {
      TryKeep(MatchDurationPhrase(j, mod, &candidate), candidate, &best, &best_end);
    }
    if ((mod == TimexMod::kNone || positional) && Opens(j, kOpensDate)) {
      candidate = TemporalExpression();  // "early 2024", "the end of June"
      TryKeep(MatchDate(j, &candidate), candidate, &best, &best_end);
    }
    if (best_end == kNoMatch) return kNoMatch;
    if (mod != TimexMod::kNone && best.mod == TimexMod::kNone) best.mod = mod;
    *e = std::move(best);
    return best_end;
  }

  // "three years", "the past three years", "two days ago", "a year earlier",
  // "seven decades after", "for years".
  uint32_t MatchDurationPhrase(uint32_t i, TimexMod mod, TemporalExpression* e) {
    *e = TemporalExpression();
    uint32_t j = i;
    int relative = 0;  // -1 "the past/last", +1 "the next/coming"
    bool first_n = false;
    bool the_count = false;  // "the nine months"
    if (Is(j, LexWord::kThe) && (Flag(j + 1, kLexRelative) || Is(j + 1, LexWord::kFirst))) {
      if (Is(j + 1, LexWord::kFirst)) {
        first_n = true;
      } else {
        relative = Value(j + 1) < 0 ? -1 : (Value(j + 1) > 0 ? 1 : 0);
        if (relative == 0) return kNoMatch;
      }
      j += 2;
    } else if (Is(j, LexWord::kThe) && (IsNumber(j + 1) || Flag(j + 1, kLexNumber))) {
      the_count = true;
      ++j;
    } else if (Is(j, LexWord::kRecent) && Flag(j + 1, kLexUnit) && F(j + 1).lex->plural) {
      // "in recent years": the recent past.
      e->type = TimexType::kDate;
      e->anchor = Anchor::kPublished;
      e->value = "PAST_REF";
      return j + 2;
    } else if (Is(j, LexWord::kPast) || Is(j, LexWord::kComing)) {
      // "past years", "coming months": a vague span.
      if (Flag(j + 1, kLexUnit) && F(j + 1).lex->plural) {
        e->type = TimexType::kDuration;
        e->value = DurationValue(-1, F(j + 1).lex->unit);
        e->amount = -1;
        e->unit = F(j + 1).lex->unit;
        return j + 2;
      }
      return kNoMatch;
    }
    int64_t amount = 0;
    TimeUnit unit;
    bool singular = false;
    uint32_t end = DurationAt(j, &amount, &unit, &singular);
    if (end == kNoMatch) {
      // "the past year", "the last decade": the span of one unit up to now.
      // (Quarters are dates: "the last quarter" is the previous one.)
      if (relative < 0 && (Is(j - 1, LexWord::kPast) || Is(j - 1, LexWord::kLast)) &&
          Flag(j, kLexUnit) && !F(j).lex->plural && F(j).lex->unit != TimeUnit::kQuarter) {
        amount = 1;
        unit = F(j).lex->unit;
        end = j + 1;
      } else if (Flag(j, kLexUnit) && F(j).lex->plural && j == i && i > first_ &&
                 (Is(i - 1, LexWord::kFor) || Is(i - 1, LexWord::kOver) ||
                  Is(i - 1, LexWord::kWithin) || Is(i - 1, LexWord::kIn))) {
        // "for years", "within weeks": a bare plural after a preposition.
        amount = -1;
        unit = F(j).lex->unit;
        end = j + 1;
      } else {
        return kNoMatch;
      }
    }
    if (the_count && amount < 0) return kNoMatch;
    // "$1.76 a year", "four flights a week", "24 hours a day": a rate; but
    // "from $10 million a year ago" compares with a year back.
    const bool back_or_on = Is(end, LexWord::kAgo) || Is(end, LexWord::kEarlier) ||
                            Is(end, LexWord::kLater);
    if ((Is(j, LexWord::kA) || Is(j, LexWord::kAn)) && j == i && i > first_ && !back_or_on &&
        (IsNumber(i - 1) || Punct(i - 1, '%') || Flag(i - 1, kLexUnit) ||
         WordIs(i - 1, "million") || WordIs(i - 1, "billion") || WordIs(i - 1, "trillion") ||
         (F(i - 1).kind == TokenKind::kWord && !F(i - 1).capitalized &&
          (!F(i - 1).lex || F(i - 1).lex->flags == kLexCountNoun) &&
          TextOf(i - 1).size() > 3 && TextOf(i - 1).back() == 's'))) {
      return kNoMatch;
    }
    // "a second group": the ordinal, not the unit.
    if ((Is(j, LexWord::kA) || Is(j, LexWord::kAn)) && Is(end - 1, LexWord::kSecond) &&
        IsPlainWordAt(end)) {
      return kNoMatch;
    }
    // "three-quarters of its food": a fraction.
    if (unit == TimeUnit::kQuarter && Punct(end - 2, '-')) return kNoMatch;
    // "34-year-old": an age, not a duration.
    if ((Punct(end, '-') && Is(end + 1, LexWord::kOld)) || Is(end, LexWord::kOld)) {
      return kNoMatch;
    }
    e->amount = amount;
    e->unit = unit;
    e->mod = mod;
    if (relative == 0 && !first_n) {
      // "two days ago", "three years ago today", "a year earlier", "two weeks from now"
      if (Is(end, LexWord::kAgo) || Is(end, LexWord::kEarlier) || Is(end, LexWord::kLater) ||
          (Is(end, LexWord::kFrom) && Is(end + 1, LexWord::kNow)) || Is(end, LexWord::kHence)) {
        if (amount < 0) {
          // "a few days ago", "several years ago": some time back.
          if (!Is(end, LexWord::kAgo)) return kNoMatch;
          e->type = TimexType::kDate;
          e->anchor = Anchor::kPublished;
          e->value = "PAST_REF";
          return end + 1;
        }
        const bool ago = Is(end, LexWord::kAgo) || Is(end, LexWord::kEarlier);
        const bool from_reference = Is(end, LexWord::kEarlier) || Is(end, LexWord::kLater);
        uint32_t stop = end + (Is(end, LexWord::kFrom) ? 2 : 1);
        // "earlier"/"later" followed by "than"/"this" is not this construction.
        if (from_reference && (Is(stop, LexWord::kThan) || Is(stop, LexWord::kThis))) {
          return kNoMatch;
        }
        const bool today = WordIs(stop, "today");
        if (today) ++stop;
        // "earlier"/"later" count from the last period the text named, and
        // keep its size: a year before "the third quarter" is a quarter.
        // "from $93 million a year ago" in a report on "the third quarter"
        // is that quarter a year back: a named quarter sets the size and
        // the starting point of "ago" too.
        const bool quarter_report = has_period_reference_ &&
                                    period_reference_unit_ == TimeUnit::kQuarter &&
                                    unit >= TimeUnit::kYear;
        const bool from_period = from_reference || quarter_report;
        const bool have = from_period ? has_period_reference_ : published_.known;
        const int32_t base = from_period ? period_reference_ : published_.day;
        const int64_t signed_amount = ago ? -amount : amount;
        TemporalExpression date;
        date.mod = mod;
        if (!have) {
          date.type = TimexType::kDate;
          date.anchor = Anchor::kUnresolved;
          date.value = "XXXX";
        } else {
          const int32_t day = Shift(base, signed_amount, unit);
          const Anchor anchor = from_period && period_reference_ != published_.day
                                    ? Anchor::kReference
                                    : Anchor::kPublished;
          // Only a period the text named lends its size: before any, "a
          // year earlier" is a year, not the published day a year back.
          const bool finer_reference =
              from_period && period_named_ && period_reference_unit_ < unit;
          if (today) {
            SetResolvedDay(&date, day, anchor);
          } else if (finer_reference) {
            SetResolvedPeriod(&date, day, period_reference_unit_, anchor);
          } else {
            SetResolvedPeriod(&date, day,
                              unit == TimeUnit::kDecade || unit == TimeUnit::kCentury
                                  ? TimeUnit::kYear
                                  : unit,
                              anchor);
          }
        }
        // A comparison ("a year earlier", "two years ago") is not a new
        // subject: the next "a year earlier" still counts from the period
        // the text is about. A story's days do move on: "two days later".
        if (unit > TimeUnit::kDay) date.has_period = false;
        date.amount = amount;
        date.unit = unit;
        *e = date;
        return stop;
      }
    }
    e->type = TimexType::kDuration;
    e->anchor = Anchor::kAbsolute;
    e->value = DurationValue(amount, unit);
    return end;
  }

  // ---- dates ----

  // Dates at i, remembered: the modified-date and the time families both
  // ask for the date at the same position.
  uint32_t MatchDate(uint32_t i, TemporalExpression* e) {
    if (i != date_memo_at_) {
      date_memo_at_ = i;
      date_memo_end_ = MatchDateUncached(i, &date_memo_);
    }
    if (date_memo_end_ != kNoMatch) *e = date_memo_;
    return date_memo_end_;
  }

  uint32_t MatchDateUncached(uint32_t i, TemporalExpression* e) {
    TemporalExpression best;
    uint32_t best_end = kNoMatch;
    TemporalExpression c;
    if (Opens(i, kOpensCalendar)) TryKeep(MatchCalendarDate(i, &c), c, &best, &best_end);
    if (Opens(i, kOpensRelative)) {
      c = TemporalExpression();
      TryKeep(MatchRelativeDate(i, &c), c, &best, &best_end);
    }
    if (Opens(i, kOpensPeriod)) {
      c = TemporalExpression();
      TryKeep(MatchPeriodName(i, &c), c, &best, &best_end);
    }
    if (Opens(i, kOpensReference)) {
      c = TemporalExpression();
      TryKeep(MatchReference(i, &c), c, &best, &best_end);
    }
    if (best_end == kNoMatch) return kNoMatch;
    *e = best;
    return best_end;
  }

  // Day of month at i ("4", "4th", "04"), or 0. Sets *end past it.
  int DayOfMonthAt(uint32_t i, uint32_t* end) const {
    if (!IsNumber(i) || F(i).digits > 2) return 0;
    const int64_t d = F(i).number;
    if (d < 1 || d > 31) return 0;
    uint32_t j = i + 1;
    if (Glued(j) && (Is(j, LexWord::kTh) || Is(j, LexWord::kSt) || Is(j, LexWord::kNd) ||
                     Is(j, LexWord::kRd))) {
      ++j;
    } else if (Has(j) && F(j).kind == TokenKind::kWord && Glued(j)) {
      return 0;  // "4pm", "4km"
    }
    if ((Punct(j, '.') || Punct(j, ',') || Punct(j, ':')) && Glued(j) && IsNumber(j + 1) &&
        Glued(j + 1)) {
      return 0;  // "4.5", "4,000", "4:30"
    }
    if (Punct(j, '%')) return 0;
    *end = j;
    return static_cast<int>(d);
  }

  // Month name at i (capitalized; abbreviations may take a period).
  int MonthAt(uint32_t i, uint32_t* end) const {
    if (!Flag(i, kLexMonth) || !F(i).capitalized) return 0;
    *end = i + 1;
    if (F(i).lex->abbreviation && Punct(i + 1, '.') && Glued(i + 1)) *end = i + 2;
    return Value(i);
  }

  // A day and month read, `next` the token after them: a year may follow
  // ("June 4, 2025"), else the year comes from the published date.
  uint32_t DayAndMonth(uint32_t i, int month, int day, uint32_t next, TemporalExpression* e) {
    uint32_t y_at = next;
    if (Punct(y_at, ',')) ++y_at;
    const int year = YearAt(y_at, false);
    if (year > 0) {
      if (!IsValidDate(year, month, day)) return kNoMatch;
      SetCalendarDate(e, year, month, day);
      return y_at + 1;
    }
    ResolveMonthDay(e, month, day, DirectionAt(i));
    return next;
  }

  uint32_t MatchCalendarDate(uint32_t i, TemporalExpression* e) {
    *e = TemporalExpression();
    uint32_t j = i;
    // An optional leading weekday: "Tuesday, June 3", "Tue. June 3".
    uint32_t after_weekday = kNoMatch;
    if (Flag(j, kLexWeekday) && F(j).capitalized) {
      uint32_t k = j + 1;
      if (Punct(k, '.') && Glued(k)) ++k;
      if (Punct(k, ',')) ++k;
      uint32_t probe;
      if (MonthAt(k, &probe) || DayOfMonthAt(k, &probe)) after_weekday = k;
    }
    if (after_weekday != kNoMatch) j = after_weekday;

    // "2025-06-04"
    if (IsNumber(j) && F(j).digits == 4 && Punct(j + 1, '-') && Glued(j + 1) &&
        IsNumber(j + 2) && Glued(j + 2) && F(j + 2).digits == 2 && Punct(j + 3, '-') &&
        Glued(j + 3) && IsNumber(j + 4) && Glued(j + 4) && F(j + 4).digits == 2) {
      const int y = static_cast<int>(F(j).number), m = static_cast<int>(F(j + 2).number),
                d = static_cast<int>(F(j + 4).number);
      if (IsValidDate(y, m, d)) {
        SetCalendarDate(e, y, m, d);
        return j + 5;
      }
    }
    // "6/4/2025", "06/04/25" (month first, as US news writes it)
    if (IsNumber(j) && F(j).digits <= 2 && Punct(j + 1, '/') && Glued(j + 1) &&
        IsNumber(j + 2) && Glued(j + 2) && F(j + 2).digits <= 2 && Punct(j + 3, '/') &&
        Glued(j + 3) && IsNumber(j + 4) && Glued(j + 4) &&
        (F(j + 4).digits == 4 || F(j + 4).digits == 2)) {
      int y = static_cast<int>(F(j + 4).number);
      if (F(j + 4).digits == 2) y += y < 50 ? 2000 : 1900;
      const int m = static_cast<int>(F(j).number), d = static_cast<int>(F(j + 2).number);
      if (IsValidDate(y, m, d)) {
        SetCalendarDate(e, y, m, d);
        return j + 5;
      }
    }
    uint32_t k = 0;
    // "June 4", "June 4, 2025", "Jun. 4th 2025", "June 2025", "June of 2025", "June"
    if (const int month = MonthAt(j, &k)) {
      uint32_t after_day = 0;
      if (const int day = DayOfMonthAt(k, &after_day)) {
        return DayAndMonth(i, month, day, after_day, e);
      }
      uint32_t y_at = k;
      if (Is(y_at, LexWord::kOf) || Punct(y_at, ',')) ++y_at;
      const int year = YearAt(y_at, false);
      if (year > 0) {
        SetCalendarDate(e, year, month, 0);
        return y_at + 1;
      }
      uint32_t spoken_end = kNoMatch;
      if (const int spoken = SpokenYearAt(y_at, &spoken_end)) {  // "January nineteen ninety-seven"
        SetCalendarDate(e, spoken, month, 0);
        return spoken_end;
      }
      if (after_weekday != kNoMatch) return kNoMatch;
      // "January this year", "June last year"
      if (Flag(k, kLexRelative) && Is(k + 1, LexWord::kYear) && published_.known &&
          (Is(k, LexWord::kThis) || Is(k, LexWord::kLast) || Is(k, LexWord::kNext))) {
        const int year = CivilFromDays(published_.day).year + Value(k);
        e->type = TimexType::kDate;
        e->anchor = Anchor::kPublished;
        e->is_calendar_date = true;
        e->month = month;
        e->date = PartialDate{CivilDate{year, month, 1}, Precision::kMonth};
        e->value = FormatIsoDate(e->date);
        return k + 2;
      }
      // "Jan Kavan", "June Carter": a name.
      if (Has(k) && F(k).kind == TokenKind::kWord && F(k).capitalized && F(k).lex == nullptr) {
        return kNoMatch;
      }
      // A month alone: "in June", "last April". "May" and "March" are words
      // too, so they need a preposition or modifier before them.
      const bool ambiguous = Value(j) == 5 || Value(j) == 3;
      const bool cued = j > first_ && (Is(j - 1, LexWord::kIn) || Is(j - 1, LexWord::kSince) ||
                                       Is(j - 1, LexWord::kBy) || Is(j - 1, LexWord::kUntil) ||
                                       Is(j - 1, LexWord::kThrough) || Is(j - 1, LexWord::kDuring) ||
                                       Is(j - 1, LexWord::kFrom) || Is(j - 1, LexWord::kTo) ||
                                       Is(j - 1, LexWord::kBefore) || Is(j - 1, LexWord::kAfter) ||
                                       Is(j - 1, LexWord::kEarly) || Is(j - 1, LexWord::kLate) ||
                                       Is(j - 1, LexWord::kMid) || Punct(j - 1, '-') ||
                                       Is(j - 1, LexWord::kOf) || Is(j - 1, LexWord::kBetween) ||
                                       Is(j - 1, LexWord::kAnd) || Is(j - 1, LexWord::kLast) ||
                                       Is(j - 1, LexWord::kNext) || Is(j - 1, LexWord::kThis));
      if (F(j).lex->abbreviation && !cued) return kNoMatch;
      if (ambiguous && !cued) return kNoMatch;
      if (j == first_ && !cued && Has(j + 1) && F(j + 1).kind == TokenKind::kWord &&
          !F(j + 1).capitalized && ambiguous) {
        return kNoMatch;
      }
      ResolveMonthDay(e, month, 0, DirectionAt(i));
      return k;
    }
    // "4 June", "4 June 2025", "4th of June", "the 4th of June"
    uint32_t d_at = j;
    if (Is(d_at, LexWord::kThe) && after_weekday == kNoMatch) ++d_at;
    const int day_of_month = DayOfMonthAt(d_at, &k);
    uint32_t m_at = k;
    if (day_of_month && Is(m_at, LexWord::kOf)) ++m_at;
    // "the 4 June" is not a form: "the" needs "of" ("the 4th of June").
    if (day_of_month && (d_at == j || m_at != k)) {
      const int day = day_of_month;
      uint32_t after_month = 0;
      if (const int month = MonthAt(m_at, &after_month)) {
        return DayAndMonth(i, month, day, after_month, e);
      }
    }
    if (after_weekday != kNoMatch) return kNoMatch;
    return MatchYearLike(i, e);  // "the 20th century" starts like a day
  }

  // "1953", "the 1950s", "the '90s", "fiscal 1998", "the 20th century",
  // "2004-05" and "1950-1953" (the first year; the second is its own match).
  uint32_t MatchYearLike(uint32_t i, TemporalExpression* e) {
    uint32_t j = i;
    const bool the = Is(j, LexWord::kThe);
    if (the) ++j;
    // "'90s"
    if (Punct(j, '\'') && IsNumber(j + 1) && Glued(j + 1) && F(j + 1).digits == 2 &&
        Is(j + 2, LexWord::kS) && Glued(j + 2) && F(j + 1).number % 10 == 0) {
      const int64_t yy = F(j + 1).number;
      const int century = yy >= 30 ? 19 : 20;
      e->type = TimexType::kDate;
      e->anchor = Anchor::kAbsolute;
      e->value = Pad(century * 10 + static_cast<int>(yy / 10), 3);
      return j + 3;
    }
    // "20th century", "the twentieth century"
    {
      int64_t ordinal = -1;
      uint32_t k = j;
      if (IsNumber(k) && F(k).digits <= 2 && Glued(k + 1) &&
          (Is(k + 1, LexWord::kTh) || Is(k + 1, LexWord::kSt) || Is(k + 1, LexWord::kNd) ||
           Is(k + 1, LexWord::kRd))) {
        ordinal = F(k).number;
        k += 2;
      } else if (Flag(k, kLexOrdinal)) {
        ordinal = F(k).lex->number;
        ++k;
        // "twenty-first"
        if (ordinal == 20 && Punct(k, '-') && Flag(k + 1, kLexOrdinal)) {
          ordinal += F(k + 1).lex->number;
          k += 2;
        }
      }
      if (ordinal >= 1 && ordinal <= 22 && Is(k, LexWord::kCentury)) {
        e->type = TimexType::kDate;
        e->anchor = Anchor::kAbsolute;
        e->value = Pad(static_cast<int>(ordinal - 1), 2);
        return k + 1;
      }
    }
    uint32_t y_at = j;
    if (!the && Is(y_at, LexWord::kFiscal)) ++y_at;
    // Years said in words, as transcripts write them: "nineteen ninety-six",
    // "the year two thousand".
    if (Is(y_at, LexWord::kYear) && the) ++y_at;
    uint32_t spoken_end = kNoMatch;
    const int spoken = SpokenYearAt(y_at, &spoken_end);
    if (spoken > 0) {
      SetCalendarDate(e, spoken, 0, 0);
      return spoken_end;
    }
    const bool the_year = the && y_at > j;  // "the year 2000"
    const int year = YearAt(y_at, !the && y_at == i);
    if (year < 0) return kNoMatch;
    // "1990s", "1990's"
    uint32_t k = y_at + 1;
    if (Punct(k, '\'') && Glued(k)) ++k;
    if (Is(k, LexWord::kS) && Glued(k) && year % 10 == 0) {
      e->type = TimexType::kDate;
      e->anchor = Anchor::kAbsolute;
      e->value = Pad(year / 10, 3);
      return k + 1;
    }
    // "the 1988 period", "the 1989 fiscal year": the year itself.
    if (the && (WordIs(y_at + 1, "period") ||
                (Is(y_at + 1, LexWord::kFiscal) && Is(y_at + 2, LexWord::kYear)))) {
      SetCalendarDate(e, year, 0, 0);
      return WordIs(y_at + 1, "period") ? y_at + 2 : y_at + 3;
    }
    if (the_year) {
      SetCalendarDate(e, year, 0, 0);
      return y_at + 1;
    }
    if (the) return kNoMatch;  // "the 2000" is rarely a year
    // A year needs a calendar-like neighbourhood when it is less common.
    if (year < 1900) {
      const bool cued = i > first_ && (Is(i - 1, LexWord::kIn) || Is(i - 1, LexWord::kSince) ||
                                       Is(i - 1, LexWord::kBy) || Is(i - 1, LexWord::kUntil) ||
                                       Is(i - 1, LexWord::kFrom) || Is(i - 1, LexWord::kOf) ||
                                       Is(i - 1, LexWord::kBefore) || Is(i - 1, LexWord::kAfter) ||
                                       Is(i - 1, LexWord::kEarly) || Is(i - 1, LexWord::kLate) ||
                                       Punct(i - 1, '-'));
      if (!cued) return kNoMatch;
    }
    SetCalendarDate(e, year, 0, 0);
    return y_at + 1;  // in "2004-05", the second year is a match of its own
  }

  // "nineteen ninety-six" (1996), "twenty ten" (2010), "two thousand" (2000),
  // "two thousand and five" (2005). Returns the year or 0.
  int SpokenYearAt(uint32_t i, uint32_t* end) const {
    if (!Flag(i, kLexNumber)) return 0;
    const int first = F(i).lex->number;
    if (first == 2 && Flag(i + 1, kLexNumber) && F(i + 1).lex->number == 1000) {
      uint32_t k = i + 2;
      if (Is(k, LexWord::kAnd)) ++k;
      int64_t rest = 0;
      const uint32_t r = Flag(k, kLexNumber) ? Cardinal(k, &rest, false) : kNoMatch;
      if (r != kNoMatch && rest > 0 && rest < 100) {
        *end = r;
        return 2000 + static_cast<int>(rest);
      }
      *end = i + 2;
      return 2000;
    }
    if (first != 19 && first != 20) return 0;
    int64_t rest = 0;
    const uint32_t r = Flag(i + 1, kLexNumber) ? Cardinal(i + 1, &rest, false) : kNoMatch;
    if (r == kNoMatch || rest < 10 || rest > 99) return 0;
    *end = r;
    return first * 100 + static_cast<int>(rest);
  }

  // The second end of a range right after `previous` and a dash: "05" in
  // "2004-05", "2005" in "2004–2005", "5" in "June 3-5".
  bool RangeTail(const TemporalExpression& previous, uint32_t i, TemporalExpression* e) const {
    if (!IsNumber(i) || !Punct(i - 1, '-') || !previous.is_calendar_date) return false;
    if (previous.day != 0 && previous.month != 0 && F(i).digits <= 2) {
      const int day = static_cast<int>(F(i).number);
      if (day <= previous.day || day > DaysInMonth(previous.year_written
                                                       ? previous.date.date.year
                                                       : 2000,
                                                   previous.month)) {
        return false;
      }
      *e = previous;
      e->day = day;
      if (previous.anchor == Anchor::kUnresolved) {
        e->value = "XXXX-" + Pad(previous.month, 2) + "-" + Pad(day, 2);
      } else {
        e->date.date.day = day;
        e->value = FormatIsoDate(e->date);
      }
      return true;
    }
    if (previous.month != 0 || previous.date.precision != Precision::kYear ||
        !previous.year_written) {
      return false;
    }
    const int64_t first = previous.date.date.year;
    int64_t second = F(i).number;
    if (F(i).digits == 2) {
      second = first / 100 * 100 + second;
      if (second <= first) second += 100;
    } else if (F(i).digits != 4) {
      return false;
    }
    if (second <= first || second - first > 50) return false;
    *e = TemporalExpression();
    SetCalendarDate(e, static_cast<int>(second), 0, 0);
    return true;
  }

  // The comparison after "the same month", "the same period": "a year
  // ago", "a year earlier", "last year", "the previous year", "the year
  // before", "of last year", "of the previous year". Returns its end (the
  // period is a year back) or `at` when none follows.
  uint32_t YearBackTail(uint32_t at) const {
    uint32_t k = at;
    if (Is(k, LexWord::kOf)) ++k;
    if ((Is(k, LexWord::kA) || WordIs(k, "one")) && Is(k + 1, LexWord::kYear) &&
        (Is(k + 2, LexWord::kAgo) || Is(k + 2, LexWord::kEarlier) || WordIs(k + 2, "before"))) {
      return k == at ? k + 3 : at;  // not "of a year ago"
    }
    if (Is(k, LexWord::kLast) && Is(k + 1, LexWord::kYear)) return k + 2;
    if (Is(k, LexWord::kThe) && (Is(k + 1, LexWord::kPrevious) || Is(k + 1, LexWord::kLast) ||
                                 WordIs(k + 1, "prior")) &&
        Is(k + 2, LexWord::kYear)) {
      return k + 3;
    }
    if (k == at && Is(k, LexWord::kThe) && Is(k + 1, LexWord::kYear) && WordIs(k + 2, "before")) {
      return k + 3;
    }
    return at;
  }

  // today, yesterday, tonight, Monday, last Friday, next week, this year,
  // earlier this month, the previous day, the same day, last summer...
  uint32_t MatchRelativeDate(uint32_t i, TemporalExpression* e) {
    const bool have = published_.known;
    const int32_t p = published_.day;
    uint32_t j = i;
    // "earlier this month", "later this year", "earlier in the week"
    int within = 0;  // -1 earlier, +1 later
    if ((Is(j, LexWord::kEarlier) || Is(j, LexWord::kLater)) &&
        (Is(j + 1, LexWord::kThis) || Is(j + 1, LexWord::kLast) || Is(j + 1, LexWord::kNext))) {
      within = Is(j, LexWord::kEarlier) ? -1 : 1;
      ++j;
    }
    // "today", "yesterday", "tomorrow", "tonight", "the day before yesterday"
    if (Flag(j, kLexDayWord)) {
      const bool tonight = WordIs(j, "tonight");
      if (!have) {
        SetUnresolved(e, "XXXX-XX-XX");
      } else {
        SetResolvedDay(e, p + Value(j), Anchor::kPublished);
      }
      uint32_t end = j + 1;
      if (tonight) {
        e->value += "TNI";
        e->is_calendar_date = false;
      } else if (Flag(end, kLexDayPart)) {  // "yesterday morning"
        e->value += std::string("T") + kDayPartCodes[Value(end)];
        e->is_calendar_date = false;
        ++end;
      }
      return end;
    }
    // "later in the day", "for the day": the day the text is about.
    if (Is(j, LexWord::kThe) && Is(j + 1, LexWord::kDay) && !Is(j + 2, LexWord::kBefore) &&
        !Is(j + 2, LexWord::kAfter) && i > first_ &&
        ((Is(i - 1, LexWord::kIn) && (Is(i - 2, LexWord::kLater) || Is(i - 2, LexWord::kEarlier))) ||
         Is(i - 1, LexWord::kFor) || Is(i - 1, LexWord::kDuring))) {
      if (!has_reference_) {
        SetUnresolved(e, "XXXX-XX-XX");
      } else {
        SetResolvedDay(e, reference_, reference_ == published_.day ? Anchor::kPublished
                                                                       : Anchor::kReference);
      }
      return j + 2;
    }
    if (Is(j, LexWord::kThe) && Is(j + 1, LexWord::kDay) &&
        (Is(j + 2, LexWord::kBefore) || Is(j + 2, LexWord::kAfter)) && Flag(j + 3, kLexDayWord)) {
      const int offset = Value(j + 3) + (Is(j + 2, LexWord::kBefore) ? -1 : 1);
      if (!have) {
        SetUnresolved(e, "XXXX-XX-XX");
      } else {
        SetResolvedDay(e, p + offset, Anchor::kPublished);
      }
      return j + 4;
    }
    // "the day before", "the day after" (with nothing after them): the day
    // around the one the text is about.
    if (Is(j, LexWord::kThe) && Is(j + 1, LexWord::kDay) &&
        (Is(j + 2, LexWord::kBefore) || Is(j + 2, LexWord::kAfter)) &&
        !(Has(j + 3) && (F(j + 3).kind != TokenKind::kPunct))) {
      const int offset = Is(j + 2, LexWord::kBefore) ? -1 : 1;
      if (!has_reference_) {
        SetUnresolved(e, "XXXX-XX-XX");
      } else {
        SetResolvedDay(e, reference_ + offset,
                       reference_ == published_.day ? Anchor::kPublished : Anchor::kReference);
      }
      return j + 3;
    }
    // "the end of the month": after a position word, "the month", "the
    // year" and "the week" are the current ones.
    if (Is(j, LexWord::kThe) && i > first_ && Is(i - 1, LexWord::kOf) &&
        Flag(j + 1, kLexUnit) && !F(j + 1).lex->plural &&
        (F(j + 1).lex->unit == TimeUnit::kMonth || F(j + 1).lex->unit == TimeUnit::kYear ||
         F(j + 1).lex->unit == TimeUnit::kWeek) &&
        (Is(i - 2, LexWord::kEnd) || Is(i - 2, LexWord::kBeginning) ||
         Is(i - 2, LexWord::kStart) || Is(i - 2, LexWord::kMiddle))) {
      if (!have) {
        SetUnresolved(e, "XXXX");
      } else {
        SetResolvedPeriod(e, p, F(j + 1).lex->unit, Anchor::kPublished);
      }
      return j + 2;
    }
    // "last night": the night before the published date.
    if (Is(j, LexWord::kLast) && Flag(j + 1, kLexDayPart) && Value(j + 1) == 3) {
      if (!have) {
        SetUnresolved(e, "XXXX-XX-XXTNI");
      } else {
        SetResolvedDay(e, p - 1, Anchor::kPublished);
        e->value += "TNI";
      }
      e->is_calendar_date = false;
      return j + 2;
    }
    // "this morning", "this evening"
    if (Is(j, LexWord::kThis) && Flag(j + 1, kLexDayPart)) {
      if (!have) {
        SetUnresolved(e, "XXXX-XX-XX");
      } else {
        SetResolvedDay(e, p, Anchor::kPublished);
      }
      e->is_calendar_date = false;
      e->value += std::string("T") + kDayPartCodes[Value(j + 1)];
      return j + 2;
    }
    // Relative word + unit, weekday, month or season.
    if (Flag(j, kLexRelative) && !Is(j, LexWord::kPrevious) && !Is(j, LexWord::kFollowing)) {
      const int rel = Value(j);
      const uint32_t k = j + 1;
      if (Is(j, LexWord::kPast) || Is(j, LexWord::kComing)) {
        // "past week" without "the" reads as a duration; leave it to that family.
        if (!Flag(k, kLexSeason)) return kNoMatch;
      }
      if (Flag(k, kLexUnit) && !F(k).lex->plural) {
        const TimeUnit unit = F(k).lex->unit;
        if (unit == TimeUnit::kSecond || unit == TimeUnit::kMinute || unit == TimeUnit::kHour ||
            InTitle(k)) {
          return kNoMatch;
        }
        if (unit == TimeUnit::kDay) return kNoMatch;  // "next day" is relative to a reference
        if (!have) {
          SetUnresolved(e, "XXXX");
        } else {
          SetResolvedPeriod(e, Shift(p, rel, unit), unit, Anchor::kPublished);
        }
        // "this year's third quarter", "next year's first half"
        if (unit == TimeUnit::kYear && Punct(k + 1, '\'') && Is(k + 2, LexWord::kS) &&
            Flag(k + 3, kLexOrdinal) && have) {
          const int ordinal = F(k + 3).lex->number;
          const int year = CivilFromDays(Shift(p, rel, unit)).year;
          if (Flag(k + 4, kLexUnit) && F(k + 4).lex->unit == TimeUnit::kQuarter &&
              ordinal >= 1 && ordinal <= 4) {
            SetQuarter(e, year, ordinal, Anchor::kPublished);
            return k + 5;
          }
          if (Is(k + 4, LexWord::kHalf) && (ordinal == 1 || ordinal == 2)) {
            e->value = Pad(year, 4) + "-H" + std::to_string(ordinal);
            e->is_calendar_date = false;
            return k + 5;
          }
        }
        return k + 1;
      }
      if (Is(k, LexWord::kWeekend)) {
        if (!have) {
          SetUnresolved(e, "XXXX-WXX-WE");
        } else {
          e->type = TimexType::kDate;
          e->anchor = Anchor::kPublished;
          e->value = WeekValue(p + 7 * rel) + "-WE";
        }
        return k + 1;
      }
      if (Flag(k, kLexWeekday) && F(k).capitalized) {
        return ResolveWeekday(e, k, rel < 0 ? -1 : (rel > 0 ? 1 : 0), true);
      }
      if (Flag(k, kLexMonth) && F(k).capitalized) {
        const int month = Value(k);
        if (!have) {
          SetUnresolved(e, "XXXX-" + Pad(month, 2));
          e->is_calendar_date = true;
          e->month = month;
          return k + 1;
        }
        const CivilDate now = CivilFromDays(p);
        int year = now.year;
        if (rel < 0) {
          if (month >= now.month) --year;
        } else if (rel > 0) {
          if (month <= now.month) ++year;
        }
        e->month = month;
        SetResolvedPeriod(e, Days(year, month, 1), TimeUnit::kMonth, Anchor::kPublished);
        return k + 1;
      }
      if (Flag(k, kLexSeason)) {
        ResolveSeason(e, k, rel < 0 ? -1 : (rel > 0 ? 1 : 0), DirectionAt(i));
        return k + 1;
      }
      return kNoMatch;
    }
    // "the previous day", "the following week", "the next morning", "the same day", "that day"
    if (Is(j, LexWord::kThe) && (Is(j + 1, LexWord::kPrevious) || Is(j + 1, LexWord::kFollowing) ||
                                 Is(j + 1, LexWord::kNext) || Is(j + 1, LexWord::kSame))) {
      const int rel = Is(j + 1, LexWord::kPrevious) ? -1 : (Is(j + 1, LexWord::kSame) ? 0 : 1);
      const uint32_t k = j + 2;
      TimeUnit unit;
      if (Flag(k, kLexUnit) && !F(k).lex->plural) {
        unit = F(k).lex->unit;
      } else if (Flag(k, kLexDayPart)) {
        unit = TimeUnit::kDay;
      } else {
        return kNoMatch;
      }
      if (unit == TimeUnit::kSecond || unit == TimeUnit::kMinute || unit == TimeUnit::kHour) {
        return kNoMatch;
      }
      // "the same month a year ago": the month the text is about, a year
      // back. Larger than a day, "the same" means the period last named.
      if (rel == 0 && unit > TimeUnit::kDay && !Flag(k, kLexDayPart)) {
        const uint32_t end = YearBackTail(k + 1);
        if (!has_period_reference_) {
          SetUnresolved(e, "XXXX-XX-XX");
          return end;
        }
        const int32_t base = period_reference_unit_ <= unit ? period_reference_
                                                            : published_.day;
        SetResolvedPeriod(e, end > k + 1 ? AddMonths(base, -12) : base, unit,
                          base == published_.day ? Anchor::kPublished : Anchor::kReference);
        if (end > k + 1) e->has_period = false;  // a comparison, not a new subject
        return end;
      }
      if (!has_reference_) {
        SetUnresolved(e, "XXXX-XX-XX");
        return k + 1;
      }
      const Anchor anchor =
          reference_ == published_.day ? Anchor::kPublished : Anchor::kReference;
      SetResolvedPeriod(e, Shift(reference_, rel, unit), unit, anchor);
      if (Flag(k, kLexDayPart)) {
        e->is_calendar_date = false;
        e->value += std::string("T") + kDayPartCodes[Value(k)];
      }
      return k + 1;
    }
    // A weekday: "Monday", "on Friday", "Friday's", "Monday night"
    if (Flag(j, kLexWeekday) && F(j).capitalized && within == 0) {
      if (F(j).lex->abbreviation) return kNoMatch;
      // With no tense cue a weekday is the past one: news reports the days
      // just gone far more than the days ahead.
      return ResolveWeekday(e, j, DirectionAt(i) == Direction::kFuture ? 2 : -2, false);
    }
    // "earlier this month" ends up here with `within` set: handled above via
    // the relative branch, which returned already.
    (void)within;
    return kNoMatch;
  }

  // The season named at token k: after "last" (rel -1), "this" (0) or
  // "next" (+1), or alone (rel kBareSeason), then in the clause's direction.
  static constexpr int kBareSeason = 2;
  void ResolveSeason(TemporalExpression* e, uint32_t k, int rel, Direction dir) const {
    const int season = Value(k);
    if (!published_.known) {
      SetUnresolved(e, std::string("XXXX-") + kSeasonCodes[season]);
      return;
    }
    const CivilDate now = CivilFromDays(published_.day);
    // Northern seasons by month: winter Dec-Feb, spring Mar-May, summer Jun-Aug, fall Sep-Nov.
    const int current = now.month == 12 || now.month <= 2 ? 3 : (now.month - 3) / 3;
    int year = now.year;
    if (rel == -1 && season >= current) --year;  // "last summer": strictly before
    if (rel == 1 && season <= current) ++year;   // "next summer": strictly after
    if (rel == 0 && season == 3 && now.month <= 2) {
      --year;  // "this winter" in January: the winter that began last December
    }
    if (rel == kBareSeason) {
      if (dir == Direction::kPast && season > current) --year;
      if (dir == Direction::kFuture && season < current) ++year;
      // With no tense, the season nearest to now: within about half a year.
      if (dir == Direction::kNearest && season - current >= 2) --year;
      if (dir == Direction::kNearest && current - season >= 3) ++year;
    }
    e->type = TimexType::kDate;
    e->anchor = Anchor::kPublished;
    e->value = Pad(year, 4) + "-" + kSeasonCodes[season];
  }

  // rel: -1 last, +1 next, 0 this, -2/+2 bare weekday in the past/future.
  uint32_t ResolveWeekday(TemporalExpression* e, uint32_t k, int rel, bool explicit_relative) {
    const int weekday = Value(k);
    uint32_t end = k + 1;
    int day_part = -1;
    if (Flag(end, kLexDayPart)) {
      day_part = Value(end);
      ++end;
    }
    if (!published_.known) {
      SetUnresolved(e, "XXXX-WXX-" + std::to_string(weekday));
    } else {
      const int32_t p = published_.day;
      const int today = IsoWeekday(p);
      int32_t day;
      if (rel == -2) {  // the latest such day on or before publication
        day = p - ((today - weekday + 7) % 7);
      } else if (rel == 2) {  // the next such day on or after publication
        day = p + ((weekday - today + 7) % 7);
      } else if (rel == -1) {  // "last Friday": strictly before
        const int back = (today - weekday + 7) % 7;
        day = p - (back == 0 ? 7 : back);
      } else if (rel == 1) {  // "next Tuesday": strictly after
        const int ahead = (weekday - today + 7) % 7;
        day = p + (ahead == 0 ? 7 : ahead);
      } else {  // "this Friday": the one in the published week
        day = p - (today - 1) + (weekday - 1);
      }
      SetResolvedDay(e, day, Anchor::kPublished);
    }
    (void)explicit_relative;
    if (day_part >= 0) {
      e->is_calendar_date = false;
      e->value += std::string("T") + kDayPartCodes[day_part];
    }
    return end;
  }



  // Seasons, quarters and halves: "summer", "the summer of 2024", "summer
  // 2024", "the first quarter", "first-quarter", "the fourth quarter of 1997",
  // "Q1 2025", "the first half of 2024", "Christmas", "New Year's Day".
  uint32_t MatchPeriodName(uint32_t i, TemporalExpression* e) {
    uint32_t j = i;
    const bool the = Is(j, LexWord::kThe);
    if (the) ++j;
    // Seasons.
    if (Flag(j, kLexSeason)) {
      const int season = Value(j);
      uint32_t k = j + 1;
      if (Is(k, LexWord::kOf)) ++k;
      const int year = YearAt(k, false);
      if (year > 0) {
        e->type = TimexType::kDate;
        e->anchor = Anchor::kAbsolute;
        e->value = Pad(year, 4) + "-" + kSeasonCodes[season];
        return k + 1;
      }
      // "fall" is a verb and a noun; alone it needs "the" or "this/last".
      if (season == 2 && TextOf(j)[0] != 'a' && TextOf(j)[0] != 'A' && !the) return kNoMatch;
      if (Is(j + 1, LexWord::kOf)) return kNoMatch;  // "the fall of Saigon"
      ResolveSeason(e, j, kBareSeason, DirectionAt(i));
      return j + 1;
    }
    // Quarters and halves: ordinal + quarter|half, "the fiscal first quarter",
    // "the third quarter of 1997", "the first half of this year".
    int ordinal = 0;
    uint32_t k = j;
    if (Is(k, LexWord::kFiscal)) ++k;
    if (Flag(k, kLexOrdinal)) {
      ordinal = F(k).lex->number;
      ++k;
    } else if ((Is(k, LexWord::kFinal) || Is(k, LexWord::kLast)) && Is(k + 2, LexWord::kOf) &&
               YearAt(k + 3, false) > 0) {
      // "the final quarter of 2009": the last of the year's quarters or halves.
      ordinal = Is(k + 1, LexWord::kHalf) ? 2 : 4;
      ++k;
    } else if (IsNumber(k) && F(k).digits == 1 && Glued(k + 1) &&
               (Is(k + 1, LexWord::kSt) || Is(k + 1, LexWord::kNd) || Is(k + 1, LexWord::kRd) ||
                Is(k + 1, LexWord::kTh))) {
      ordinal = static_cast<int>(F(k).number);
      k += 2;
    }
    if (ordinal != 0) {
      const bool hyphen = Punct(k, '-') && Glued(k);
      if (hyphen) ++k;
      const bool quarter = Flag(k, kLexUnit) && F(k).lex->unit == TimeUnit::kQuarter &&
                           !F(k).lex->plural;
      const bool half = Is(k, LexWord::kHalf);
      // "the third-quarter loss": "the" belongs to the noun, not the date.
      if (the && hyphen) return kNoMatch;
      if ((quarter && ordinal >= 1 && ordinal <= 4) || (half && (ordinal == 1 || ordinal == 2))) {
        uint32_t end = k + 1;
        uint32_t y_at = end;
        if (Is(y_at, LexWord::kOf) || Punct(y_at, ',')) ++y_at;
        int year = YearAt(y_at, false);
        Anchor anchor = Anchor::kAbsolute;
        if (year > 0) {
          end = y_at + 1;
        } else if (Is(y_at - 1, LexWord::kOf) && Flag(y_at, kLexRelative) &&
                   Is(y_at + 1, LexWord::kYear) && published_.known) {
          // "of this year", "of last year"
          year = CivilFromDays(published_.day).year + Value(y_at);
          anchor = Anchor::kPublished;
          end = y_at + 2;
        } else if (published_.known) {
          // No year: the nearest such period in the clause's direction.
          anchor = Anchor::kPublished;
          const CivilDate now = CivilFromDays(published_.day);
          const int parts = quarter ? 4 : 2;
          const int current = quarter ? (now.month - 1) / 3 + 1 : (now.month - 1) / 6 + 1;
          const Direction dir = DirectionAt(i);
          year = now.year;
          if (dir == Direction::kPast && ordinal > current) --year;
          if (dir == Direction::kFuture && ordinal < current) ++year;
          if (dir == Direction::kNearest && ordinal - current > parts / 2) --year;
        }
        if (year <= 0) {
          SetUnresolved(e, std::string("XXXX") + (quarter ? "-Q" : "-H") + std::to_string(ordinal));
        } else if (quarter) {
          SetQuarter(e, year, ordinal, anchor);
        } else {
          e->type = TimexType::kDate;
          e->anchor = anchor;
          e->value = Pad(year, 4) + "-H" + std::to_string(ordinal);
        }
        return end;
      }
    }
    // The periods of business news: "the quarter", "the latest quarter", "the
    // current quarter", "the year-ago quarter", "the year-earlier period",
    // "year-earlier" (profit). They refer to the quarter under discussion: the
    // last one named, else the latest completed one.
    {
      uint32_t m = j;
      int shift_years = 0;
      bool current = false;
      bool same = false;
      if (WordIs(m, "latest") || WordIs(m, "recent") || WordIs(m, "same")) {
        same = WordIs(m, "same");
        ++m;
      } else if (WordIs(m, "most") && WordIs(m + 1, "recent")) {
        m += 2;
      } else if (Is(m, LexWord::kCurrent)) {
        current = true;
        ++m;
      } else if (Is(m, LexWord::kYear) && Punct(m + 1, '-') && Glued(m + 1) &&
                 (WordIs(m + 2, "ago") || WordIs(m + 2, "earlier"))) {
        shift_years = -1;
        m += 3;
      }
      const bool noun = (Flag(m, kLexUnit) && F(m).lex->unit == TimeUnit::kQuarter &&
                         !F(m).lex->plural) ||
                        (WordIs(m, "period") && (the || shift_years != 0));
      const bool adjective_only = shift_years != 0 && !noun && !the;  // "year-earlier profit"
      const bool compound = Punct(m + 1, '-') && Glued(m + 1);  // "quarter-to-quarter"
      if (((the && noun) || adjective_only) && !compound) {
        if (!published_.known) {
          SetUnresolved(e, "XXXX-QX");
          return adjective_only ? m : m + 1;
        }
        int32_t start;
        TimeUnit unit = TimeUnit::kQuarter;
        uint32_t end = adjective_only ? m : m + 1;
        if (the && same) {
          // "the same period last year": the period last named, a year back.
          const uint32_t tail = YearBackTail(end);
          if (tail > end) shift_years = -1;
          end = tail;
        }
        if (the && same && WordIs(m, "period") && has_period_reference_) {
          start = period_reference_;
          unit = period_reference_unit_;
        } else if (current) {
          start = PeriodStart(published_.day, TimeUnit::kQuarter);
        } else if (has_period_reference_ && period_reference_unit_ == TimeUnit::kQuarter) {
          start = period_reference_;
        } else if (shift_years != 0 && has_period_reference_ &&
                   period_reference_unit_ == TimeUnit::kYear) {
          start = period_reference_;
          unit = TimeUnit::kYear;
        } else {
          start = AddMonths(PeriodStart(published_.day, TimeUnit::kQuarter), -3);
        }
        start = AddMonths(start, 12 * shift_years);
        SetResolvedPeriod(e, start, unit, Anchor::kPublished);
        if (shift_years != 0) e->has_period = false;  // a comparison, not a new subject
        return end;
      }
    }
    // "Q1", "Q3 2025"
    if (TextOf(j) == "Q" && IsNumber(j + 1) && Glued(j + 1) && F(j + 1).number >= 1 &&
        F(j + 1).number <= 4 && F(j + 1).digits == 1) {
      uint32_t end = j + 2;
      int year = YearAt(end, false);
      if (year > 0) {
        ++end;
      } else {
        year = published_.known ? CivilFromDays(published_.day).year : -1;
      }
      e->type = TimexType::kDate;
      e->anchor = year > 0 ? Anchor::kPublished : Anchor::kUnresolved;
      e->value = (year > 0 ? Pad(year, 4) : "XXXX") + "-Q" + std::to_string(F(j + 1).number);
      return end;
    }
    // "the year ending June 30": a fiscal year, a span of one year.
    if (the && Is(j, LexWord::kYear) && (WordIs(j + 1, "ending") || WordIs(j + 1, "ended"))) {
      e->type = TimexType::kDuration;
      e->anchor = Anchor::kAbsolute;
      e->amount = 1;
      e->unit = TimeUnit::kYear;
      e->value = "P1Y";
      return j + 1;
    }
    // "the fiscal year", "the full year": the year under discussion.
    if (the && (Is(j, LexWord::kFiscal) || WordIs(j, "full")) && Is(j + 1, LexWord::kYear) &&
        !WordIs(j + 2, "ending") && !WordIs(j + 2, "ended")) {
      if (!published_.known) {
        SetUnresolved(e, "XXXX");
      } else {
        const bool year_named = has_period_reference_ && period_reference_unit_ == TimeUnit::kYear;
        SetResolvedPeriod(e, year_named ? period_reference_ : published_.day, TimeUnit::kYear,
                          Anchor::kPublished);
      }
      return j + 2;
    }
    // "over the weekend": the nearest weekend in the clause's direction.
    if (the && Is(j, LexWord::kWeekend) && !F(j).lex->plural) {
      if (!published_.known) {
        SetUnresolved(e, "XXXX-WXX-WE");
        return j + 1;
      }
      const int32_t p = published_.day;
      const int today = IsoWeekday(p);
      const int32_t saturday = DirectionAt(i) == Direction::kFuture
                                   ? p + ((6 - today + 7) % 7)
                                   : p - ((today - 6 + 7) % 7);
      e->type = TimexType::kDate;
      e->anchor = Anchor::kPublished;
      e->value = WeekValue(saturday) + "-WE";
      return j + 1;
    }
    // Thanksgiving (the fourth Thursday of November).
    if (Is(j, LexWord::kThanksgiving) && F(j).capitalized) {
      uint32_t end = j + 1;
      if (Is(end, LexWord::kDay) && F(end).capitalized) ++end;
      auto thanksgiving = [](int year) {
        const int32_t first = Days(year, 11, 1);
        return first + (4 - IsoWeekday(first) + 7) % 7 + 21;
      };
      const int year_written = YearAt(end, false);
      if (year_written > 0) {
        SetResolvedDay(e, thanksgiving(year_written), Anchor::kAbsolute);
        return end + 1;
      }
      if (!published_.known) {
        SetUnresolved(e, "XXXX-11-XX");
        return end;
      }
      const int32_t p = published_.day;
      const int year = CivilFromDays(p).year;
      const Direction dir = DirectionAt(i);
      int32_t day = thanksgiving(year);
      if (dir != Direction::kFuture && day > p) day = thanksgiving(year - 1);
      if (dir == Direction::kFuture && day < p) day = thanksgiving(year + 1);
      SetResolvedDay(e, day, Anchor::kPublished);
      return end;
    }
    // Holidays with fixed dates.
    int month = 0, day = 0;
    uint32_t end = j;
    if (Is(j, LexWord::kChristmas)) {
      month = 12;
      day = 25;
      end = j + 1;
      if (Is(end, LexWord::kEve)) {
        day = 24;
        ++end;
      } else if (Is(end, LexWord::kDay)) {
        ++end;
      }
    } else if (Is(j, LexWord::kNew) && F(j).capitalized && Is(j + 1, LexWord::kYear) &&
               Punct(j + 2, '\'') && Is(j + 3, LexWord::kS) &&
               (Is(j + 4, LexWord::kDay) || Is(j + 4, LexWord::kEve)) && F(j + 4).capitalized) {
      month = Is(j + 4, LexWord::kDay) ? 1 : 12;
      day = Is(j + 4, LexWord::kDay) ? 1 : 31;
      end = j + 5;
    }
    if (month != 0 && F(j).capitalized) {
      uint32_t y_at = end;
      if (Punct(y_at, ',')) ++y_at;
      const int year = YearAt(y_at, false);
      if (year > 0) {
        SetCalendarDate(e, year, month, day);
        return y_at + 1;
      }
      ResolveMonthDay(e, month, day, DirectionAt(i));
      return end;
    }
    return kNoMatch;
  }



  // now, currently, recently, the past, the future, soon...
  uint32_t MatchReference(uint32_t i, TemporalExpression* e) {
    uint32_t j = i;
    const bool the = Is(j, LexWord::kThe);
    if (the) ++j;
    int ref = 2;  // none
    if (!the && Flag(j, kLexReference)) {
      if (WordIs(j, "soon") && (WordIs(j + 1, "as") || Is(j + 1, LexWord::kAfter) ||
                                Is(j + 1, LexWord::kBefore))) {
        return kNoMatch;  // "as soon as", "soon after": relations, not times
      }
      if (Punct(j + 1, '-') && Glued(j + 1)) return kNoMatch;  // "now-cancelled"
      ref = Value(j);
    } else if (the && (Is(j, LexWord::kPast) || Is(j, LexWord::kFuture) ||
                       Is(j, LexWord::kPresent))) {
      // "the past" alone, not "the past three years" (a duration).
      int64_t n;
      if (Flag(j + 1, kLexUnit) || Cardinal(j + 1, &n, false) != kNoMatch ||
          Is(j + 1, LexWord::kFew) || Is(j + 1, LexWord::kSeveral)) {
        return kNoMatch;
      }
      ref = Is(j, LexWord::kPast) ? -1 : (Is(j, LexWord::kFuture) ? 1 : 0);
    } else {
      return kNoMatch;
    }
    if (ref == 2) return kNoMatch;
    e->type = TimexType::kDate;
    e->anchor = Anchor::kPublished;
    e->value = ref < 0 ? "PAST_REF" : (ref > 0 ? "FUTURE_REF" : "PRESENT_REF");
    return j + 1;
  }

  // ---- times ----

  // "3 p.m.", "10:30 a.m. EST", "15:45", "noon", "midnight", with a day
  // before or after: "9 a.m. Tuesday", "Tuesday at 9 a.m.".
  uint32_t MatchTime(uint32_t i, TemporalExpression* e) {
    if (!Opens(i, kOpensClock | kOpensDate)) return kNoMatch;
    // A day first, then the time: "Tuesday at 9 a.m.", "June 4 at noon".
    TemporalExpression day;
    uint32_t day_end = kNoMatch;
    if (!IsNumber(i) || F(i).digits == 4) {
      day_end = MatchDate(i, &day);
      if (day_end != kNoMatch && day.type != TimexType::kDate) day_end = kNoMatch;
      if (day_end != kNoMatch && !(day.is_calendar_date && (day.day != 0 ||
                                                          day.date.precision == Precision::kDay))) {
        day_end = kNoMatch;
      }
    }
    if (day_end != kNoMatch) {
      uint32_t t_at = day_end;
      if (Is(t_at, LexWord::kAt) || Punct(t_at, ',')) ++t_at;
      int hour, minute;
      const uint32_t t_end = ClockAt(t_at, &hour, &minute);
      if (t_end == kNoMatch) return kNoMatch;
      *e = day;
      e->type = TimexType::kTime;
      e->is_calendar_date = false;
      e->value += "T" + Pad(hour, 2) + ":" + Pad(minute, 2);
      return t_end;
    }
    int hour, minute;
    const uint32_t t_end = ClockAt(i, &hour, &minute);
    if (t_end == kNoMatch) return kNoMatch;
    *e = TemporalExpression();
    uint32_t end = t_end;
    uint32_t d_at = end;
    if (Is(d_at, LexWord::kOn) || Punct(d_at, ',')) ++d_at;
    TemporalExpression after;
    const uint32_t after_end = MatchDate(d_at, &after);
    if (after_end != kNoMatch && after.type == TimexType::kDate &&
        after.value.size() >= 10 && after.value[4] == '-' && after.value[7] == '-') {
      *e = after;
      end = after_end;
    } else if (has_reference_) {
      // A time alone is on the day the text is about.
      SetResolvedDay(e, reference_, reference_ == published_.day ? Anchor::kPublished
                                                                     : Anchor::kReference);
    } else {
      SetUnresolved(e, "XXXX-XX-XX");
    }
    e->type = TimexType::kTime;
    e->is_calendar_date = false;
    e->value += "T" + Pad(hour, 2) + ":" + Pad(minute, 2);
    if (utc_) e->value += "Z";
    return end;
  }

  // A clock time at i; returns its end (after any time zone) or kNoMatch.
  uint32_t ClockAt(uint32_t i, int* hour, int* minute) const {
    if ((Is(i, LexWord::kNoon) || Is(i, LexWord::kMidnight)) && InTitle(i)) return kNoMatch;
    if (Is(i, LexWord::kNoon)) {
      *hour = 12;
      *minute = 0;
      return i + 1;
    }
    if (Is(i, LexWord::kMidnight)) {
      *hour = 24;
      *minute = 0;
      return i + 1;
    }
    if (!IsNumber(i) || F(i).digits > 2) return kNoMatch;
    int h = static_cast<int>(F(i).number);
    int m = 0;
    uint32_t j = i + 1;
    bool colon = false;
    if (Punct(j, ':') && Glued(j) && IsNumber(j + 1) && Glued(j + 1) && F(j + 1).digits == 2) {
      m = static_cast<int>(F(j + 1).number);
      j += 2;
      colon = true;
    }
    if (m > 59) return kNoMatch;
    // a.m. / p.m. / am / pm / a.m / A.M.
    int meridian = 0;  // 1 am, 2 pm
    const std::string_view w = Has(j) ? TextOf(j) : std::string_view();
    if (Has(j) && (w == "a" || w == "A" || w == "p" || w == "P") && Punct(j + 1, '.') &&
        Glued(j + 1) && Has(j + 2) && (TextOf(j + 2) == "m" || TextOf(j + 2) == "M") &&
        Glued(j + 2)) {
      meridian = (w == "a" || w == "A") ? 1 : 2;
      j += 3;
      if (Punct(j, '.') && Glued(j)) ++j;
    } else if (Is(j, LexWord::kAm) || Is(j, LexWord::kPm)) {
      meridian = Is(j, LexWord::kAm) ? 1 : 2;
      ++j;
    } else if (Is(j, LexWord::kOclock)) {
      ++j;
    } else if (Punct(j, '\'') && Has(j + 1) && TextOf(j + 1) == "clock") {
      // "o'clock" arrives as "o" "'" "clock"; rare in news, not matched.
      return kNoMatch;
    } else if (!colon) {
      return kNoMatch;
    }
    if (meridian != 0) {
      if (h < 1 || h > 12) return kNoMatch;
      if (meridian == 1 && h == 12) h = 0;
      if (meridian == 2 && h != 12) h += 12;
    } else if (h > 24) {
      return kNoMatch;
    }
    if (colon && meridian == 0) {
      // "3:2" scores are not times; "15:30" is. Scores have no leading zero
      // minutes, but times mostly appear with "at" or a zone; accept hh:mm
      // only with a preposition or a time zone around it.
      const bool at = i > first_ && (Is(i - 1, LexWord::kAt) || Is(i - 1, LexWord::kBy) ||
                                     Is(i - 1, LexWord::kUntil) || Is(i - 1, LexWord::kFrom));
      if (!at && !Flag(j, kLexTimeZone)) return kNoMatch;
    }
    utc_ = false;
    if (Flag(j, kLexTimeZone) && F(j).capitalized) {
      utc_ = WordIs(j, "utc") || WordIs(j, "gmt");
      ++j;
    }
    *hour = h;
    *minute = m;
    return j;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const PublishedDate published_;
  std::vector<TokenFacts> facts_;
  const LexiconShapes& shapes_ = GetLexiconShapes();
  uint32_t first_ = 0, end_ = 0;
  int32_t reference_ = 0;  // the last full date: "the next day" counts from it
  bool has_reference_ = false;
  // The last calendar period named (day to year): "a year earlier", "the
  // quarter" count from it.
  int32_t period_reference_ = 0;
  TimeUnit period_reference_unit_ = TimeUnit::kDay;
  bool has_period_reference_ = false;
  bool period_named_ = false;  // the text named it (else it is the published day)
  mutable bool utc_ = false;
  mutable uint32_t direction_memo_at_ = UINT32_MAX;
  mutable Direction direction_memo_ = Direction::kNearest;  // the last clock time read was in UTC or GMT
  uint32_t date_memo_at_ = UINT32_MAX;
  uint32_t date_memo_end_ = kNoMatch;
  TemporalExpression date_memo_;
};

}  // namespace

std::vector<TemporalExpression> TagTemporalExpressions(
    std::string_view text, const std::vector<Token>& tokens,
    const std::vector<SentenceSpan>& sentences, const PublishedDate& published) {
  std::vector<TemporalExpression> out;
  Tagger tagger(text, tokens, published);
  for (const SentenceSpan& sentence : sentences) tagger.TagSentence(sentence, &out);
  return out;
}

}  // namespace factmark
