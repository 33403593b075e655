#include "factmark/timeline_compiler.h"

#include <gtest/gtest.h>

#include "test_timeline.h"

namespace factmark {
namespace {

using testing::SmallTimelineSources;

// Compiles the small timeline with one file replaced and returns the
// refusal message ("" when it compiled).
std::string Refusal(const std::string& path, const std::string& contents) {
  std::vector<SourceFile> files = SmallTimelineSources();
  bool replaced = false;
  for (SourceFile& f : files) {
    if (f.path == path) {
      f.contents = contents;
      replaced = true;
    }
  }
  if (!replaced) files.push_back({path, contents});
  std::string snapshot;
  const Status status = CompileTimeline(files, &snapshot);
  if (status.ok()) return "";
  EXPECT_EQ(status.code(), Status::Code::kInvalidData);
  return status.message();
}

const char kEvent[] =
    R"({"id": "x", "type": "took-office", "date": "2025-06-04", "participants": [{"entity": "lee", "role": "subject"}], "summary": "s", "sources": ["https://example.org/x"]})";

std::string EventWith(const std::string& from, const std::string& to) {
  std::string event = kEvent;
  const size_t at = event.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return event.replace(at, from.size(), to);
}

TEST(TimelineCompiler, CompilesTheSmallTimeline) {
  EXPECT_EQ(Refusal("t/more.events.jsonl", kEvent), "");
}

TEST(TimelineCompiler, NamesFileLineAndProblem) {
  EXPECT_EQ(Refusal("t/more.events.jsonl",
                    std::string("\n") + EventWith("2025-06-04", "2025-02-30")),
            "t/more.events.jsonl:2: date \"2025-02-30\" is not a real date "
            "(YYYY-MM-DD, YYYY-MM or YYYY)");
}

TEST(TimelineCompiler, RefusesRecordsWithoutSources) {
  EXPECT_NE(Refusal("t/more.events.jsonl",
                    EventWith(R"(["https://example.org/x"])", "[]"))
                .find("at least one source"),
            std::string::npos);
  EXPECT_NE(Refusal("t/more.events.jsonl",
                    EventWith("https://example.org/x", "javascript:alert(1)"))
                .find("not an http(s) URL"),
            std::string::npos);
}

TEST(TimelineCompiler, RefusesUnknownAndDuplicateIds) {
  EXPECT_NE(Refusal("t/more.events.jsonl", EventWith(R"("entity": "lee")", R"("entity": "nobody")"))
                .find("unknown entity \"nobody\""),
            std::string::npos);
  EXPECT_NE(Refusal("t/more.events.jsonl", EventWith(R"("id": "x")", R"("id": "lee-in")"))
                .find("duplicate id \"lee-in\" (first defined at t/events.jsonl:1)"),
            std::string::npos);
}

TEST(TimelineCompiler, RefusesAnAliasClaimedByTwoEntities) {
  EXPECT_NE(Refusal("t/more.entities.jsonl",
                    R"({"id": "other", "kind": "person", "name": "Someone", "aliases": ["Donald Trump"]})")
                .find("alias \"donald trump\" is also claimed by"),
            std::string::npos);
}

TEST(TimelineCompiler, RefusesBadJsonUnknownFieldsAndTypes) {
  EXPECT_NE(Refusal("t/more.events.jsonl", "{not json").find("t/more.events.jsonl:1: invalid JSON"),
            std::string::npos);
  EXPECT_NE(Refusal("t/more.events.jsonl", EventWith(R"("summary")", R"("sumary")"))
                .find("unknown field \"sumary\""),
            std::string::npos);
  EXPECT_NE(Refusal("t/more.events.jsonl", EventWith("took-office", "took-ofice"))
                .find("unknown event type"),
            std::string::npos);
  EXPECT_NE(Refusal("t/lexicon/titles.tsv", "lee\tPresident\n").find("is not an office entity"),
            std::string::npos);
  EXPECT_NE(Refusal("t/notes.txt", "hello").find("not a timeline source"), std::string::npos);
  EXPECT_NE(Refusal("t/more.events.jsonl", "\xFF").find("not valid UTF-8"), std::string::npos);
}

TEST(TimelineCompiler, ListsEveryProblemAtOnce) {
  const std::string message = Refusal(
      "t/more.events.jsonl",
      EventWith("2025-06-04", "2025-13-01") + "\n" +
          EventWith(R"("id": "x")", R"("id": "y")").replace(0, 1, "["));
  EXPECT_NE(message.find("t/more.events.jsonl:1: date"), std::string::npos) << message;
  EXPECT_NE(message.find("t/more.events.jsonl:2: invalid JSON"), std::string::npos) << message;
}

}  // namespace
}  // namespace factmark
