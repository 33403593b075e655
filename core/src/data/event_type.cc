#include "data/event_type.h"

namespace factmark {
namespace {

constexpr std::string_view kNames[] = {
    "took-office", "left-office",  "election-held", "elected",
    "died",        "born",         "assassinated",  "signed",
    "war-began",   "war-ended",    "ceasefire",     "armistice",
    "invasion",    "annexation",   "attack",        "disaster",
    "declaration", "referendum",   "summit",        "launch",
    "landing",     "founding",     "release",       "coronation",
    "removal-from-office",         "resignation",
    "accession",   "independence", "withdrawal",    "impeached",
};
static_assert(sizeof(kNames) / sizeof(kNames[0]) ==
                  static_cast<size_t>(EventType::kCount),
              "every event type needs a name");

constexpr std::string_view kPastPhrases[] = {
    "took office",   "left office",  "held an election", "was elected",
    "died",          "was born",     "was assassinated", "signed",
    "began",         "ended",        "agreed a ceasefire", "signed an armistice",
    "invaded",       "annexed",      "was attacked",     "struck",
    "declared",      "held a referendum", "met at a summit", "launched",
    "landed",        "was founded",  "was released",     "was crowned",
    "was removed from office",       "resigned",
    "joined",      "became independent", "withdrew", "was impeached",
};
static_assert(sizeof(kPastPhrases) / sizeof(kPastPhrases[0]) ==
                  static_cast<size_t>(EventType::kCount),
              "every event type needs a phrase");

}  // namespace

std::string_view EventTypePastPhrase(EventType type) {
  const auto index = static_cast<size_t>(type);
  return index < static_cast<size_t>(EventType::kCount) ? kPastPhrases[index]
                                                        : "happened";
}

Completeness CompletenessOf(EventType type) {
  switch (type) {
    case EventType::kDied:
    case EventType::kBorn:
    case EventType::kAssassinated:
      return Completeness::kPerSubject;
    case EventType::kTookOffice:
    case EventType::kLeftOffice:
    case EventType::kCoronation:
    case EventType::kRemovalFromOffice:
      return Completeness::kPerSubjectAndOffice;
    default:
      return Completeness::kNone;
  }
}

std::string_view EventTypeName(EventType type) {
  const auto index = static_cast<size_t>(type);
  return index < static_cast<size_t>(EventType::kCount) ? kNames[index]
                                                        : "unknown";
}

bool ParseEventType(std::string_view name, EventType* out) {
  for (size_t i = 0; i < static_cast<size_t>(EventType::kCount); ++i) {
    if (kNames[i] == name) {
      *out = static_cast<EventType>(i);
      return true;
    }
  }
  return false;
}

}  // namespace factmark
