// The shapes of claim factmark reads, judged against the default timeline
// (data/world): each shape once supported, once refuted where the timeline
// can tell, and the look-alikes it must leave alone.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <rapidjson/document.h>

#include "factmark/checker.h"
#include "test_timeline.h"

namespace factmark {
namespace {

class ClaimShapes : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const Status status = testing::LoadWorldTimeline(&checker_);
    ASSERT_TRUE(status.ok()) << status.message();
  }
  static void TearDownTestSuite() { checker_.reset(); }

  // The verdict of the claim whose words start with `words` (the whole
  // claim text need not be given), or "none".
  static std::string Verdict(const std::string& text, const std::string& words,
                             const char* published = "2025-07-28") {
    std::string json;
    EXPECT_TRUE(checker_->Check(text, CheckOptions{published}, ReportFormat::kJson, &json).ok());
    rapidjson::Document d;
    d.Parse(json.c_str());
    for (const auto& c : d["claims"].GetArray()) {
      if (std::string(c["text"].GetString()).rfind(words, 0) == 0) {
        return c["verdict"].GetString();
      }
    }
    return "none";
  }
  // Whether any claim of the text is contradicted.
  static bool AnyContradicted(const std::string& text, const char* published = "2025-07-28") {
    std::string json;
    EXPECT_TRUE(checker_->Check(text, CheckOptions{published}, ReportFormat::kJson, &json).ok());
    return json.find(R"("verdict":"contradicted")") != std::string::npos;
  }

  static std::unique_ptr<Checker> checker_;
};

std::unique_ptr<Checker> ClaimShapes::checker_;

TEST_F(ClaimShapes, EventWithAnObject) {
  EXPECT_EQ(Verdict("Spain joined NATO in May 1982.", "Spain"), "supported");
  EXPECT_EQ(Verdict("Spain joined NATO in May 1983.", "Spain"), "contradicted");
  // Japan annexed more than the timeline lists, and Korea is no entity.
  EXPECT_EQ(Verdict("Japan annexed Korea in August 1910.", "Japan annexed"), "supported");
  EXPECT_EQ(Verdict("Japan annexed Korea in August 1911.", "Japan annexed"), "unverifiable");
  EXPECT_EQ(Verdict("The Soviet Union launched Sputnik 1 on October 4, 1957.", "Soviet Union"),
            "supported");
  // An office after the verb is its title, not what it acts on.
  EXPECT_EQ(Verdict("Jorge Mario Bergoglio was elected pope on March 13, 2013.", "Jorge"),
            "supported");
}

TEST_F(ClaimShapes, EventAfterAnAppositiveOrAPlace) {
  EXPECT_EQ(Verdict("Walter Mondale, Carter's vice president, died in April 2021.", "Walter"),
            "supported");
  EXPECT_EQ(Verdict("Walter Mondale, Carter's vice president, died in April 2020.", "Walter"),
            "contradicted");
  EXPECT_EQ(Verdict("Ronald Reagan, who defeated him in 1980, took office in January 1981.",
                    "Ronald"),
            "supported");
  EXPECT_EQ(Verdict("Apollo 11 lifted off from Kennedy Space Center on July 16, 1969.", "Apollo"),
            "supported");
  EXPECT_EQ(Verdict("The Warsaw Pact, signed in May 1955, bound eight states.", "Warsaw"),
            "supported");
  // An offset before the exact date: the exact date is the claim's.
  EXPECT_EQ(Verdict("The Republic of Korea was proclaimed three years later, on August 15, 1948.",
                    "Republic"),
            "supported");
}

TEST_F(ClaimShapes, DateAtTheHeadOfTheSentence) {
  EXPECT_EQ(Verdict("In 2006, former President Gerald Ford died.", "2006"), "supported");
  EXPECT_EQ(Verdict("In 2007, former President Gerald Ford died.", "2007"), "contradicted");
  // "crashed" (a disaster) is not how the timeline records the shooting-down.
  EXPECT_EQ(Verdict("Ten years ago today, Malaysia Airlines Flight 17 crashed.", "Ten years",
                    "2024-07-17"),
            "unverifiable");
}

TEST_F(ClaimShapes, FrontedParticiplesAndBirthdays) {
  EXPECT_EQ(Verdict("Born on April 21, 1926, Elizabeth II reigned for 70 years.", "Born"),
            "supported");
  EXPECT_EQ(Verdict("Born on April 21, 1925, Elizabeth II reigned for 70 years.", "Born"),
            "contradicted");
  EXPECT_EQ(Verdict("Jimmy Carter celebrated his 100th birthday on October 1.", "his",
                    "2024-10-02"),
            "supported");
  EXPECT_EQ(Verdict("Jimmy Carter celebrated his 99th birthday on October 1.", "his",
                    "2024-10-02"),
            "contradicted");
}

