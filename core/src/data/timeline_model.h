// The timeline as the compiler holds it between reading sources and writing
// the snapshot: plain structs, already validated.
#ifndef FACTMARK_DATA_TIMELINE_MODEL_H_
#define FACTMARK_DATA_TIMELINE_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "data/event_type.h"
#include "data/term.h"
#include "data/snapshot_format.h"
#include "time/calendar.h"

namespace factmark {

enum class EntityKind : uint32_t {
  kPerson = 0,
  kCountry,
  kOrganization,
  kPlace,
  kOffice,
  kEvent,  // a named event articles refer to: a war, a treaty, a summit
  kCount,
};
static_assert(static_cast<uint32_t>(EntityKind::kCount) == snapshot::kEntityKindCount,
              "the snapshot format knows every entity kind");

std::string_view EntityKindName(EntityKind kind);
bool ParseEntityKind(std::string_view name, EntityKind* out);

constexpr uint32_t kNoEntity = UINT32_MAX;

struct ModelEntity {
  std::string id;
  std::string name;
  EntityKind kind = EntityKind::kPerson;
  std::vector<std::string> aliases;   // the name itself is always an alias
  std::vector<std::string> demonyms;  // countries: "South Korean"
  std::string surname;                // empty when not a person
  std::vector<std::string> short_names;  // other second-mention names
  uint32_t jurisdiction = kNoEntity;  // offices: whose office it is
  bool has_note = false;              // a note explains a shared alias
};

struct ModelParticipant {
  uint32_t entity;  // index into TimelineModel::entities
  snapshot::Role role;
};

struct ModelEvent {
  std::string id;
  EventType type = EventType::kTookOffice;
  PartialDate date;
  bool has_end = false;
  PartialDate end;  // the last day of an event that spans days
  std::vector<ModelParticipant> participants;
  uint32_t place = kNoEntity;
  std::string summary;
  std::vector<std::string> sources;
};

struct ModelTerm {
  uint32_t office;  // entity indexes
  uint32_t holder;
  PartialDate start;
  bool has_end = false;  // false: in office at the coverage end
  PartialDate end;
  TermStart began = TermStart::kOther;
  TermEnd ended = TermEnd::kOther;
  bool acting = false;
  std::vector<std::string> sources;
};

struct ModelTrigger {
  std::string phrase;
  EventType type;
};

// A title an office is called by ("President", "South Korean president").
struct ModelTitle {
  std::string phrase;
  uint32_t office;  // index into TimelineModel::entities, of kind kOffice
};

struct TimelineModel {
  std::string name;
  std::string version;
  PartialDate coverage_end;
  std::vector<ModelEntity> entities;
  std::vector<ModelEvent> events;  // with the events terms imply
  std::vector<ModelTerm> terms;
  std::vector<ModelTrigger> triggers;
  std::vector<ModelTitle> titles;
};

// Serializes a validated model into snapshot bytes (see snapshot_format.h).
std::string WriteSnapshot(const TimelineModel& model);

}  // namespace factmark

#endif  // FACTMARK_DATA_TIMELINE_MODEL_H_
