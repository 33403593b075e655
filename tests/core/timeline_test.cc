#include "data/timeline.h"

#include <gtest/gtest.h>

#include <random>

#include "data/checksum.h"
#include "data/snapshot_format.h"
#include "test_timeline.h"
#include "text/tokenizer.h"

namespace factmark {
namespace {

using testing::SmallTimelineSnapshot;

TEST(Timeline, ReadsBackWhatTheCompilerWrote) {
  std::unique_ptr<Timeline> t;
  ASSERT_TRUE(Timeline::Open(SmallTimelineSnapshot(), &t).ok());
  EXPECT_EQ(t->name(), "test-timeline");
  EXPECT_EQ(t->version(), "1");
  EXPECT_EQ(t->event_count(), 5u);
  EXPECT_EQ(t->entity_count(), 9u);
  EXPECT_EQ(t->coverage_end(), DaysFromCivil(CivilDate{2025, 12, 31}));

  // Events come out sorted by date.
  for (uint32_t i = 1; i < t->event_count(); ++i) {
    EXPECT_LE(t->event(i - 1).date.first_day(), t->event(i).date.first_day());
  }
  // Aliases, with hyphens and case folded, and surnames flagged.
  const IndexRange lee = t->FindAliases(FoldPhrase("LEE JAE MYUNG"));
  ASSERT_EQ(lee.end - lee.begin, 1u);
  EXPECT_EQ(t->entity(t->alias(lee.begin).entity).name, "Lee Jae-myung");
  const IndexRange surname = t->FindAliases("lee");
  ASSERT_EQ(surname.end - surname.begin, 2u);
  EXPECT_TRUE(t->alias(surname.begin).flags & snapshot::kAliasSurname);
  EXPECT_TRUE(t->FindAliases("nobody").empty());
  // Titles name offices; triggers name event types.
  EXPECT_EQ(t->FindTitles("president").end - t->FindTitles("president").begin, 2u);
  ASSERT_FALSE(t->FindTriggers("was sworn in").empty());
  EXPECT_EQ(t->trigger_type(t->FindTriggers("was sworn in").begin), EventType::kTookOffice);
  // Each person's events, and participation lookups.
  const uint32_t trump = t->alias(t->FindAliases("donald trump").begin).entity;
  const IndexRange events = t->ParticipationsOf(trump);
  ASSERT_EQ(events.end - events.begin, 2u);
  const Timeline::Event first = t->event(t->participation(events.begin).event);
  EXPECT_EQ(first.id, "trump-in-1");
  EXPECT_EQ(FormatIsoDate(first.date), "2017-01-20");
  EXPECT_EQ(t->source(first.sources.begin), "https://example.org/trump-1");
  EXPECT_TRUE(t->Participates(trump, t->participation(events.begin).event));
}

// The small timeline with terms of office, a dated span and a place.
std::string SnapshotWithTerms() {
  std::vector<SourceFile> files = testing::SmallTimelineSources();
  files.push_back({"t/more.entities.jsonl",
                   R"({"id": "obama", "kind": "person", "name": "Barack Obama", "surname": "Obama"}
{"id": "singapore", "kind": "place", "name": "Singapore"}
{"id": "summit-2018", "kind": "event", "name": "Singapore summit", "note": "a named event"})"});
  files.push_back({"t/us.terms.jsonl",
                   R"({"office": "president-of-usa", "holder": "trump", "start": "2025-01-20", "began": "election", "sources": ["https://example.org/t"]}
{"office": "president-of-usa", "holder": "obama", "start": "2009-01-20", "end": "2013-01-20", "began": "election", "ended": "term-end", "sources": ["https://example.org/o1"]}
{"office": "president-of-usa", "holder": "obama", "start": "2013-01-20", "end": "2017-01-20", "began": "election", "ended": "term-end", "sources": ["https://example.org/o2"]}
{"office": "president-of-usa", "holder": "biden", "start": "2021-01-20", "end": "2025-01-20", "began": "election", "ended": "election", "sources": ["https://example.org/b"]})"});
  files.push_back({"t/summits.events.jsonl",
                   R"({"id": "singapore-summit", "type": "summit", "date": "2018-06-12", "end": "2018-06-12", "place": "singapore", "participants": [{"entity": "summit-2018", "role": "subject"}, {"entity": "trump", "role": "participant"}], "summary": "s", "sources": ["https://example.org/s"]})"});
  std::string snapshot;
  const Status status = CompileTimeline(files, &snapshot);
  EXPECT_TRUE(status.ok()) << status.message();
  return snapshot;
}

TEST(Timeline, ReadsTermsSpansPlacesAndJurisdictions) {
  std::unique_ptr<Timeline> t;
  ASSERT_TRUE(Timeline::Open(SnapshotWithTerms(), &t).ok());
  auto entity = [&](std::string_view name) {
    return t->alias(t->FindAliases(FoldPhrase(name)).begin).entity;
  };
  const uint32_t office = entity("President of the United States");
  EXPECT_EQ(t->entity(t->entity(office).jurisdiction).name, "United States");
  EXPECT_EQ(t->entity(entity("Donald Trump")).jurisdiction, snapshot::kNone);
  // Terms by office come in start order, whatever the order in the file.
  const IndexRange terms = t->TermsOfOffice(office);
  ASSERT_EQ(terms.end - terms.begin, 4u);
  std::vector<std::string> starts;
  for (uint32_t i = terms.begin; i < terms.end; ++i) {
    starts.push_back(FormatIsoDate(t->term(i).start));
  }
  EXPECT_EQ(starts, (std::vector<std::string>{"2009-01-20", "2013-01-20", "2021-01-20",
                                              "2025-01-20"}));
  const Timeline::Term biden = t->term(terms.begin + 2);
  EXPECT_EQ(t->entity(biden.holder).name, "Joe Biden");
  EXPECT_TRUE(biden.has_end);
  EXPECT_EQ(FormatIsoDate(biden.end), "2025-01-20");
  EXPECT_EQ(biden.began, TermStart::kElection);
  EXPECT_EQ(biden.ended, TermEnd::kElection);
  EXPECT_EQ(t->source(biden.sources.begin), "https://example.org/b");
  EXPECT_FALSE(t->term(terms.begin + 3).has_end);  // Trump, in office
  // A person's terms.
  const IndexRange obama = t->TermsOfHolder(entity("Barack Obama"));
  ASSERT_EQ(obama.end - obama.begin, 2u);
  EXPECT_EQ(FormatIsoDate(t->term(t->holder_term(obama.begin)).start), "2009-01-20");
  EXPECT_TRUE(t->TermsOfHolder(entity("Lee Jae-myung")).empty());
  // Terms imply took-office and left-office events, once: Biden's and
  // Trump's took-office events are written in the sources already.
  uint32_t took = 0, left = 0;
  for (uint32_t i = 0; i < t->event_count(); ++i) {
    const Timeline::Event e = t->event(i);
    if (!t->Participates(office, i)) continue;
    took += e.type == EventType::kTookOffice;
    left += e.type == EventType::kLeftOffice;
  }
  EXPECT_EQ(took, 5u);  // Obama twice, Biden, Trump twice (one from 2017)
  EXPECT_EQ(left, 3u);
  // A span and a place.
  for (uint32_t i = 0; i < t->event_count(); ++i) {
    const Timeline::Event e = t->event(i);
    if (e.id != "singapore-summit") continue;
    EXPECT_TRUE(e.has_end);
    EXPECT_EQ(t->entity(e.place).name, "Singapore");
  }
  // Demonyms are aliases of their country, flagged.
  const IndexRange american = t->FindAliases("american");
  ASSERT_EQ(american.end - american.begin, 1u);
  EXPECT_TRUE(t->alias(american.begin).flags & snapshot::kAliasDemonym);
}

TEST(Timeline, EveryTruncationIsAClearError) {
  const std::string snapshot = SnapshotWithTerms();
  ASSERT_FALSE(snapshot.empty());
  for (size_t length = 0; length < snapshot.size(); ++length) {
    std::unique_ptr<Timeline> t;
    const Status status = Timeline::Open(snapshot.substr(0, length), &t);
    ASSERT_FALSE(status.ok()) << length;
    EXPECT_EQ(status.code(), Status::Code::kCorruptData);
    EXPECT_EQ(t, nullptr);
  }
}

TEST(Timeline, EveryFlippedByteIsCaught) {
  const std::string snapshot = SnapshotWithTerms();
  std::mt19937 random(42);
  for (size_t at = 0; at < snapshot.size(); ++at) {
    std::string corrupt = snapshot;
    corrupt[at] = static_cast<char>(corrupt[at] ^ (1 + random() % 255));
    std::unique_ptr<Timeline> t;
    const Status status = Timeline::Open(corrupt, &t);
    ASSERT_FALSE(status.ok()) << "flip at " << at;
    EXPECT_EQ(status.code(), Status::Code::kCorruptData);
  }
}

// The header lies outside the payload's checksum, so each of its bytes is
// tried with every other value: a raised section count once made a
// section's first bytes load as a directory entry.
TEST(Timeline, EveryValueOfEveryHeaderByteIsCaught) {
  const std::string snapshot = SnapshotWithTerms();
  for (size_t at = 0; at < snapshot::kHeaderSize; ++at) {
    for (int value = 0; value < 256; ++value) {
      if (static_cast<char>(value) == snapshot[at]) continue;
      std::string corrupt = snapshot;
      corrupt[at] = static_cast<char>(value);
      std::unique_ptr<Timeline> t;
      const Status status = Timeline::Open(corrupt, &t);
      ASSERT_FALSE(status.ok()) << "byte " << at << " set to " << value;
      EXPECT_EQ(status.code(), Status::Code::kCorruptData);
    }
  }
}

TEST(Timeline, SaysWhatIsWrong) {
  std::unique_ptr<Timeline> t;
  EXPECT_NE(Timeline::Open("hello", &t).message().find("not a factmark timeline"),
            std::string::npos);
  std::string snapshot = SmallTimelineSnapshot();
  snapshot[8] = 99;  // format version
  EXPECT_NE(Timeline::Open(snapshot, &t).message().find("format version 99"),
            std::string::npos);
  snapshot = SmallTimelineSnapshot();
  snapshot.back() ^= 1;
  EXPECT_NE(Timeline::Open(snapshot, &t).message().find("checksum"), std::string::npos);
  snapshot = SmallTimelineSnapshot() + "x";
  EXPECT_NE(Timeline::Open(snapshot, &t).message().find("truncated or padded"),
            std::string::npos);
}

// Rewrites the header's checksum so a deliberately broken payload gets past
// the checksum and reaches the structural checks.
std::string Resign(std::string snapshot) {
  const Checksum digest = PayloadChecksum(std::string_view(snapshot).substr(snapshot::kHeaderSize));
  snapshot.replace(snapshot::kDigestOffset, digest.size(),
                   reinterpret_cast<const char*>(digest.data()), digest.size());
  return snapshot;
}

void PutU32(std::string* s, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) (*s)[at + i] = static_cast<char>(v >> (8 * i));
}

TEST(Timeline, OffsetsOutsideTheFileAreCaughtEvenWithAValidChecksum) {
  const std::string good = SmallTimelineSnapshot();
  const size_t directory = snapshot::kHeaderSize;
  std::unique_ptr<Timeline> t;
  ASSERT_TRUE(Timeline::Open(Resign(good), &t).ok());
  const uint32_t sections = snapshot::ReadU32(good.data() + snapshot::kSectionCountOffset);
  ASSERT_EQ(sections, 11u);
  for (uint32_t section = 0; section < sections; ++section) {
    const size_t entry = directory + section * snapshot::kDirectoryEntrySize;
    std::string bad = good;
    PutU32(&bad, entry + 4, 0xFFFFFFF0u);  // offset
    EXPECT_NE(Timeline::Open(Resign(bad), &t).message().find("lies outside the file"),
              std::string::npos) << section;
    bad = good;
    PutU32(&bad, entry + 8, 0x7FFFFFFFu);  // size
    EXPECT_FALSE(Timeline::Open(Resign(bad), &t).ok()) << section;
  }
  // A string reference past the string pool: the first event's summary.
  std::string bad = good;
  for (uint32_t section = 0; section < sections; ++section) {
    const size_t entry = directory + section * snapshot::kDirectoryEntrySize;
    if (snapshot::ReadU32(bad.data() + entry) == snapshot::kEventsTag) {
      const uint32_t events = snapshot::ReadU32(bad.data() + entry + 4);
      PutU32(&bad, directory + events + 8, 0x00FFFFFFu);
    }
  }
  EXPECT_NE(Timeline::Open(Resign(bad), &t).message().find("outside STRS"), std::string::npos);
}

}  // namespace
}  // namespace factmark
