// Read-only access to a compiled timeline snapshot, used in place. Open()
// checks the checksum and every offset, index and ordering once, so the
// accessors below can trust what they read.
#ifndef FACTMARK_DATA_TIMELINE_H_
#define FACTMARK_DATA_TIMELINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <string_view>

#include "data/event_type.h"
#include "data/snapshot_format.h"
#include "data/term.h"
#include "factmark/status.h"
#include "time/calendar.h"

namespace factmark {

struct IndexRange {
  uint32_t begin = 0;
  uint32_t end = 0;  // one past the last record
  bool empty() const { return begin == end; }
};

class Timeline {
 public:
  static Status Open(std::string bytes, std::unique_ptr<Timeline>* out);

  struct Entity {
    std::string_view id;
    std::string_view name;
    uint32_t kind;          // EntityKind
    uint32_t jurisdiction;  // offices: an entity index; else snapshot::kNone
  };
  struct Alias {
    uint32_t entity;
    uint32_t flags;  // snapshot::kAliasSurname, kAliasDemonym
  };
  struct Event {
    std::string_view id;
    std::string_view summary;
    PartialDate date;
    EventType type;
    IndexRange sources;  // indexes for source()
    bool has_end;
    PartialDate end;  // the last day, for an event that spans days
    uint32_t place;   // an entity index, or snapshot::kNone
  };
  struct Term {
    uint32_t office;  // entity indexes
    uint32_t holder;
    PartialDate start;
    bool has_end;  // false: in office at the coverage end
    PartialDate end;
    TermStart began;
    TermEnd ended;
    bool acting;
    IndexRange sources;
  };
  struct Participation {
    uint32_t event;
    snapshot::Role role;
  };

  std::string_view name() const { return name_; }
  std::string_view version() const { return version_; }
  int32_t coverage_end() const { return coverage_end_; }  // days since epoch
  uint32_t entity_count() const { return entity_count_; }
  uint32_t event_count() const { return event_count_; }
  uint32_t term_count() const { return term_count_; }
  uint32_t longest_alias() const { return longest_alias_; }      // in tokens
  uint32_t longest_trigger() const { return longest_trigger_; }  // in tokens
  uint32_t longest_title() const { return longest_title_; }      // in tokens

  Entity entity(uint32_t index) const;
  Event event(uint32_t index) const;
  std::string_view source(uint32_t index) const;

  // What a folded phrase is: a bit for each kind of record whose key it
  // is, and kPhrasePrefix when a longer key starts with it and a space.
  // 0 means no alias, trigger or title is or begins with it, so a search
  // for mentions can stop (one hash lookup instead of three bisections).
  static constexpr uint8_t kPhraseAlias = 1, kPhraseTrigger = 2, kPhraseTitle = 4,
                           kPhrasePrefix = 8;
  uint8_t PhraseKind(std::string_view key) const {
    const auto it = phrases_.find(key);
    return it == phrases_.end() ? 0 : it->second;
  }

  // Alias records whose folded key equals `key` (see FoldPhrase).
  IndexRange FindAliases(std::string_view key) const;
  Alias alias(uint32_t record) const;

  // Trigger records whose folded phrase equals `key`.
  IndexRange FindTriggers(std::string_view key) const;
  EventType trigger_type(uint32_t record) const;

  // Title records whose folded phrase equals `key`.
  IndexRange FindTitles(std::string_view key) const;
  uint32_t title_office(uint32_t record) const;  // an entity index

  // The events whose date starts in [first_day, last_day] (days since the
  // epoch): events are stored by date, so this bisects.
  IndexRange EventsStartingIn(int32_t first_day, int32_t last_day) const;

  // The events an entity takes part in, in date order.
  IndexRange ParticipationsOf(uint32_t entity) const;
  Participation participation(uint32_t record) const;

  // Whether `entity` takes part in `event` in any role.
  bool Participates(uint32_t entity, uint32_t event) const;

  // Terms are stored by office, then start: an office's terms are a range.
  Term term(uint32_t index) const;
  IndexRange TermsOfOffice(uint32_t office) const;
  // A person's terms, in start order: indexes for holder_term().
  IndexRange TermsOfHolder(uint32_t holder) const;
  uint32_t holder_term(uint32_t record) const;  // a term index

 private:
  struct Section {
    const char* data = nullptr;
    uint32_t size = 0;
  };
  Timeline() = default;
  Status Validate();
  void IndexPhrases();
  std::string_view String(const char* ref) const;
  IndexRange FindByKey(const Section& section, size_t record_size,
                       std::string_view key) const;

  std::string bytes_;
  Section meta_, strings_, entities_, aliases_, events_, sources_,
      participants_, triggers_, titles_, terms_, holders_;
  std::string_view name_, version_;
  int32_t coverage_end_ = 0;
  uint32_t entity_count_ = 0, event_count_ = 0, alias_count_ = 0,
           source_count_ = 0, participant_count_ = 0, trigger_count_ = 0,
           title_count_ = 0, term_count_ = 0;
  uint32_t longest_alias_ = 0, longest_trigger_ = 0, longest_title_ = 0;
  std::unordered_map<std::string_view, uint8_t> phrases_;  // views into bytes_
};

}  // namespace factmark

#endif  // FACTMARK_DATA_TIMELINE_H_
