#include "time/temporal_tagger.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "factmark/dates.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace factmark {
namespace {

struct Found {
  std::string text, type, value, mod;
};

// The tagger's expressions through the public API, as the CLIs see them.
std::vector<Found> Tag(const std::string& text, const std::string& published) {
  std::string json;
  const Status status =
      FindTemporalExpressions(text, CheckOptions{published}, ReportFormat::kJson, &json);
  EXPECT_TRUE(status.ok()) << status.message();
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  std::vector<Found> found;
  for (const auto& e : doc["expressions"].GetArray()) {
    found.push_back({e["text"].GetString(), e["type"].GetString(), e["value"].GetString(),
                     e["mod"].IsNull() ? "" : e["mod"].GetString()});
  }
  return found;
}

std::string Describe(const std::vector<Found>& found) {
  std::string s;
  for (const Found& f : found) {
    s += "[" + f.text + " " + f.type + " " + f.value + (f.mod.empty() ? "" : " " + f.mod) + "] ";
  }
  return s.empty() ? "(none)" : s;
}

TEST(TemporalTagger, ResolvesAMissingYearToTheLatestPastDate) {
  EXPECT_EQ(Describe(Tag("Lee took office on June 4.", "2025-07-28")),
            "[June 4 DATE 2025-06-04] ");
  EXPECT_EQ(Describe(Tag("Lee took office on June 4.", "2025-05-01")),
            "[June 4 DATE 2024-06-04] ");
  EXPECT_EQ(Describe(Tag("Lee took office on June 4.", "2025-06-04")),
            "[June 4 DATE 2025-06-04] ");
  EXPECT_EQ(Describe(Tag("It happened on February 29.", "2027-01-01")),
            "[February 29 DATE 2024-02-29] ");
  EXPECT_EQ(Describe(Tag("Lee took office on June 4.", "")), "[June 4 DATE XXXX-06-04] ");
}

TEST(TemporalTagger, AFutureClauseLooksForward) {
  EXPECT_EQ(Describe(Tag("He will travel to Seoul on June 4.", "2025-07-28")),
            "[June 4 DATE 2026-06-04] ");
  EXPECT_EQ(Describe(Tag("The vote is due on Monday.", "2025-07-23")),  // a Wednesday
            "[Monday DATE 2025-07-28] ");
  EXPECT_EQ(Describe(Tag("The vote was held on Monday.", "2025-07-23")),
            "[Monday DATE 2025-07-21] ");
}

TEST(TemporalTagger, RefusesDatesThatDoNotExist) {
  // No day that does not exist; the year alone is still a year.
  EXPECT_EQ(Describe(Tag("Nothing happened on February 30, 2025.", "2025-07-28")),
            "[2025 DATE 2025] ");
}

TEST(TemporalTagger, SeedArticleExpressions) {
  EXPECT_EQ(Describe(Tag("since President Lee took office on June 4, after a snap election",
                         "2025-07-28")),
            "[June 4 DATE 2025-06-04] ");
  EXPECT_EQ(Describe(Tag("leaving the peninsula in a state of unresolved conflict for over "
                         "seventy years.",
                         "2025-07-28")),
            "[over seventy years DURATION P70Y MORE_THAN] ");
  EXPECT_EQ(Describe(Tag("the deep distrust that has built up over recent years.",
                         "2025-07-28")),
            "[recent years DATE PAST_REF] ");
}

// The gold cases of tests/core/data/temporal_expressions.jsonl: every
// expression of every sentence, with its exact span, type, value and mod.
TEST(TemporalTagger, GoldCases) {
  const std::string path =
      std::string(FACTMARK_SOURCE_DIR) + "/tests/core/data/temporal_expressions.jsonl";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::string line;
  int line_number = 0, cases = 0, expressions = 0, failures = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line.rfind("//", 0) == 0) continue;
    rapidjson::Document c;
    c.Parse(line.c_str());
    ASSERT_FALSE(c.HasParseError()) << path << ":" << line_number;
    const std::string text = c["text"].GetString();
    const std::string published = c["published"].IsNull() ? "" : c["published"].GetString();
    std::vector<Found> expected;
    for (const auto& e : c["expect"].GetArray()) {
      expected.push_back({e["text"].GetString(), e["type"].GetString(), e["value"].GetString(),
                          e["mod"].IsNull() ? "" : e["mod"].GetString()});
    }
    ++cases;
    expressions += static_cast<int>(expected.size());
    const std::string want = Describe(expected);
    const std::string got = Describe(Tag(text, published));
    if (want != got) {
      ++failures;
      ADD_FAILURE() << "line " << line_number << ": " << text << "\n  published " << published
                    << "\n  want " << want << "\n  got  " << got;
    }
  }
  // The suite must stay large enough to mean something.
  EXPECT_GE(expressions, 300);
  std::printf("[ gold     ] %d sentences, %d expressions, %d failing\n", cases, expressions,
              failures);
}

}  // namespace
}  // namespace factmark
