// A temporal expression as the tagger finds it: TIMEX3's type, value and
// modifier, plus what the claim checker needs in structured form.
#ifndef FACTMARK_TIME_TEMPORAL_EXPRESSION_H_
#define FACTMARK_TIME_TEMPORAL_EXPRESSION_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "time/calendar.h"

namespace factmark {

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };

// TIMEX3 modifiers.
enum class TimexMod : uint8_t {
  kNone,
  kBefore,
  kAfter,
  kOnOrBefore,
  kOnOrAfter,
  kLessThan,
  kMoreThan,
  kEqualOrLess,
  kEqualOrMore,
  kStart,
  kMid,
  kEnd,
  kApprox,
};

// Where the value comes from.
enum class Anchor : uint8_t {
  kAbsolute,    // the text alone fixes it ("June 4, 2025", "three years")
  kPublished,   // resolved against the published date ("June 4", "yesterday")
  kReference,   // resolved against an earlier date in the text ("the next day")
  kUnresolved,  // needs a date the text does not give ("XXXX-06-04")
};

std::string_view TimexTypeName(TimexType type);  // "DATE", "TIME", ...
std::string_view TimexModName(TimexMod mod);     // "" for kNone, "MORE_THAN", ...
std::string_view AnchorName(Anchor anchor);      // "absolute", "published", ...

// Units of durations and of relative dates.
enum class TimeUnit : uint8_t {
  kSecond, kMinute, kHour, kDay, kWeek, kMonth, kQuarter, kYear, kDecade, kCentury,
};

// A TIMEX3 value, held inline: the longest the tagger writes is a date
// with a clock time and zone ("2025-07-28T15:30Z") or a duration of a
// 19-digit amount, well under the capacity. The tagger builds, copies and
// drops many candidate expressions per match; with the value inline they
// copy as plain bytes, with no allocation.
class TimexValue {
 public:
  static constexpr size_t kCapacity = 39;

  TimexValue() = default;
  TimexValue(std::string_view s) { Assign(s); }  // NOLINT: converts like a string
  TimexValue& operator=(std::string_view s) {
    Assign(s);
    return *this;
  }
  TimexValue& operator+=(std::string_view s) {
    const size_t n = s.size() < kCapacity - size_ ? s.size() : kCapacity - size_;
    std::memcpy(data_ + size_, s.data(), n);
    size_ = static_cast<uint8_t>(size_ + n);
    return *this;
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  char operator[](size_t i) const { return data_[i]; }
  std::string_view view() const { return std::string_view(data_, size_); }
  operator std::string_view() const { return view(); }  // NOLINT: reads like a string
  friend bool operator==(const TimexValue& a, std::string_view b) { return a.view() == b; }
  friend bool operator!=(const TimexValue& a, std::string_view b) { return a.view() != b; }

 private:
  void Assign(std::string_view s) {
    size_ = static_cast<uint8_t>(s.size() < kCapacity ? s.size() : kCapacity);
    std::memcpy(data_, s.data(), size_);
  }

  char data_[kCapacity];
  uint8_t size_ = 0;
};

struct TemporalExpression {
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // one past the last token
  TimexType type = TimexType::kDate;
  TimexMod mod = TimexMod::kNone;
  Anchor anchor = Anchor::kAbsolute;
  TimexValue value;  // the TIMEX3 value: "2025-06-04", "P70Y", "PRESENT_REF"

  // A DATE that is a calendar day, month or year (resolved or not).
  bool is_calendar_date = false;
  PartialDate date;           // when resolved (anchor is not kUnresolved)
  bool year_written = false;  // the text itself gives the year
  int month = 0;              // 1..12 when the text gives it
  int day = 0;                // 1..31 when the text gives it

  // A resolved calendar period of any size (day, week, month, quarter, year):
  // what "a year earlier" or "the quarter" later in the text refer back to.
  bool has_period = false;
  int32_t period_start = 0;  // days since 1970-01-01
  TimeUnit period_unit = TimeUnit::kDay;

  // A DURATION: `amount` units (-1 when the text gives no number: "years").
  int64_t amount = 0;
  TimeUnit unit = TimeUnit::kYear;
};

}  // namespace factmark

#endif  // FACTMARK_TIME_TEMPORAL_EXPRESSION_H_
