// The words the temporal tagger knows, looked up once per token.
#ifndef FACTMARK_TIME_LEXICON_H_
#define FACTMARK_TIME_LEXICON_H_

#include <cstdint>
#include <string_view>

#include "time/temporal_expression.h"

namespace factmark {

// What a word can be; a word may be several things ("second", "may", "last").
enum LexFlag : uint32_t {
  kLexMonth = 1u << 0,      // value: month 1..12
  kLexWeekday = 1u << 1,    // value: ISO weekday 1 (Monday)..7
  kLexNumber = 1u << 2,     // number: cardinal value ("seven", "dozen")
  kLexOrdinal = 1u << 3,    // number: ordinal value ("fourth")
  kLexUnit = 1u << 4,       // unit; plural flag
  kLexSeason = 1u << 5,     // value: 0 SP, 1 SU, 2 FA, 3 WI
  kLexDayPart = 1u << 6,    // value: 0 MO, 1 AF, 2 EV, 3 NI
  kLexDayWord = 1u << 7,    // value: day offset (today 0, yesterday -1...)
  kLexRelative = 1u << 8,   // value: -1 last/past, 0 this, +1 next
  kLexReference = 1u << 9,  // value: 0 PRESENT_REF, -1 PAST_REF, +1 FUTURE_REF
  kLexSetAdverb = 1u << 10, // unit: "daily", "annually"
  kLexFuture = 1u << 11,    // marks a future or conditional clause
  kLexTimeZone = 1u << 12,  // "EST", "GMT"
  kLexFunction = 1u << 13,  // a function word the grammar names (see LexWord)
  kLexCountNoun = 1u << 14, // a noun that makes a preceding number a count
  kLexPast = 1u << 15,      // an irregular past-tense verb ("took", "was")
};

// Function words the grammar refers to by name.
enum class LexWord : uint8_t {
  kNone, kThe, kA, kAn, kOf, kAnd, kOr, kTo, kIn, kOn, kAt, kFor, kSince, kBy,
  kUntil, kFrom, kBetween, kThrough, kDuring, kWithin, kBefore, kAfter, kAgo,
  kEarlier, kLater, kMore, kThan, kOver, kNearly, kAlmost, kAbout, kAround,
  kRoughly, kApproximately, kSome, kLeast, kMost, kUp, kLess, kUnder, kFewer,
  kEarly, kMid, kLate, kMiddle, kEnd, kBeginning, kStart, kJust, kWell, kNo,
  kSeveral, kFew, kCouple, kMany, kHalf, kEvery, kEach, kPer, kTimes, kOnce,
  kTwice, kNoon, kMidnight, kAm, kPm, kOclock, kFiscal, kS, kTh, kSt, kNd, kRd,
  kHence, kNow, kSame, kThat, kDay, kWeekend, kPresent, kPast, kFuture,
  kChristmas, kEve, kNew, kYear, kThanksgiving, kIndependence, kQuarter,
  kCentury, kLong, kOld, kFirst, kSecond, kLast, kThis, kNext, kFollowing,
  kPrevious, kRecent, kCurrent, kComing, kLatest, kFull, kFinal,
};

// The grammar families an expression that starts at a word may belong to:
// the tagger tries only those, which keeps common words cheap.
enum OpenFlag : uint16_t {
  kOpensCalendar = 1 << 0,   // "June 4", "1953", "the 1950s"
  kOpensRelative = 1 << 1,   // "yesterday", "last week", "Monday"
  kOpensPeriod = 1 << 2,     // "the first quarter", "summer", "Christmas"
  kOpensReference = 1 << 3,  // "now", "the future"
  kOpensDuration = 1 << 4,   // "three years", "a month", "the past two weeks"
  kOpensSet = 1 << 5,        // "every year", "daily", "twice a week"
  kOpensClock = 1 << 6,      // "3 p.m.", "noon"
  kOpensModifier = 1 << 7,   // "more than", "early", "the end of"
  kOpensDate = kOpensCalendar | kOpensRelative | kOpensPeriod | kOpensReference,
};

struct LexEntry {
  uint32_t flags = 0;
  int32_t value = 0;         // month, weekday, season, day part, offset, ref
  int32_t number = 0;        // kLexNumber / kLexOrdinal
  TimeUnit unit = TimeUnit::kDay;  // kLexUnit / kLexSetAdverb
  bool plural = false;       // kLexUnit
  bool abbreviation = false; // "Jan", "Sept", "Mon"
  LexWord word = LexWord::kNone;
  uint16_t opens = 0;        // OpenFlag: what an expression starting here can be
};

// The shapes of the lexicon's words: bit (last letter) of
// kLexiconShapes[length][first letter] is set when some word has that shape.
using LexiconShapes = uint32_t[17][26];
const LexiconShapes& GetLexiconShapes();

// False when no lexicon word has this word's length, first and last letter
// (compared without case): a test of two bytes that most words fail.
inline bool MightBeInLexicon(const LexiconShapes& shapes, std::string_view word) {
  if (word.empty() || word.size() > 16) return false;
  const unsigned first = (static_cast<unsigned char>(word[0]) | 0x20u) - 'a';
  const unsigned last = (static_cast<unsigned char>(word.back()) | 0x20u) - 'a';
  return first < 26 && last < 26 && (shapes[word.size()][first] & (1u << last));
}

// A lowercase ASCII word of at most 8 letters packed into an integer, first
// letter in the low byte: the key the lexicon finds short words by.
inline uint64_t PackShortWord(std::string_view lowercase_word) {
  uint64_t packed = 0;
  for (size_t k = 0; k < lowercase_word.size() && k < 8; ++k) {
    packed |= uint64_t{static_cast<unsigned char>(lowercase_word[k])} << (8 * k);
  }
  return packed;
}

// The entry for a packed short word (see PackShortWord), or nullptr.
const LexEntry* LookUpShortWord(uint64_t packed);

// The entry for a lowercased ASCII word, or nullptr. Words longer than 16
// bytes or with bytes outside ASCII letters are never in the lexicon.
const LexEntry* LookUpWord(std::string_view lowercase_word);

}  // namespace factmark

#endif  // FACTMARK_TIME_LEXICON_H_
