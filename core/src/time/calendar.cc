#include "time/calendar.h"


namespace factmark {

std::string_view PrecisionName(Precision precision) {
  switch (precision) {
    case Precision::kDay:
      return "day";
    case Precision::kMonth:
      return "month";
    case Precision::kYear:
      return "year";
  }
  return "day";
}

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days.
int32_t DaysFromCivil(const CivilDate& date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (date.month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + date.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int32_t days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int day = doy - (153 * mp + 2) / 5 + 1;
  const int month = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

int32_t PartialDate::last_day() const {
  switch (precision) {
    case Precision::kDay:
      return first_day();
    case Precision::kMonth:
      return first_day() + DaysInMonth(date.year, date.month) - 1;
    case Precision::kYear:
      return DaysFromCivil(CivilDate{date.year, 12, 31});
  }
  return first_day();
}

namespace {

bool ReadDigits(std::string_view text, size_t at, size_t count, int* out) {
  if (text.size() < at + count) return false;
  int value = 0;
  for (size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  *out = value;
  return true;
}

}  // namespace

bool ParseIsoDate(std::string_view text, PartialDate* out) {
  PartialDate parsed;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  if (!ReadDigits(text, 0, 4, &parsed.date.year) || parsed.date.year < 1) {
    return false;
  }
  parsed.precision = Precision::kYear;
  if (text.size() >= 7) {
    if (text[4] != '-' || !ReadDigits(text, 5, 2, &parsed.date.month)) {
      return false;
    }
    if (parsed.date.month < 1 || parsed.date.month > 12) return false;
    parsed.precision = Precision::kMonth;
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !ReadDigits(text, 8, 2, &parsed.date.day)) {
      return false;
    }
    if (!IsValidDate(parsed.date.year, parsed.date.month, parsed.date.day)) {
      return false;
    }
    parsed.precision = Precision::kDay;
  }
  *out = parsed;
  return true;
}

std::string FormatIsoDate(const PartialDate& date) {
  // Written by hand: snprintf costs more than the rest of a date's handling.
  char buffer[10];
  size_t n = 0;
  auto digits = [&](int value, int width) {
    for (int k = width - 1; k >= 0; --k) {
      buffer[n + k] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
    n += width;
  };
  digits(date.date.year, 4);
  if (date.precision != Precision::kYear) {
    buffer[n++] = '-';
    digits(date.date.month, 2);
  }
  if (date.precision == Precision::kDay) {
    buffer[n++] = '-';
    digits(date.date.day, 2);
  }
  return std::string(buffer, n);
}

}  // namespace factmark
