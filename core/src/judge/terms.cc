#include "judge/terms.h"

#include <algorithm>

namespace factmark {

bool NamedByTitle(const Timeline& timeline, IndexRange titles, uint32_t office) {
  for (uint32_t t = titles.begin; t < titles.end; ++t) {
    if (timeline.title_office(t) == office) return true;
  }
  return false;
}

int64_t TitledOffice(const Timeline& timeline, IndexRange titles, uint32_t event,
                     uint32_t country) {
  for (uint32_t t = titles.begin; t < titles.end; ++t) {
    if (country != kNoEntity && timeline.entity(timeline.title_office(t)).jurisdiction != country) {
      continue;
    }
    if (timeline.Participates(timeline.title_office(t), event)) {
      return timeline.title_office(t);
    }
  }
  return -1;
}

void AddTermEvents(const Timeline& timeline, const Timeline::Term& term,
                   std::vector<uint32_t>* evidence) {
  const IndexRange range = timeline.ParticipationsOf(term.holder);
  for (uint32_t r = range.begin; r < range.end; ++r) {
    const uint32_t e = timeline.participation(r).event;
    const Timeline::Event event = timeline.event(e);
    const bool start = event.type == EventType::kTookOffice &&
                       event.date.first_day() == term.start.first_day();
    const bool end = term.has_end && event.type == EventType::kLeftOffice &&
                     event.date.first_day() == term.end.first_day();
    if ((start || end) && timeline.Participates(term.office, e) &&
        std::find(evidence->begin(), evidence->end(), e) == evidence->end()) {
      evidence->push_back(e);
    }
  }
}

}  // namespace factmark
