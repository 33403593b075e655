// What the judges of roles and tenures share about terms of office.
#ifndef FACTMARK_JUDGE_TERMS_H_
#define FACTMARK_JUDGE_TERMS_H_

#include <cstdint>
#include <vector>

#include "data/timeline.h"

namespace factmark {

// Whether one of the title records `titles` names `office`.
bool NamedByTitle(const Timeline& timeline, IndexRange titles, uint32_t office);

// Adds a term's took-office and left-office events to `evidence`, once each.
void AddTermEvents(const Timeline& timeline, const Timeline::Term& term,
                   std::vector<uint32_t>* evidence);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_TERMS_H_
