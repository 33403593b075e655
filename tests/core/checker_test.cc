#include "factmark/checker.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "test_timeline.h"

namespace factmark {
namespace {

class CheckerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Checker::Load(testing::SmallTimelineSnapshot(), &checker_).ok());
  }

  // The result JSON of a check, parsed.
  rapidjson::Document Check(std::string_view text, std::string published = "2025-07-28") {
    std::string json;
    const Status status = checker_->Check(text, CheckOptions{published},
                                          ReportFormat::kJson, &json);
    EXPECT_TRUE(status.ok()) << status.message();
    rapidjson::Document doc;
    doc.Parse(json.c_str());
    EXPECT_FALSE(doc.HasParseError()) << json;
    return doc;
  }

  // The verdict of the only claim in `text`, or "none".
  std::string Verdict(std::string_view text, std::string published = "2025-07-28") {
    const rapidjson::Document doc = Check(text, published);
    const auto& claims = doc["claims"];
    if (claims.Size() == 0) return "none";
    EXPECT_EQ(claims.Size(), 1u) << text;
    return claims[0]["verdict"].GetString();
  }

  std::unique_ptr<Checker> checker_;
};

TEST_F(CheckerTest, WritesTheResultContract) {
  const std::string text = "President Lee Jae Myung took office on June 4.";
  const rapidjson::Document doc = Check(text);
  EXPECT_STREQ(doc["published"].GetString(), "2025-07-28");
  EXPECT_STREQ(doc["dataset"]["name"].GetString(), "test-timeline");
  EXPECT_STREQ(doc["dataset"]["version"].GetString(), "1");
  EXPECT_EQ(doc["dataset"]["events"].GetUint(), 5u);
  ASSERT_EQ(doc["claims"].Size(), 1u);
  const auto& claim = doc["claims"][0];
  EXPECT_EQ(claim["start"].GetUint(), 0u);
  EXPECT_EQ(claim["end"].GetUint(), 45u);
  EXPECT_STREQ(claim["text"].GetString(), "President Lee Jae Myung took office on June 4");
  EXPECT_STREQ(claim["kind"].GetString(), "event-date");
  EXPECT_STREQ(claim["verdict"].GetString(), "supported");
  EXPECT_STREQ(claim["claimed"]["value"].GetString(), "2025-06-04");
  EXPECT_STREQ(claim["claimed"]["precision"].GetString(), "day");
  ASSERT_EQ(claim["evidence"].Size(), 1u);
  EXPECT_STREQ(claim["evidence"][0]["id"].GetString(), "lee-in");
  EXPECT_STREQ(claim["evidence"][0]["date"].GetString(), "2025-06-04");
  EXPECT_STREQ(claim["evidence"][0]["source"].GetString(), "https://example.org/lee");
  const std::string explanation = claim["explanation"].GetString();
  EXPECT_NE(explanation.find("read as 2025-06-04"), std::string::npos) << explanation;
  EXPECT_NE(explanation.find("published date 2025-07-28"), std::string::npos);
  EXPECT_NE(explanation.find("test-timeline 1"), std::string::npos);
}

TEST_F(CheckerTest, PublishedIsNullWhenUnknown) {
  EXPECT_TRUE(Check("Nothing here.", "")["published"].IsNull());
}

TEST_F(CheckerTest, SupportsCorrectDates) {
  EXPECT_EQ(Verdict("Lee Jae-myung took office on June 4, 2025."), "supported");
  EXPECT_EQ(Verdict("Donald Trump was sworn in on January 20, 2017."), "supported");
  // No year written: any January 20 inauguration before publication counts.
  EXPECT_EQ(Verdict("Donald Trump took office on January 20.", "2019-03-01"), "supported");
  const rapidjson::Document doc = Check("Donald Trump took office on January 20.", "2019-03-01");
  const std::string explanation = doc["claims"][0]["explanation"].GetString();
  EXPECT_NE(explanation.find("the same day of another year"), std::string::npos) << explanation;
  // The evidence nearest the date read from the text comes first.
  const rapidjson::Document recent = Check("Donald Trump took office on January 20.");
  EXPECT_STREQ(recent["claims"][0]["evidence"][0]["id"].GetString(), "trump-in-2");
  EXPECT_EQ(recent["claims"][0]["evidence"].Size(), 2u);
  EXPECT_EQ(Verdict("Joe Biden took office in January 2021."), "supported");
}

