// What the judges share about terms of office and the titles that name them.
#ifndef FACTMARK_JUDGE_TERMS_H_
#define FACTMARK_JUDGE_TERMS_H_

#include <cstdint>
#include <vector>

#include "data/timeline.h"
#include "data/timeline_model.h"

namespace factmark {

// Whether one of the title records `titles` names `office`.
bool NamedByTitle(const Timeline& timeline, IndexRange titles, uint32_t office);

// The office among those the title records `titles` name that takes part
// in `event`, or -1. `country`, when set, is whose office it is ("Japan's
// prime minister").
int64_t TitledOffice(const Timeline& timeline, IndexRange titles, uint32_t event,
                     uint32_t country = kNoEntity);

// Adds a term's took-office and left-office events to `evidence`, once each.
void AddTermEvents(const Timeline& timeline, const Timeline::Term& term,
                   std::vector<uint32_t>* evidence);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_TERMS_H_
