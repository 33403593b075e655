// The closed vocabulary of event types. Data files name types by these
// strings; snapshots store the enum's numeric value, so append, never reorder.
#ifndef FACTMARK_DATA_EVENT_TYPE_H_
#define FACTMARK_DATA_EVENT_TYPE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace factmark {

enum class EventType : uint16_t {
  kTookOffice = 0,
  kLeftOffice,
  kElectionHeld,
  kElected,
  kDied,
  kBorn,
  kAssassinated,
  kSigned,
  kWarBegan,
  kWarEnded,
  kCeasefire,
  kArmistice,
  kInvasion,
  kAnnexation,
  kAttack,
  kDisaster,
  kDeclaration,
  kReferendum,
  kSummit,
  kLaunch,
  kLanding,
  kFounding,
  kRelease,
  kCoronation,
  kRemovalFromOffice,
  kResignation,
  kAccession,     // a country joins an organization or treaty
  kIndependence,
  kWithdrawal,    // leaves an organization or treaty; forces leave a country
  kImpeached,     // a parliament's vote to impeach, before any removal
  kCount,  // not a type: the number of types
};

// A set of event types, one bit per type: what a trigger word can mean
// ("sank": a disaster or an attack).
using EventTypeSet = uint64_t;
static_assert(static_cast<size_t>(EventType::kCount) <= 64, "types fit a set");
constexpr EventTypeSet TypeBit(EventType type) {
  return EventTypeSet{1} << static_cast<unsigned>(type);
}
constexpr EventTypeSet kAllEventTypes =
    (EventTypeSet{1} << static_cast<unsigned>(EventType::kCount)) - 1;
inline bool HasType(EventTypeSet set, EventType type) { return (set & TypeBit(type)) != 0; }

// "took-office", "died", ...
std::string_view EventTypeName(EventType type);

// How an explanation says it happened: "took office", "died", ...
std::string_view EventTypePastPhrase(EventType type);

// What the timeline promises to record completely for an event type, up to
// its coverage end. A claimed date the timeline lacks is a wrong date only
// within that promise; outside it, the gap may be the timeline's.
enum class Completeness : uint8_t {
  kNone,                // e.g. "signed": nobody lists everything one signs
  kPerSubject,          // e.g. "died": every person's death, if dead
  kPerSubjectAndOffice  // e.g. "took office": every term of a covered office
};
Completeness CompletenessOf(EventType type);

// False when `name` is not in the vocabulary.
bool ParseEventType(std::string_view name, EventType* out);

}  // namespace factmark

#endif  // FACTMARK_DATA_EVENT_TYPE_H_
