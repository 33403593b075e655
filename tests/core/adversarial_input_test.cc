// Hostile input against the default timeline (data/world): text over the
// size limit is refused with a clear error, and below it a check's time
// grows linearly. Each adversarial kind (endless digits, dates back to back,
// nested quotes, one giant sentence, every name the timeline knows, chains
// of relative dates, NUL bytes, invalid UTF-8) is timed against ordinary
// news text of the same size, measured in the same test, and must finish
// within a generous multiple of it.
//
// Size: each kind fills the whole limit, less a little, in the native build.
// Under the sanitizers (scripts/sanitize.sh), where a check is several times
// slower and the point is memory errors rather than time, each is 1 MiB;
// quadratic behaviour still shows there as a large multiple. The limit
// itself is tested at kMaxTextBytes + 1.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "factmark/checker.h"
#include "test_timeline.h"
#include "text_input.h"

namespace factmark {
namespace {

#if defined(__SANITIZE_ADDRESS__)
#define FACTMARK_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FACTMARK_SANITIZED 1
#endif
#endif
#ifdef FACTMARK_SANITIZED
constexpr size_t kBytes = kMaxTextBytes / 5;
#else
constexpr size_t kBytes = kMaxTextBytes - 4096;
#endif
// An adversarial kind may take this many times the ordinary text's time,
// plus kSlackSeconds (timers, allocation, a busy machine).
constexpr double kMostTimes = 10.0;
constexpr double kSlackSeconds = 0.5;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Cuts `text` to at most `size` bytes without splitting a UTF-8 sequence.
void TrimTo(std::string* text, size_t size) {
  if (text->size() <= size) return;
  size_t cut = size;
  while (cut > 0 && (static_cast<unsigned char>((*text)[cut]) & 0xC0) == 0x80) --cut;
  text->resize(cut);
}

// `unit` repeated to `size` bytes.
std::string Repeat(const std::string& unit, size_t size = kBytes) {
  std::string text;
  text.reserve(size + unit.size());
  while (text.size() < size) text += unit;
  TrimTo(&text, size);
  return text;
}

// Every name, alias and demonym of the default timeline's entities, and
// every title and trigger phrase, read from its sources in data/world.
std::vector<std::string> EveryName() {
  std::vector<std::string> names;
  const std::filesystem::path world = std::filesystem::path(FACTMARK_SOURCE_DIR) / "data" / "world";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(world)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 15 && name.compare(name.size() - 15, 15, ".entities.jsonl") == 0) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::istringstream lines(ReadFile(file));
    std::string line;
    while (std::getline(lines, line)) {
      rapidjson::Document d;
      d.Parse(line.c_str());
      if (d.HasParseError() || !d.IsObject()) continue;
      if (d.HasMember("name")) names.push_back(d["name"].GetString());
      for (const char* list : {"aliases", "demonyms"}) {
        if (!d.HasMember(list)) continue;
        for (const auto& v : d[list].GetArray()) names.push_back(v.GetString());
      }
      if (d.HasMember("surname")) names.push_back(d["surname"].GetString());
    }
  }
  for (const char* lexicon : {"titles.tsv", "triggers.tsv"}) {
    std::istringstream lines(ReadFile(world / "lexicon" / lexicon));
    std::string line;
    while (std::getline(lines, line)) {
      const size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
      names.push_back(line.substr(tab + 1));
    }
  }
  return names;
}

// Ordinary news text: the fixture articles, repeated.
std::string OrdinaryText() {
  const std::filesystem::path dir =
      std::filesystem::path(FACTMARK_SOURCE_DIR) / "tests" / "fixtures" / "articles";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string unit;
  for (const auto& file : files) unit += ReadFile(file) + "\n\n";
  return Repeat(unit);
}

struct Kind {
  const char* name;
  std::function<std::string()> make;
};

