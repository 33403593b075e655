#include "time/date_finder.h"

#include <gtest/gtest.h>

namespace factmark {
namespace {

struct Found {
  std::string text;
  int year, month, day;
};

std::vector<Found> Dates(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<Found> out;
  for (const DateMention& d :
       FindDates(text, tokens, 0, static_cast<uint32_t>(tokens.size()))) {
    const size_t begin = tokens[d.first_token].begin;
    out.push_back({std::string(text.substr(begin, tokens[d.end_token - 1].end - begin)),
                   d.year, d.month, d.day});
  }
  return out;
}

TEST(DateFinder, FindsTheFormsNewsUses) {
  const auto dates = Dates(
      "on June 4, on June 4, 2025, on 4 June 2025, on Jun. 4 2025, in June 2025, "
      "on 2025-06-04, on the 4th June");
  ASSERT_EQ(dates.size(), 7u);
  EXPECT_EQ(dates[0].text, "June 4");
  EXPECT_EQ(dates[0].year, 0);
  EXPECT_EQ(dates[1].text, "June 4, 2025");
  EXPECT_EQ(dates[1].year, 2025);
  EXPECT_EQ(dates[2].text, "4 June 2025");
  EXPECT_EQ(dates[3].text, "Jun. 4 2025");
  EXPECT_EQ(dates[4].text, "June 2025");
  EXPECT_EQ(dates[4].day, 0);
  EXPECT_EQ(dates[5].text, "2025-06-04");
  EXPECT_EQ(dates[6].text, "4th June");
  for (const Found& d : dates) EXPECT_EQ(d.month, 6) << d.text;
}

TEST(DateFinder, LeavesNumbersThatAreNotDatesAlone) {
  EXPECT_TRUE(Dates("it may rain; 49.42 percent; 1,200 troops; Route 66").empty());
  EXPECT_TRUE(Dates("March 4.5 kilometres; May 4pm").empty());
}

TEST(DateFinder, ResolvesAMissingYearToTheLatestPastDate) {
  const std::vector<Token> tokens = Tokenize("June 4");
  const DateMention june4 = FindDates("June 4", tokens, 0, 2).at(0);
  PartialDate out;
  const int32_t july = DaysFromCivil(CivilDate{2025, 7, 28});
  ASSERT_TRUE(ResolvePastDate(june4, true, july, &out));
  EXPECT_EQ(FormatIsoDate(out), "2025-06-04");
  const int32_t may = DaysFromCivil(CivilDate{2025, 5, 1});
  ASSERT_TRUE(ResolvePastDate(june4, true, may, &out));
  EXPECT_EQ(FormatIsoDate(out), "2024-06-04");
  ASSERT_TRUE(ResolvePastDate(june4, true, DaysFromCivil(CivilDate{2025, 6, 4}), &out));
  EXPECT_EQ(FormatIsoDate(out), "2025-06-04");  // the published day itself
  EXPECT_FALSE(ResolvePastDate(june4, false, 0, &out));
}

TEST(DateFinder, RefusesDatesThatDoNotExist) {
  const std::string text = "February 30, 2025";
  const std::vector<Token> tokens = Tokenize(text);
  const auto dates = FindDates(text, tokens, 0, static_cast<uint32_t>(tokens.size()));
  ASSERT_EQ(dates.size(), 1u);
  PartialDate out;
  EXPECT_FALSE(ResolvePastDate(dates[0], true, 20000, &out));
}

TEST(DateFinder, FebruaryTwentyNinthResolvesToALeapYear) {
  const std::string text = "February 29";
  const std::vector<Token> tokens = Tokenize(text);
  const DateMention d = FindDates(text, tokens, 0, 2).at(0);
  PartialDate out;
  ASSERT_TRUE(ResolvePastDate(d, true, DaysFromCivil(CivilDate{2027, 1, 1}), &out));
  EXPECT_EQ(FormatIsoDate(out), "2024-02-29");
}

}  // namespace
}  // namespace factmark
