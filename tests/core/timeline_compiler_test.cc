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

// Found by fuzzing: a record refused at its second participant left the
// first one pointing at an event that was never added.
TEST(TimelineCompiler, RefusesAParticipantListHalfWayWithoutADanglingReference) {
  EXPECT_EQ(Refusal("t/more.events.jsonl",
                    EventWith(R"({"entity": "lee", "role": "subject"})",
                              R"({"entity": "lee", "role": "subject"}, {"entity": "lee", "role": "host"})")),
            "t/more.events.jsonl:1: unknown role \"host\" (subject, object, participant)");
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

const char kTerm[] =
    R"({"office": "president-of-usa", "holder": "biden", "start": "2021-01-20", "end": "2025-01-20", "began": "election", "ended": "term-end", "sources": ["https://example.org/b"]})";

TEST(TimelineCompiler, ChecksTerms) {
  EXPECT_EQ(Refusal("t/x.terms.jsonl", kTerm), "");
  std::string term = kTerm;
  EXPECT_EQ(Refusal("t/x.terms.jsonl", term.replace(term.find("2025-01-20"), 10, "2020-01-20")),
            "t/x.terms.jsonl:1: end 2020-01-20 is before start 2021-01-20");
  EXPECT_NE(Refusal("t/x.terms.jsonl", std::string(kTerm) + "\n" +
                                           R"({"office": "president-of-usa", "holder": "trump", "start": "2024-06-01", "began": "election", "sources": ["https://example.org/t"]})")
                .find("t/x.terms.jsonl:2: this term of \"president-of-usa\" begins before the "
                      "term at t/x.terms.jsonl:1 ends"),
            std::string::npos);
  // Meeting on the handover day is no overlap; an acting holder may overlap.
  EXPECT_EQ(Refusal("t/x.terms.jsonl", std::string(kTerm) + "\n" +
                                           R"({"office": "president-of-usa", "holder": "trump", "start": "2025-01-20", "began": "election", "sources": ["https://example.org/t"]}
{"office": "president-of-usa", "holder": "lee", "start": "2023-01-01", "end": "2023-02-01", "began": "acting", "ended": "other", "acting": true, "sources": ["https://example.org/a"]})"),
            "");
  EXPECT_NE(Refusal("t/x.terms.jsonl", R"({"office": "lee", "holder": "biden", "start": "2021-01-20", "began": "election", "sources": ["https://example.org/b"]})")
                .find("\"lee\" is not an office"),
            std::string::npos);
  EXPECT_NE(Refusal("t/x.terms.jsonl", R"({"office": "president-of-usa", "holder": "nobody", "start": "2021-01-20", "began": "elected", "sources": ["https://example.org/b"]})")
                .find("began \"elected\" is not one of"),
            std::string::npos);
  EXPECT_NE(Refusal("t/x.terms.jsonl", R"({"office": "president-of-usa", "holder": "biden", "start": "2021-01-20", "end": "2022-01-01", "began": "election", "sources": ["https://example.org/b"]})")
                .find("a term with an end needs \"ended\""),
            std::string::npos);
  EXPECT_NE(Refusal("t/x.terms.jsonl", R"({"office": "president-of-usa", "holder": "biden", "start": "2021-01-20", "began": "election", "sources": []})")
                .find("at least one source"),
            std::string::npos);
}

TEST(TimelineCompiler, ChecksOfficesSpansAndSharedAliases) {
  EXPECT_NE(Refusal("t/x.entities.jsonl", R"({"id": "pm", "kind": "office", "name": "Prime Minister"})")
                .find("an office needs a \"jurisdiction\""),
            std::string::npos);
  EXPECT_NE(Refusal("t/x.entities.jsonl", R"({"id": "pm", "kind": "office", "name": "Prime Minister", "jurisdiction": "atlantis"})")
                .find("unknown entity \"atlantis\""),
            std::string::npos);
  EXPECT_EQ(Refusal("t/x.entities.jsonl", R"({"id": "pm", "kind": "office", "name": "Prime Minister of Korea", "jurisdiction": "korea", "titles": ["Prime Minister"], "wikidata": "Q1"})"),
            "");
  EXPECT_NE(Refusal("t/x.entities.jsonl", R"({"id": "x", "kind": "person", "name": "X", "wikidata": "12"})")
                .find("not a Wikidata item"),
            std::string::npos);
  EXPECT_NE(Refusal("t/more.events.jsonl", EventWith("\"date\": \"2025-06-04\"", "\"date\": \"2025-06-04\", \"end\": \"2025-06-01\""))
                .find("end 2025-06-01 is before date 2025-06-04"),
            std::string::npos);
  // A shared alias needs a note on one of its owners.
  const std::string georgia_state = R"j({"id": "georgia-state", "kind": "place", "name": "Georgia (U.S. state)", "aliases": ["Georgia"]})j";
  const std::string georgia_country = R"({"id": "georgia", "kind": "country", "name": "Georgia"})";
  EXPECT_NE(Refusal("t/x.entities.jsonl", georgia_state + "\n" + georgia_country)
                .find("add a \"note\""),
            std::string::npos);
  std::string noted = georgia_country;
  noted.insert(noted.size() - 1, R"j(, "note": "the country; the U.S. state shares the name")j");
  EXPECT_EQ(Refusal("t/x.entities.jsonl", georgia_state + "\n" + noted), "");
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