std::vector<Kind> AdversarialKinds() {
  return {
      {"endless digits", [] { return Repeat("31415926535897932384626433832795"); }},
      {"numbers", [] { return Repeat("4 2025 1999 31 12 100 70 1,000 3.5 "); }},
      {"months and days",
       [] { return Repeat("June 4 May 5 January 31 December 1999 Sept. 9 Mar 3 "); }},
      {"one date back to back", [] { return Repeat("June 4 "); }},
      {"nested quotes",
       [] {
         return Repeat("\u201CHe said \u2018she said \"they said 'we said \u201C\u2018\"'"
                       " on June 4 \u201D and ' \u201C(( [ ");
       }},
      {"one giant sentence",
       [] {
         return Repeat("and President Lee Jae Myung took office on June 4 in Seoul while ");
       }},
      {"every name back to back",
       [] {
         std::string unit;
         for (const std::string& name : EveryName()) unit += name + " ";
         return Repeat(unit);
       }},
      {"every name without spaces",
       [] {
         std::string unit;
         for (const std::string& name : EveryName()) unit += name;
         return Repeat(unit);
       }},
      {"date ranges",
       [] {
         return Repeat("from 1997 to 2007, between June 4 and June 5, 2025, 1950-53, "
                       "from May to July 2024 since October until last week ");
       }},
      {"relative dates",
       [] {
         return Repeat("three days after the day before two weeks before last Friday "
                       "ten years ago today a year later the next morning ");
       }},
      {"anniversaries",
       [] {
         return Repeat("the 70th anniversary of the 80th anniversary of marks 80 years "
                       "since 20 years since ");
       }},
      {"NUL bytes",
       [] {
         return Repeat(std::string("President Lee took office on June 4\0. \0\0 Seoul\0 ", 48));
       }},
  };
}

class AdversarialInput : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const Status status = testing::LoadWorldTimeline(&checker_);
    ASSERT_TRUE(status.ok()) << status.message();
  }
  static void TearDownTestSuite() { checker_.reset(); }

  // Checks `text`, returning the seconds it took.
  static double TimedCheck(const std::string& text, Status* status, std::string* json) {
    const auto start = std::chrono::steady_clock::now();
    *status = checker_->Check(text, CheckOptions{"2025-07-28"}, ReportFormat::kJson, json);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }

  static std::unique_ptr<Checker> checker_;
};

std::unique_ptr<Checker> AdversarialInput::checker_;

TEST_F(AdversarialInput, EveryKindTakesTimeLinearInItsSize) {
  const std::string ordinary = OrdinaryText();
  ASSERT_GT(ordinary.size(), kBytes - 8);
  Status status;
  std::string json;
  const double ordinary_seconds = TimedCheck(ordinary, &status, &json);
  ASSERT_TRUE(status.ok()) << status.message();
  // Ordinary text is checked for real: it has claims.
  EXPECT_NE(json.find("\"verdict\":\"supported\""), std::string::npos);
  std::printf("[ timing   ] ordinary text, %zu bytes: %.3f s\n", ordinary.size(),
              ordinary_seconds);

  for (const Kind& kind : AdversarialKinds()) {
    SCOPED_TRACE(kind.name);
    const std::string text = kind.make();
    ASSERT_GT(text.size(), kBytes - 256);
    ASSERT_LE(text.size(), kMaxTextBytes);
    const double seconds = TimedCheck(text, &status, &json);
    std::printf("[ timing   ] %s, %zu bytes: %.3f s (%.1fx ordinary)\n", kind.name, text.size(),
                seconds, seconds / ordinary_seconds);
    EXPECT_LE(seconds, kMostTimes * ordinary_seconds + kSlackSeconds)
        << kind.name << " took " << seconds << " s, ordinary text " << ordinary_seconds << " s";
    // A result, or an error that says what is wrong.
    if (!status.ok()) {
      EXPECT_EQ(status.code(), Status::Code::kInvalidInput);
      EXPECT_FALSE(status.message().empty());
      continue;
    }
    rapidjson::Document doc;
    doc.Parse(json.data(), json.size());
    ASSERT_FALSE(doc.HasParseError()) << "the result is not JSON";
    ASSERT_TRUE(doc["claims"].IsArray());
  }
}