TEST_F(CheckerTest, ContradictsWrongDatesOnlyWhenTheOfficeIsNamed) {
  const std::string wrong = "South Korean President Lee Jae Myung took office on June 5.";
  EXPECT_EQ(Verdict(wrong), "contradicted");
  const rapidjson::Document doc = Check(wrong);
  const auto& claim = doc["claims"][0];
  EXPECT_STREQ(claim["evidence"][0]["id"].GetString(), "lee-in");
  const std::string explanation = claim["explanation"].GetString();
  EXPECT_NE(explanation.find("2025-06-04, 1 day earlier than the text says"),
            std::string::npos) << explanation;
  EXPECT_NE(explanation.find("as President of South Korea"), std::string::npos);
  EXPECT_EQ(Verdict("President Donald Trump took office on January 21, 2017."), "contradicted");
  // Without a title, a date a slip away from exactly one listed term start
  // is a slip; a date far from every listed term may be another office.
  EXPECT_EQ(Verdict("Lee Jae Myung took office on June 5."), "contradicted");
  EXPECT_EQ(Verdict("Lee Jae Myung took office on June 5, 2014."), "unverifiable");
}

TEST_F(CheckerTest, ModifiedTitlesAndOtherOfficesAreNotContradicted) {
  EXPECT_EQ(Verdict("Vice President Joe Biden took office on January 20, 2009."),
            "unverifiable");
  EXPECT_EQ(Verdict("Joe Biden took office as Vice President on January 20, 2009."),
            "unverifiable");
  EXPECT_EQ(Verdict("Deputy President Joe Biden took office on January 20, 2009."),
            "unverifiable");
}

TEST_F(CheckerTest, SurnamesResolveToThePersonMentionedInFull) {
  const rapidjson::Document doc = Check(
      "Lee Myung-bak spoke first. Lee Jae Myung spoke next. President Lee took office on "
      "June 4.");
  ASSERT_EQ(doc["claims"].Size(), 1u);
  EXPECT_STREQ(doc["claims"][0]["verdict"].GetString(), "supported");
  EXPECT_STREQ(doc["claims"][0]["evidence"][0]["id"].GetString(), "lee-in");
  // A bare surname with nobody mentioned in full names nobody: the claim is
  // read, but nobody's record can settle it.
  EXPECT_EQ(Verdict("President Lee took office on June 4."), "unverifiable");
}

TEST_F(CheckerTest, FuturesNegationsAndQuestionsAreNotClaims) {
  EXPECT_EQ(Verdict("Donald Trump will take office on January 20."), "none");
  EXPECT_EQ(Verdict("Donald Trump never took office on January 21."), "none");
  EXPECT_EQ(Verdict("Donald Trump reportedly took office on January 21."), "none");
  EXPECT_EQ(Verdict("Did Donald Trump take office on January 21?"), "none");
  EXPECT_EQ(Verdict("Donald Trump took office on January 21?"), "none");
}

TEST_F(CheckerTest, DatesItCannotFixAreUnverifiable) {
  EXPECT_EQ(Verdict("President Donald Trump took office on January 21.", ""), "unverifiable");
  const rapidjson::Document doc = Check("President Donald Trump took office on January 21.", "");
  EXPECT_TRUE(doc["claims"][0]["claimed"].IsNull());
  // A date that does not exist is no date at all: no event-date claim (the
  // title and name remain a role at the published date, which the small
  // timeline, without terms, cannot settle).
  const rapidjson::Document bad = Check("President Donald Trump took office on February 30, 2017.");
  ASSERT_EQ(bad["claims"].Size(), 1u);
  EXPECT_STREQ(bad["claims"][0]["kind"].GetString(), "role-at-time");
  EXPECT_STREQ(bad["claims"][0]["verdict"].GetString(), "unverifiable");
  // Past the timeline's coverage end nothing is contradicted.
  EXPECT_EQ(Verdict("President Donald Trump took office on March 3, 2026.", "2026-06-01"),
            "unverifiable");
}

TEST_F(CheckerTest, OffsetsAreUtf16CodeUnits) {
  const std::string text = "\U0001F600 \u00E9t\u00E9: Joe Biden took office on January 20, 2021.";
  const rapidjson::Document doc = Check(text);
  ASSERT_EQ(doc["claims"].Size(), 1u);
  // The emoji counts 2, the accented letters 1 each: "😀 été: " is 8 units.
  EXPECT_EQ(doc["claims"][0]["start"].GetUint(), 8u);
  EXPECT_EQ(doc["claims"][0]["end"].GetUint(), 8u + 41u);
}

