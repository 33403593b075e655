// `factmark stats`: what a timeline holds, counted by record type, by
// country and by decade, with its date range and coverage end.
#ifndef FACTMARK_IO_STATS_H_
#define FACTMARK_IO_STATS_H_

#include <string>
#include <vector>

#include "data/timeline.h"
#include "factmark/checker.h"

namespace factmark {

std::string WriteTimelineStats(const std::vector<const Timeline*>& timelines,
                               ReportFormat format);

}  // namespace factmark

#endif  // FACTMARK_IO_STATS_H_
