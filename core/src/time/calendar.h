// Proleptic Gregorian calendar arithmetic and ISO 8601 date text.
#ifndef FACTMARK_TIME_CALENDAR_H_
#define FACTMARK_TIME_CALENDAR_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace factmark {

// How much of a date is known: "2025-06-04", "2025-06" or "2025".
enum class Precision : uint8_t { kDay = 0, kMonth = 1, kYear = 2 };

std::string_view PrecisionName(Precision precision);  // "day", "month", "year"

struct CivilDate {
  int year = 0;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);

// Days since 1970-01-01 (negative before). Exact for every valid date.
int32_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(int32_t days);

// A date known to some precision; fields below the precision are 1.
struct PartialDate {
  CivilDate date;
  Precision precision = Precision::kDay;

  int32_t first_day() const { return DaysFromCivil(date); }
  int32_t last_day() const;  // the last day the value can stand for
};

// The date an article was published, when it is known: what dates without a
// year ("June 4", "Monday", "yesterday") are resolved against.
struct PublishedDate {
  bool known = false;
  int32_t day = 0;  // days since 1970-01-01
};

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" (years 0001..9999), rejecting dates
// that do not exist. Returns false on anything else.
bool ParseIsoDate(std::string_view text, PartialDate* out);

// Writes the value at its precision: "2025-06-04", "2025-06", "2025".
std::string FormatIsoDate(const PartialDate& date);

}  // namespace factmark

#endif  // FACTMARK_TIME_CALENDAR_H_