TEST_F(ClaimShapes, AMonthSoManyYearsAgo) {
  EXPECT_EQ(Verdict("Germany was reunified 34 years ago this October.", "Germany", "2024-11-09"),
            "supported");
  // A slip of a month from the one record: refuted.
  EXPECT_EQ(Verdict("Germany was reunified 34 years ago this September.", "Germany",
                    "2024-11-09"),
            "contradicted");
  // Further off, it may be another founding the timeline does not list.
  EXPECT_EQ(Verdict("Germany was reunified 35 years ago this November.", "Germany",
                    "2024-11-09"),
            "unverifiable");
  // A country may have been founded more often than the timeline lists.
  EXPECT_EQ(Verdict("Germany was founded in January 1871.", "Germany"), "unverifiable");
}

TEST_F(ClaimShapes, NamedEvents) {
  EXPECT_EQ(Verdict("Britain's Windscale fire of 1957 was the worst.", "Windscale"), "supported");
  EXPECT_EQ(Verdict("Britain's Windscale fire of 1958 was the worst.", "Windscale"),
            "contradicted");
  // After a verb, the date may be the verb's own.
  EXPECT_FALSE(AnyContradicted("Ukraine commemorated the Chernobyl disaster on Monday."));
  EXPECT_FALSE(AnyContradicted("He wrote a book on the Korean War in 1990."));
}

TEST_F(ClaimShapes, OnlyAnIdentifiedRecordRefutes) {
  // A person signs many things; the timeline lists few.
  EXPECT_EQ(Verdict("Donald Trump signed an order on March 3, 2025.", "Donald"), "unverifiable");
  // A slip of a day from the only nearby term start is refuted ...
  EXPECT_EQ(Verdict("Keir Starmer took office on July 4, 2024.", "Keir"), "contradicted");
  // ... a date far from every listed term may be another office.
  EXPECT_EQ(Verdict("Boris Johnson took office on May 4, 2008 as the city's mayor.", "Boris"),
            "unverifiable");
  // "killed": a death or an assassination, both promised per person.
  EXPECT_EQ(Verdict("Dag Hammarskjöld, killed in a plane crash in September 1962, was mourned.",
                    "Dag"),
            "contradicted");
}

TEST_F(ClaimShapes, NegationsFuturesAndQuestionsAreNotClaims) {
  EXPECT_EQ(Verdict("Keir Starmer never took office on July 4, 2024.", "Keir"), "none");
  EXPECT_EQ(Verdict("Chandrayaan-4 will be launched on July 15, 2027.", "Chandrayaan"), "none");
  EXPECT_EQ(Verdict("Was Chandrayaan-3 launched on July 15, 2023?", "Chandrayaan"), "none");
}

TEST_F(ClaimShapes, TenureLengths) {
  EXPECT_EQ(Verdict("Theresa May, prime minister for three years, spoke.", "Theresa"), "supported");
  EXPECT_EQ(Verdict("Theresa May, prime minister for four years, spoke.", "Theresa"),
            "contradicted");
  EXPECT_EQ(Verdict("Angela Merkel, chancellor for 16 years, spoke.", "Angela"), "supported");
  EXPECT_EQ(Verdict("Angela Merkel, chancellor for 18 years, spoke.", "Angela"), "contradicted");
  // Measured to the published date, across offices when "in power".
  EXPECT_EQ(Verdict("Vladimir Putin, who has been in power for a quarter of a century, spoke.",
                    "Vladimir", "2025-02-24"),
            "supported");
  // "nearly": just under; well under is not refuted outright.
  EXPECT_EQ(Verdict("Shinzo Abe led the country for nearly eight years.", "Shinzo"), "supported");
}

TEST_F(ClaimShapes, TenureWithoutFor) {
  EXPECT_EQ(Verdict("Michel Barnier's government lasted just over three months.", "Michel"),
            "supported");
  EXPECT_EQ(Verdict("Boutros Boutros-Ghali served a single five-year term.", "Boutros"),
            "supported");
  EXPECT_EQ(Verdict("Tsai Ing-wen served two four-year terms.", "Tsai", "2025-01-01"),
            "supported");
  EXPECT_EQ(Verdict("John Turner was prime minister for just 79 days in 1984.", "John"),
            "supported");
}