TEST_F(AdversarialInput, NulBytesAreTextAndOffsetsStillIndexIt) {
  // ASCII only, so UTF-16 offsets are byte offsets.
  const std::string text =
      std::string("\0Intro.\0 President Donald Trump took office on January 21, 2017.\0", 66) +
      std::string("\0\0\0", 3) + " Lee Jae Myung took office on June 4.";
  Status status;
  std::string json;
  TimedCheck(text, &status, &json);
  ASSERT_TRUE(status.ok()) << status.message();
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  ASSERT_FALSE(doc.HasParseError()) << json;
  ASSERT_GE(doc["claims"].Size(), 2u) << json;
  for (const auto& claim : doc["claims"].GetArray()) {
    const uint32_t start = claim["start"].GetUint(), end = claim["end"].GetUint();
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start),
              std::string(claim["text"].GetString(), claim["text"].GetStringLength()));
  }
}

TEST_F(AdversarialInput, InvalidUtf8IsRefusedClearlyAndFast) {
  const std::string ordinary = OrdinaryText();
  Status status;
  std::string json;
  const double ordinary_seconds = TimedCheck(ordinary, &status, &json);
  ASSERT_TRUE(status.ok());
  // The bad byte last, so the whole text is read before it is found; then
  // an encoded lone surrogate (U+D800, what a careless UTF-16 conversion
  // writes), an overlong NUL and a truncated sequence.
  struct Bad {
    const char* name;
    std::string tail;
  };
  for (const Bad& bad : {Bad{"stray byte", "\xFF"}, Bad{"lone surrogate", "\xED\xA0\x80"},
                         Bad{"overlong NUL", std::string("\xC0\x80", 2)},
                         Bad{"truncated", "\xE2\x80"}}) {
    SCOPED_TRACE(bad.name);
    std::string text = ordinary;
    text.resize(text.size() - bad.tail.size() - 1);
    TrimTo(&text, text.size());
    const size_t offset = text.size();
    text += bad.tail;
    const double seconds = TimedCheck(text, &status, &json);
    EXPECT_EQ(status.code(), Status::Code::kInvalidInput);
    EXPECT_NE(status.message().find("not valid UTF-8 (first bad byte at offset " +
                                    std::to_string(offset) + ")"),
              std::string::npos)
        << status.message();
    EXPECT_NE(status.message().find("convert it to UTF-8"), std::string::npos);
    // Refusing reads the text once: no slower than checking it.
    EXPECT_LE(seconds, ordinary_seconds + kSlackSeconds);
  }
}

TEST_F(AdversarialInput, TextOverTheLimitIsRefusedWithTheLimitAndWhatToDo) {
  Status status;
  std::string json;
  const std::string at_limit = Repeat("June 4 ", kMaxTextBytes);
  ASSERT_EQ(at_limit.size(), kMaxTextBytes);
  // At the limit: checked.
  TimedCheck(at_limit, &status, &json);
  EXPECT_TRUE(status.ok()) << status.message();
  json.clear();
  // One byte over: refused at once, whatever it holds.
  const std::string over = at_limit + "x";
  TimedCheck(over, &status, &json);
  EXPECT_EQ(status.code(), Status::Code::kInvalidInput);
  EXPECT_NE(status.message().find(std::to_string(kMaxTextBytes + 1) + " bytes"),
            std::string::npos)
      << status.message();
  EXPECT_NE(status.message().find("at most " + std::to_string(kMaxTextBytes) + " bytes"),
            std::string::npos)
      << status.message();
  EXPECT_NE(status.message().find("split it"), std::string::npos) << status.message();
  EXPECT_TRUE(json.empty());
}

}  // namespace
}  // namespace factmark
