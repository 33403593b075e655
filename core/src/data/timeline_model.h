// The timeline as the compiler holds it between reading sources and writing
// the snapshot: plain structs, already validated.
#ifndef FACTMARK_DATA_TIMELINE_MODEL_H_
#define FACTMARK_DATA_TIMELINE_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "data/event_type.h"
#include "data/snapshot_format.h"
#include "time/calendar.h"

namespace factmark {

enum class EntityKind : uint32_t {
  kPerson = 0,
  kCountry,
  kOrganization,
  kPlace,
  kOffice,
  kCount,
};
static_assert(static_cast<uint32_t>(EntityKind::kCount) == snapshot::kEntityKindCount,
              "the snapshot format knows every entity kind");

std::string_view EntityKindName(EntityKind kind);
bool ParseEntityKind(std::string_view name, EntityKind* out);

struct ModelEntity {
  std::string id;
  std::string name;
  EntityKind kind = EntityKind::kPerson;
  std::vector<std::string> aliases;  // the name itself is always an alias
  std::string surname;               // empty when not a person
};

struct ModelParticipant {
  uint32_t entity;  // index into TimelineModel::entities
  snapshot::Role role;
};

struct ModelEvent {
  std::string id;
  EventType type = EventType::kTookOffice;
  PartialDate date;
  std::vector<ModelParticipant> participants;
  std::string summary;
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
  std::vector<ModelEvent> events;
  std::vector<ModelTrigger> triggers;
  std::vector<ModelTitle> titles;
};

// Serializes a validated model into snapshot bytes (see snapshot_format.h).
std::string WriteSnapshot(const TimelineModel& model);

}  // namespace factmark

#endif  // FACTMARK_DATA_TIMELINE_MODEL_H_