TEST_F(ClaimShapes, SpansBetweenEvents) {
  EXPECT_EQ(Verdict("On December 26, 1991, the Soviet Union dissolved, a day after Mikhail "
                    "Gorbachev resigned as president.",
                    "December"),
            "supported");
  EXPECT_EQ(Verdict("Jimmy Carter lived more than four decades after leaving office.", "Jimmy",
                    "2025-01-02"),
            "supported");
  EXPECT_EQ(Verdict("Shinzo Abe had left office less than a year before he was killed.", "Shinzo"),
            "contradicted");
  EXPECT_EQ(Verdict("Shinzo Abe had left office less than two years before he was killed.",
                    "Shinzo"),
            "supported");
  // A date in another clause is not the span's end.
  EXPECT_FALSE(AnyContradicted(
      "The probe entered orbit on September 24, 2014, and the landing came more than a decade "
      "after the Mars Orbiter Mission reached Mars.",
      "2024-08-23"));
}

TEST_F(ClaimShapes, TenureSpans) {
  EXPECT_EQ(Verdict("Kofi Annan, Secretary-General from 1997 to 2006, spoke.", "Kofi"),
            "supported");
  EXPECT_EQ(Verdict("Kofi Annan, Secretary-General from 1995 to 2006, spoke.", "Kofi"),
            "contradicted");
  // A term ending on December 31 was held "to" that year or, loosely, the
  // next: a day's difference is left open.
  EXPECT_EQ(Verdict("Kofi Annan, Secretary-General from 1997 to 2007, spoke.", "Kofi"),
            "unverifiable");
  EXPECT_EQ(Verdict("Annalena Baerbock, foreign minister since December 2021, spoke.", "Annalena",
                    "2023-05-01"),
            "supported");
  EXPECT_EQ(Verdict("Annalena Baerbock, foreign minister since October 2021, spoke.", "Annalena",
                    "2023-05-01"),
            "contradicted");
}

TEST_F(ClaimShapes, RolesBetweenTheSentenceDatesAndThePublishedDate) {
  EXPECT_EQ(Verdict("Carney spoke by phone on Friday with British Prime Minister Rishi Sunak.",
                    "British", "2025-03-15"),
            "contradicted");
  EXPECT_EQ(Verdict("Rishi Sunak, who met British Prime Minister Rishi Sunak in 2023, spoke.",
                    "British", "2025-03-15"),
            "supported");
  // After the coverage end the timeline cannot say.
  EXPECT_EQ(Verdict("Prime Minister Sanae Takaichi said on Monday that talks would go on.",
                    "Prime", "2026-01-12"),
            "unverifiable");
}

TEST_F(ClaimShapes, QuotedWordsAreNeverContradicted) {
  EXPECT_EQ(Verdict("Keir Starmer took office on July 4, 2024.", "Keir"), "contradicted");
  EXPECT_EQ(Verdict("He said: \"Keir Starmer took office on July 4, 2024.\"", "Keir"),
            "unverifiable");
  EXPECT_EQ(Verdict("She wrote: \u201CKeir Starmer took office on July 4, 2024.\u201D", "Keir"),
            "unverifiable");
}

TEST_F(ClaimShapes, ATitleNamesTheHolderOfThatSurname) {
  // Nobody named Lee yet: the Lee who was president at the published date.
  EXPECT_EQ(Verdict("President Lee took office on June 4.", "President"), "supported");
  EXPECT_EQ(Verdict("President Lee met the prime minister on Monday.", "President",
                    "2010-03-01"),
            "supported");  // Lee Myung-bak, then
  // No Lee held a presidency then: nobody is named.
  EXPECT_EQ(Verdict("President Lee took office on June 4.", "President", "2020-07-28"),
            "unverifiable");
}

TEST_F(ClaimShapes, TheTitleNamesThePersonLastNamedWithIt) {
  const std::string before = "President Lee Jae Myung met lawmakers. ";
  EXPECT_EQ(Verdict(before + "The president took office on June 4.", "The president"),
            "supported");
  EXPECT_EQ(Verdict(before + "The president took office on June 5.", "The president"),
            "contradicted");
  // Nobody named with the title before: nobody.
  EXPECT_EQ(Verdict("The president took office on June 5.", "The president"), "unverifiable");
}

TEST_F(ClaimShapes, OverlappingClaimsKeepTheMostDecisive) {
  std::string json;
  ASSERT_TRUE(checker_->Check("In 2007, former President Gerald Ford died.",
                              CheckOptions{"2025-07-28"}, ReportFormat::kJson, &json).ok());
  rapidjson::Document d;
  d.Parse(json.c_str());
  ASSERT_EQ(d["claims"].Size(), 1u) << json;  // not also the (true) former title
  EXPECT_STREQ(d["claims"][0]["verdict"].GetString(), "contradicted");
}

}  // namespace
}  // namespace factmark