TEST_F(CheckerTest, RefusesBadInputWithAClearError) {
  std::string out;
  Status status = checker_->Check("caf\xE9", CheckOptions{}, ReportFormat::kJson, &out);
  EXPECT_EQ(status.code(), Status::Code::kInvalidInput);
  EXPECT_NE(status.message().find("not valid UTF-8 (first bad byte at offset 3): line 1, byte 4"),
            std::string::npos);
  status = checker_->Check("one\ntwo\nab\xC3(", CheckOptions{}, ReportFormat::kJson, &out);
  EXPECT_NE(status.message().find("(first bad byte at offset 10): line 3, byte 3 of the line"),
            std::string::npos) << status.message();
  status = checker_->Check("x", CheckOptions{"2025-6-4"}, ReportFormat::kJson, &out);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  status = checker_->Check("x", CheckOptions{"2025-02-29"}, ReportFormat::kJson, &out);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  status = checker_->Check(std::string(5 * 1024 * 1024 + 1, 'a'), CheckOptions{},
                           ReportFormat::kJson, &out);
  EXPECT_EQ(status.code(), Status::Code::kInvalidInput);
  EXPECT_NE(status.message().find("at most"), std::string::npos);
}

TEST_F(CheckerTest, TextReportUnderlinesTheClaim) {
  std::string out;
  ASSERT_TRUE(checker_
                  ->Check("Intro. President Donald Trump took office on January 21, 2017.",
                          CheckOptions{"2025-07-28"}, ReportFormat::kText, &out)
                  .ok());
  EXPECT_NE(out.find("[contradicted] event-date"), std::string::npos) << out;
  EXPECT_NE(out.find("  Intro. President Donald Trump"), std::string::npos) << out;
  EXPECT_NE(out.find("         ^^^^^^^^^"), std::string::npos) << out;
  EXPECT_NE(out.find("evidence: 2017-01-20"), std::string::npos) << out;
}

TEST_F(CheckerTest, LoadRefusesACorruptSnapshot) {
  std::unique_ptr<Checker> checker;
  const Status status = Checker::Load("not a snapshot", &checker);
  EXPECT_EQ(status.code(), Status::Code::kCorruptData);
  EXPECT_EQ(checker, nullptr);
}

}  // namespace
}  // namespace factmark

