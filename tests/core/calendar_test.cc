#include "time/calendar.h"

#include <gtest/gtest.h>

namespace factmark {
namespace {

TEST(Calendar, DaysRoundTripAcrossCenturies) {
  for (int32_t day = -719162; day <= 2932896; day += 997) {  // years 1..9999
    const CivilDate date = CivilFromDays(day);
    ASSERT_TRUE(IsValidDate(date.year, date.month, date.day)) << day;
    EXPECT_EQ(DaysFromCivil(date), day);
  }
  EXPECT_EQ(DaysFromCivil(CivilDate{1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil(CivilDate{2025, 6, 4}), 20243);
}

TEST(Calendar, LeapYears) {
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
  EXPECT_FALSE(IsValidDate(2025, 2, 29));
  EXPECT_FALSE(IsValidDate(1900, 2, 29));
  EXPECT_TRUE(IsValidDate(2000, 2, 29));
  EXPECT_FALSE(IsValidDate(2025, 4, 31));
}

TEST(Calendar, ParsesIsoDatesAtEachPrecision) {
  PartialDate d;
  ASSERT_TRUE(ParseIsoDate("2025-06-04", &d));
  EXPECT_EQ(d.precision, Precision::kDay);
  EXPECT_EQ(FormatIsoDate(d), "2025-06-04");
  ASSERT_TRUE(ParseIsoDate("2025-06", &d));
  EXPECT_EQ(d.precision, Precision::kMonth);
  EXPECT_EQ(d.last_day() - d.first_day(), 29);
  ASSERT_TRUE(ParseIsoDate("1953", &d));
  EXPECT_EQ(d.precision, Precision::kYear);
  EXPECT_EQ(d.last_day() - d.first_day(), 364);
}

TEST(Calendar, RefusesDatesThatDoNotExist) {
  PartialDate d;
  EXPECT_FALSE(ParseIsoDate("2025-02-30", &d));
  EXPECT_FALSE(ParseIsoDate("2025-13", &d));
  EXPECT_FALSE(ParseIsoDate("0000", &d));
  EXPECT_FALSE(ParseIsoDate("2025-6-4", &d));
  EXPECT_FALSE(ParseIsoDate("2025-06-04T00", &d));
  EXPECT_FALSE(ParseIsoDate("", &d));
}

}  // namespace
}  // namespace factmark
