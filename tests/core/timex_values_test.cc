#include "time/timex_values.h"

#include <gtest/gtest.h>

namespace factmark {
namespace {

int32_t Day(const char* iso) {
  PartialDate d;
  EXPECT_TRUE(ParseIsoDate(iso, &d)) << iso;
  return d.first_day();
}

TEST(TimexValues, IsoWeeksAcrossYearBoundaries) {
  EXPECT_EQ(WeekValue(Day("2024-12-30")), "2025-W01");
  EXPECT_EQ(WeekValue(Day("2021-01-03")), "2020-W53");
  EXPECT_EQ(WeekValue(Day("2025-07-28")), "2025-W31");
  EXPECT_EQ(WeekValue(Day("2026-01-01")), "2026-W01");
  EXPECT_EQ(IsoWeekday(Day("2025-07-28")), 1);  // a Monday
  EXPECT_EQ(IsoWeekday(Day("1970-01-01")), 4);  // a Thursday
}

TEST(TimexValues, ShiftsClampToTheMonthsEnd) {
  EXPECT_EQ(DayValue(AddMonths(Day("2025-01-31"), 1)), "2025-02-28");
  EXPECT_EQ(DayValue(AddMonths(Day("2024-01-31"), 1)), "2024-02-29");
  EXPECT_EQ(DayValue(Shift(Day("2025-03-01"), -1, TimeUnit::kDay)), "2025-02-28");
  EXPECT_EQ(DayValue(Shift(Day("2024-02-29"), -1, TimeUnit::kYear)), "2023-02-28");
  EXPECT_EQ(DayValue(Shift(Day("2025-07-28"), -7, TimeUnit::kDecade)), "1955-07-28");
}

TEST(TimexValues, PeriodsAndTheirValues) {
  const int32_t d = Day("2025-08-15");
  EXPECT_EQ(PeriodValue(d, TimeUnit::kWeek), "2025-W33");
  EXPECT_EQ(PeriodValue(d, TimeUnit::kMonth), "2025-08");
  EXPECT_EQ(PeriodValue(d, TimeUnit::kQuarter), "2025-Q3");
  EXPECT_EQ(PeriodValue(d, TimeUnit::kYear), "2025");
  EXPECT_EQ(PeriodValue(d, TimeUnit::kDecade), "202");
  EXPECT_EQ(PeriodValue(d, TimeUnit::kCentury), "20");
  EXPECT_EQ(DayValue(PeriodStart(d, TimeUnit::kQuarter)), "2025-07-01");
  EXPECT_EQ(DayValue(PeriodStart(d, TimeUnit::kWeek)), "2025-08-11");
}

TEST(TimexValues, Durations) {
  EXPECT_EQ(DurationValue(70, TimeUnit::kYear), "P70Y");
  EXPECT_EQ(DurationValue(7, TimeUnit::kDecade), "P70Y");
  EXPECT_EQ(DurationValue(1, TimeUnit::kCentury), "P100Y");
  EXPECT_EQ(DurationValue(24, TimeUnit::kHour), "PT24H");
  EXPECT_EQ(DurationValue(30, TimeUnit::kMinute), "PT30M");
  EXPECT_EQ(DurationValue(6, TimeUnit::kMonth), "P6M");
  EXPECT_EQ(DurationValue(-1, TimeUnit::kYear), "PXY");
  EXPECT_EQ(Pad(7, 2), "07");
  EXPECT_EQ(Pad(2025, 4), "2025");
}

}  // namespace
}  // namespace factmark
