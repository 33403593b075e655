// Calendar arithmetic and TIMEX3 value text for the temporal tagger:
// ISO weeks, periods of a unit, shifts by units, and value strings such as
// "2025-W30", "2025-Q3", "P70Y".
#ifndef FACTMARK_TIME_TIMEX_VALUES_H_
#define FACTMARK_TIME_TIMEX_VALUES_H_

#include <cstdint>
#include <string>

#include "time/calendar.h"
#include "time/temporal_expression.h"

namespace factmark {

// Days since 1970-01-01 of a civil date.
int32_t Days(int y, int m, int d);

// ISO weekday: 1 Monday .. 7 Sunday.
int IsoWeekday(int32_t days);

// `value` (0 or more) in at least `width` digits: Pad(7, 2) is "07".
std::string Pad(int value, int width);

std::string DayValue(int32_t days);   // "2025-07-28"
std::string WeekValue(int32_t days);  // the ISO week holding the day: "2025-W31"

// Calendar shifts; a day past a month's end is clamped (Jan 31 + 1 month is
// Feb 28 or 29).
int32_t AddMonths(int32_t days, int months);
int32_t Shift(int32_t days, int64_t amount, TimeUnit unit);

// The value of the unit-sized period holding `days`: "2025-W23", "2025-06",
// "2025-Q2", "2025", "202" (a decade), "20" (a century).
std::string PeriodValue(int32_t days, TimeUnit unit);

// The first day of the unit-sized period holding `days`.
int32_t PeriodStart(int32_t days, TimeUnit unit);

// "P70Y", "PT24H", "PXY" (amount < 0). Decades and centuries are written in years.
std::string DurationValue(int64_t amount, TimeUnit unit);

}  // namespace factmark

#endif  // FACTMARK_TIME_TIMEX_VALUES_H_
