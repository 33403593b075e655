#include "time/timex_values.h"

#include <algorithm>

namespace factmark {

int32_t Days(int y, int m, int d) { return DaysFromCivil(CivilDate{y, m, d}); }

int IsoWeekday(int32_t days) {  // 1970-01-01 was a Thursday
  const int r = static_cast<int>(((days % 7) + 7 + 3) % 7);
  return r + 1;
}

std::string Pad(int value, int width) {
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) digits.insert(0, width - digits.size(), '0');
  return digits;
}

std::string DayValue(int32_t days) {
  return FormatIsoDate(PartialDate{CivilFromDays(days), Precision::kDay});
}

std::string WeekValue(int32_t days) {
  const int32_t thursday = days - (IsoWeekday(days) - 1) + 3;
  const int year = CivilFromDays(thursday).year;
  const int week = (thursday - Days(year, 1, 1)) / 7 + 1;
  return Pad(year, 4) + "-W" + Pad(week, 2);
}

int32_t AddMonths(int32_t days, int months) {
  const CivilDate d = CivilFromDays(days);
  int total = d.year * 12 + (d.month - 1) + months;
  const int year = total / 12;
  const int month = total % 12 + 1;
  return Days(year, month, std::min(d.day, DaysInMonth(year, month)));
}

int32_t Shift(int32_t days, int64_t amount, TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kSecond:
    case TimeUnit::kMinute:
    case TimeUnit::kHour:
      return days;
    case TimeUnit::kDay:
      return static_cast<int32_t>(days + amount);
    case TimeUnit::kWeek:
      return static_cast<int32_t>(days + 7 * amount);
    case TimeUnit::kMonth:
      return AddMonths(days, static_cast<int>(amount));
    case TimeUnit::kQuarter:
      return AddMonths(days, static_cast<int>(3 * amount));
    case TimeUnit::kYear:
      return AddMonths(days, static_cast<int>(12 * amount));
    case TimeUnit::kDecade:
      return AddMonths(days, static_cast<int>(120 * amount));
    case TimeUnit::kCentury:
      return AddMonths(days, static_cast<int>(1200 * amount));
  }
  return days;
}

std::string PeriodValue(int32_t days, TimeUnit unit) {
  const CivilDate d = CivilFromDays(days);
  switch (unit) {
    case TimeUnit::kSecond:
    case TimeUnit::kMinute:
    case TimeUnit::kHour:
    case TimeUnit::kDay:
      return DayValue(days);
    case TimeUnit::kWeek:
      return WeekValue(days);
    case TimeUnit::kMonth:
      return Pad(d.year, 4) + "-" + Pad(d.month, 2);
    case TimeUnit::kQuarter:
      return Pad(d.year, 4) + "-Q" + std::to_string((d.month - 1) / 3 + 1);
    case TimeUnit::kYear:
      return Pad(d.year, 4);
    case TimeUnit::kDecade:
      return Pad(d.year / 10, 3);
    case TimeUnit::kCentury:
      return Pad(d.year / 100, 2);
  }
  return DayValue(days);
}

int32_t PeriodStart(int32_t days, TimeUnit unit) {
  const CivilDate d = CivilFromDays(days);
  switch (unit) {
    case TimeUnit::kWeek:
      return days - (IsoWeekday(days) - 1);
    case TimeUnit::kMonth:
      return Days(d.year, d.month, 1);
    case TimeUnit::kQuarter:
      return Days(d.year, (d.month - 1) / 3 * 3 + 1, 1);
    case TimeUnit::kYear:
      return Days(d.year, 1, 1);
    case TimeUnit::kDecade:
      return Days(d.year / 10 * 10, 1, 1);
    case TimeUnit::kCentury:
      return Days(d.year / 100 * 100, 1, 1);
    default:
      return days;
  }
}

namespace {

char UnitLetter(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kSecond: return 'S';
    case TimeUnit::kMinute: return 'M';
    case TimeUnit::kHour: return 'H';
    case TimeUnit::kDay: return 'D';
    case TimeUnit::kWeek: return 'W';
    case TimeUnit::kMonth: return 'M';
    case TimeUnit::kQuarter: return 'Q';
    case TimeUnit::kYear: return 'Y';
    case TimeUnit::kDecade: return 'Y';
    case TimeUnit::kCentury: return 'Y';
  }
  return 'Y';
}

}  // namespace

std::string DurationValue(int64_t amount, TimeUnit unit) {
  const bool clock = unit == TimeUnit::kSecond || unit == TimeUnit::kMinute ||
                     unit == TimeUnit::kHour;
  std::string value = clock ? "PT" : "P";
  if (amount < 0) {
    value += 'X';
  } else {
    int64_t n = amount;
    if (unit == TimeUnit::kDecade) n *= 10;
    if (unit == TimeUnit::kCentury) n *= 100;
    value += std::to_string(n);
  }
  value += UnitLetter(unit);
  return value;
}

}  // namespace factmark
