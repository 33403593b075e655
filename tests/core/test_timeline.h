// The timelines of the core's tests: a small one compiled in memory, and the
// default one as the build compiled it.
#ifndef FACTMARK_TESTS_CORE_TEST_TIMELINE_H_
#define FACTMARK_TESTS_CORE_TEST_TIMELINE_H_

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "factmark/checker.h"
#include "factmark/timeline_compiler.h"

namespace factmark {
namespace testing {

inline std::vector<SourceFile> SmallTimelineSources() {
  return {
      {"t/dataset.json",
       R"({"name": "test-timeline", "version": "1", "coverage_end": "2025-12-31"})"},
      {"t/entities.jsonl",
       R"({"id": "korea", "kind": "country", "name": "South Korea", "demonyms": ["South Korean"]}
{"id": "usa", "kind": "country", "name": "United States", "aliases": ["U.S."], "demonyms": ["American"]}
{"id": "president-of-korea", "kind": "office", "name": "President of South Korea", "jurisdiction": "korea"}
{"id": "president-of-usa", "kind": "office", "name": "President of the United States", "jurisdiction": "usa"}
{"id": "vice-president-of-usa", "kind": "office", "name": "Vice President of the United States", "jurisdiction": "usa"}
{"id": "lee", "kind": "person", "name": "Lee Jae-myung", "aliases": ["Lee Jae Myung"], "surname": "Lee"}
{"id": "lee-mb", "kind": "person", "name": "Lee Myung-bak", "surname": "Lee"}
{"id": "trump", "kind": "person", "name": "Donald Trump", "surname": "Trump"}
{"id": "biden", "kind": "person", "name": "Joe Biden", "surname": "Biden"}
)"},
      {"t/events.jsonl",
       R"({"id": "lee-in", "type": "took-office", "date": "2025-06-04", "participants": [{"entity": "lee", "role": "subject"}, {"entity": "president-of-korea", "role": "object"}], "summary": "Lee took office.", "sources": ["https://example.org/lee"]}
{"id": "lee-mb-in", "type": "took-office", "date": "2008-02-25", "participants": [{"entity": "lee-mb", "role": "subject"}, {"entity": "president-of-korea", "role": "object"}], "summary": "Lee Myung-bak took office.", "sources": ["https://example.org/lee-mb"]}
{"id": "trump-in-1", "type": "took-office", "date": "2017-01-20", "participants": [{"entity": "trump", "role": "subject"}, {"entity": "president-of-usa", "role": "object"}], "summary": "Trump's first term began.", "sources": ["https://example.org/trump-1"]}
{"id": "trump-in-2", "type": "took-office", "date": "2025-01-20", "participants": [{"entity": "trump", "role": "subject"}, {"entity": "president-of-usa", "role": "object"}], "summary": "Trump's second term began.", "sources": ["https://example.org/trump-2"]}
{"id": "biden-in", "type": "took-office", "date": "2021-01-20", "participants": [{"entity": "biden", "role": "subject"}, {"entity": "president-of-usa", "role": "object"}], "summary": "Biden took office.", "sources": ["https://example.org/biden"]}
)"},
      {"t/lexicon/triggers.tsv",
       "# comment\ntook-office\ttook office\ntook-office\twas sworn in\n"},
      {"t/lexicon/titles.tsv",
       "president-of-korea\tPresident\npresident-of-korea\tSouth Korean President\n"
       "president-of-usa\tPresident\nvice-president-of-usa\tVice President\n"},
  };
}

inline std::string SmallTimelineSnapshot() {
  std::string snapshot;
  const Status status = CompileTimeline(SmallTimelineSources(), &snapshot);
  return status.ok() ? snapshot : std::string();
}

#ifdef FACTMARK_WORLD_SNAPSHOT
// Loads the default timeline as the build compiled it from data/world.
inline Status LoadWorldTimeline(std::unique_ptr<Checker>* checker) {
  std::ifstream in(FACTMARK_WORLD_SNAPSHOT, std::ios::binary);
  if (!in) return Status::InvalidArgument("cannot read " FACTMARK_WORLD_SNAPSHOT);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return Checker::Load(bytes.str(), checker);
}
#endif

}  // namespace testing
}  // namespace factmark

#endif  // FACTMARK_TESTS_CORE_TEST_TIMELINE_H_
