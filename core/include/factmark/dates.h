// factmark's temporal tagger on its own: every date, time, duration and set
// in a text, normalized TIMEX3-style against the published date.
#ifndef FACTMARK_DATES_H_
#define FACTMARK_DATES_H_

#include <string>
#include <string_view>

#include "factmark/checker.h"
#include "factmark/status.h"

namespace factmark {

// Writes {"published": ..., "expressions": [{"start", "end", "text", "type",
// "value", "mod", "anchor"}]} (offsets in UTF-16 code units, as in the result
// JSON) or a text listing to *out. Needs no timeline.
Status FindTemporalExpressions(std::string_view text, const CheckOptions& options,
                               ReportFormat format, std::string* out);

}  // namespace factmark

#endif  // FACTMARK_DATES_H_