namespace factmark {
namespace {

// A publisher's own timeline, loaded beside the small one: it knows Yoon,
// whom the small timeline does not.
std::string PublisherSnapshot() {
  std::string snapshot;
  const Status status = CompileTimeline(
      {{"p/dataset.json",
        R"({"name": "publisher", "version": "7", "coverage_end": "2025-12-31"})"},
       {"p/entities.jsonl",
        R"({"id": "korea", "kind": "country", "name": "South Korea"}
{"id": "president-of-korea", "kind": "office", "name": "President of South Korea", "jurisdiction": "korea", "titles": ["President"]}
{"id": "yoon", "kind": "person", "name": "Yoon Suk Yeol", "surname": "Yoon"})"},
       {"p/terms.jsonl",
        R"({"office": "president-of-korea", "holder": "yoon", "start": "2022-05-10", "end": "2025-04-04", "began": "election", "ended": "impeachment", "sources": ["https://example.org/yoon"]})"},
       {"p/triggers.tsv", "took-office\ttook office\n"}},
      &snapshot);
  EXPECT_TRUE(status.ok()) << status.message();
  return snapshot;
}

TEST(CheckerWithSeveralTimelines, EachClaimTakesTheTimelineThatDecidesIt) {
  std::unique_ptr<Checker> checker;
  ASSERT_TRUE(Checker::Load(testing::SmallTimelineSnapshot(), &checker).ok());
  ASSERT_TRUE(checker->AddTimeline(PublisherSnapshot()).ok());
  ASSERT_EQ(checker->datasets().size(), 2u);
  EXPECT_EQ(checker->datasets()[1].name, "publisher");
  EXPECT_EQ(checker->dataset().name, "test-timeline");
  EXPECT_FALSE(checker->AddTimeline("not a snapshot").ok());
  EXPECT_EQ(checker->datasets().size(), 2u);  // a refused one is not added

  std::string json;
  ASSERT_TRUE(checker
                  ->Check("President Yoon Suk Yeol took office on May 10, 2022. "
                          "President Lee Jae Myung took office on June 4, 2025.",
                          CheckOptions{"2025-07-28"}, ReportFormat::kJson, &json)
                  .ok());
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  ASSERT_FALSE(doc.HasParseError()) << json;
  EXPECT_EQ(doc["datasets"].Size(), 2u);
  EXPECT_STREQ(doc["datasets"][1]["name"].GetString(), "publisher");
  EXPECT_STREQ(doc["datasets"][1]["coverage_end"].GetString(), "2025-12-31");
  ASSERT_EQ(doc["claims"].Size(), 2u);
  // Yoon is only in the publisher's timeline; Lee only in the small one.
  EXPECT_STREQ(doc["claims"][0]["verdict"].GetString(), "supported");
  EXPECT_STREQ(doc["claims"][0]["evidence"][0]["dataset"].GetString(), "publisher");
  EXPECT_STREQ(doc["claims"][1]["verdict"].GetString(), "supported");
  EXPECT_STREQ(doc["claims"][1]["evidence"][0]["dataset"].GetString(), "test-timeline");

  std::string stats;
  stats = checker->Stats(ReportFormat::kJson);
  doc.Parse(stats.c_str());
  ASSERT_FALSE(doc.HasParseError()) << stats;
  ASSERT_EQ(doc["timelines"].Size(), 2u);
  EXPECT_EQ(doc["timelines"][1]["terms"].GetUint(), 1u);
  EXPECT_EQ(doc["timelines"][1]["events_by_type"]["took-office"].GetUint(), 1u);
  EXPECT_EQ(doc["timelines"][1]["events_by_type"]["left-office"].GetUint(), 1u);
  EXPECT_EQ(doc["timelines"][1]["events_by_country"]["South Korea"].GetUint(), 2u);
  EXPECT_EQ(doc["timelines"][1]["events_by_decade"]["2020s"].GetUint(), 2u);
}

}  // namespace
}  // namespace factmark

namespace factmark {
namespace {

// Two people the data says share a name: an article's bare "Kim Jong" names
// neither, so no claim is made about either; the full, unique names work.
TEST(CheckerSharedNames, AnAmbiguousNameIsLeftUnresolved) {
  std::string snapshot;
  ASSERT_TRUE(CompileTimeline(
                  {{"s/dataset.json",
                    R"({"name": "shared", "version": "1", "coverage_end": "2025-12-31"})"},
                   {"s/entities.jsonl",
                    R"({"id": "land", "kind": "country", "name": "Land"}
{"id": "president-of-land", "kind": "office", "name": "President of Land", "jurisdiction": "land", "titles": ["President"]}
{"id": "kim-jong-a", "kind": "person", "name": "Kim Jong A", "aliases": ["Kim Jong"]}
{"id": "kim-jong-b", "kind": "person", "name": "Kim Jong B", "aliases": ["Kim Jong"], "note": "shares the short name with kim-jong-a"})"},
                   {"s/terms.jsonl",
                    R"({"office": "president-of-land", "holder": "kim-jong-a", "start": "2020-03-01", "began": "election", "sources": ["https://example.org/a"]})"},
                   {"s/triggers.tsv", "took-office\ttook office\n"}},
                  &snapshot)
                  .ok());
  std::unique_ptr<Checker> checker;
  ASSERT_TRUE(Checker::Load(snapshot, &checker).ok());
  std::string json;
  ASSERT_TRUE(checker->Check("Kim Jong took office on March 1, 2020.", CheckOptions{"2025-01-01"},
                             ReportFormat::kJson, &json)
                  .ok());
  // Read as a claim, but neither Kim's record may settle it.
  EXPECT_NE(json.find(R"("verdict":"unverifiable")"), std::string::npos) << json;
  EXPECT_EQ(json.find(R"("verdict":"supported")"), std::string::npos) << json;
  ASSERT_TRUE(checker->Check("Kim Jong A took office on March 1, 2020.",
                             CheckOptions{"2025-01-01"}, ReportFormat::kJson, &json)
                  .ok());
  EXPECT_NE(json.find(R"("verdict":"supported")"), std::string::npos) << json;
}

}  // namespace
}  // namespace factmark
