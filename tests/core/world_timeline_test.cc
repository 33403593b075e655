// The default timeline as the build compiled it from data/world.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <rapidjson/document.h>

#include "factmark/checker.h"
#include "test_timeline.h"

namespace factmark {
namespace {

TEST(WorldTimeline, LoadsAndChecksTheSeedClaim) {
  std::unique_ptr<Checker> checker;
  const Status status = testing::LoadWorldTimeline(&checker);
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(checker->dataset().name, "factmark-world");
  EXPECT_GT(checker->dataset().events, 0u);

  std::string json;
  ASSERT_TRUE(checker
                  ->Check("This was the first response since President Lee Jae Myung took "
                          "office on June 4.",
                          CheckOptions{"2025-07-28"}, ReportFormat::kJson, &json)
                  .ok());
  EXPECT_NE(json.find(R"("verdict":"supported")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("id":"lee-jae-myung-took-office-president-of-south-korea-2025-06-04")"), std::string::npos);

  // The claims of the seed article that name a dated event, and others
  // readers meet: each is decided by the timeline, none contradicted.
  for (const char* claim : {
           "Yoon Suk Yeol took office on May 10, 2022.",
           "President Moon Jae-in took office on May 10, 2017.",
           "Prime Minister Keir Starmer took office on July 5, 2024.",
           "Chancellor Olaf Scholz took office on December 8, 2021.",
           "Former President Jimmy Carter died on December 29, 2024.",
           "Shinzo Abe was assassinated on July 8, 2022.",
           "Richard Nixon resigned on August 9, 1974."}) {
    ASSERT_TRUE(checker->Check(claim, CheckOptions{"2025-07-28"}, ReportFormat::kJson, &json).ok());
    EXPECT_NE(json.find(R"("verdict":"supported")"), std::string::npos) << claim << json;
  }

  // A wrong day of death is refuted with the record; a title before the
  // name does not make the death an office's.
  ASSERT_TRUE(checker->Check("Former President Gerald Ford died on December 27, 2006.",
                             CheckOptions{"2025-07-28"}, ReportFormat::kJson, &json).ok());
  EXPECT_NE(json.find(R"("verdict":"contradicted")"), std::string::npos) << json;
  EXPECT_NE(json.find("2006-12-26"), std::string::npos) << json;

  // Roles at a time: the time the sentence states, else the published date,
  // and no refutation when the sentence may speak of another time.
  auto role = [&](const char* text) {
    EXPECT_TRUE(checker->Check(text, CheckOptions{"2025-07-28"}, ReportFormat::kJson, &json).ok());
    rapidjson::Document d;
    d.Parse(json.c_str());
    for (const auto& c : d["claims"].GetArray()) {
      if (std::string(c["kind"].GetString()) == "role-at-time") return std::string(c["verdict"].GetString());
    }
    return std::string("none");
  };
  EXPECT_EQ(role("Prime Minister Boris Johnson said on Tuesday that talks would resume."),
            "contradicted");
  EXPECT_EQ(role("Prime Minister Keir Starmer said on Tuesday that talks would resume."),
            "supported");
  EXPECT_EQ(role("In 2022, President Joe Biden signed the act."), "supported");
  EXPECT_EQ(role("Former Chancellor Olaf Scholz said the coalition had failed."), "supported");
  EXPECT_EQ(role("Former Chancellor Friedrich Merz said the coalition had failed."),
            "contradicted");
  // Retrospectives: the title belongs to the time the sentence speaks of.
  EXPECT_EQ(role("Prime Minister Winston Churchill said the battle was won."), "unverifiable");
  // (Here the signing itself is the claim kept: it covers the same words.)
  EXPECT_NE(role("President Barack Obama signed the Paris Agreement in 2016."), "contradicted");
  EXPECT_EQ(role("Vice President Kamala Harris said on Tuesday that she would run."),
            "contradicted");  // she left office on 2025-01-20
  EXPECT_EQ(role("Vice President JD Vance said on Tuesday that talks would resume."), "supported");

  // Anniversaries: the day the sentence speaks of against the event's day.
  auto anniversary = [&](const char* text, const char* published) {
    EXPECT_TRUE(checker->Check(text, CheckOptions{published}, ReportFormat::kJson, &json).ok());
    rapidjson::Document d;
    d.Parse(json.c_str());
    for (const auto& c : d["claims"].GetArray()) {
      if (std::string(c["kind"].GetString()) == "anniversary") return std::string(c["verdict"].GetString());
    }
    return std::string("none");
  };
  // The seed's sentence, published the day after the ceremony.
  EXPECT_EQ(anniversary("Speaking on the anniversary of the Korean War armistice, Lee spoke.",
                        "2025-07-28"),
            "supported");
  EXPECT_EQ(anniversary("Thursday marked the 70th anniversary of the Korean War armistice.",
                        "2023-07-27"),
            "supported");
  EXPECT_EQ(anniversary("Thursday marked the 65th anniversary of the Korean War armistice.",
                        "2023-07-27"),
            "contradicted");
  EXPECT_EQ(anniversary("Speaking on the anniversary of the Korean War armistice, Lee spoke.",
                        "2025-03-01"),
            "unverifiable");

  // Time elapsed since a named event, counted to the published date; the
  // count's start is unsure, so a mismatch stays unverifiable.
  auto elapsed = [&](const char* text) {
    EXPECT_TRUE(checker->Check(text, CheckOptions{"2025-07-28"}, ReportFormat::kJson, &json).ok());
    rapidjson::Document d;
    d.Parse(json.c_str());
    for (const auto& c : d["claims"].GetArray()) {
      if (std::string(c["kind"].GetString()) == "elapsed-time") return std::string(c["verdict"].GetString());
    }
    return std::string("none");
  };
  EXPECT_EQ(elapsed("The Korean War never ended, leaving the peninsula divided for over seventy years."),
            "supported");
  EXPECT_EQ(elapsed("The Korean War never ended, leaving the peninsula divided for over ninety years."),
            "unverifiable");
  // A span the sentence does not count from the named event: read, but
  // left unverifiable.
  EXPECT_EQ(elapsed("The Korean War began in June; talks ran for two years."), "unverifiable");

  // The minimums the default timeline promises: 1,500 terms of office and
  // 3,000 events written as events (beside those the terms imply).
  const std::string stats = checker->Stats(ReportFormat::kJson);
  rapidjson::Document doc;
  doc.Parse(stats.c_str());
  ASSERT_FALSE(doc.HasParseError()) << stats;
  const auto& world = doc["timelines"][0];
  EXPECT_GE(world["terms"].GetUint(), 1500u);
  const auto& by_type = world["events_by_type"];
  const uint32_t implied = by_type["took-office"].GetUint() + by_type["left-office"].GetUint();
  EXPECT_GE(world["events"].GetUint() - implied, 3000u);
  EXPECT_STREQ(world["coverage_end"].GetString(), "2025-12-31");
}

}  // namespace
}  // namespace factmark
