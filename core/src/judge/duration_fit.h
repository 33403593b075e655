// How a span of time measured between records fits the duration an
// article states: "more than ten years", "nearly eight years", "79 days".
// Shared by the judges of tenures and of spans between events.
#ifndef FACTMARK_JUDGE_DURATION_FIT_H_
#define FACTMARK_JUDGE_DURATION_FIT_H_

#include <string>

#include "time/temporal_expression.h"

namespace factmark {

// Days in one unit, on average; 0 for units shorter than a day.
double UnitDays(TimeUnit unit);

// "years", "months", ...
const char* UnitName(TimeUnit unit);

enum class Fit { kYes, kNo, kMaybe };

// Whether a span of [lo, hi] units fits "N units" with the modifier:
// "more than"/"over" N needs more than N; "nearly"/"almost" N between
// 0.95 N and N (refuted only outside 0.9 N to N); "less than" N under N;
// "about" N within a tenth (refuted beyond a fifth); a bare N the whole
// number N, with `slack` units either way (refuted only below 0.9 N or from
// 1.1 (N + 1)). Between confirming and refuting: kMaybe.
Fit FitDuration(double lo, double hi, double n, TimexMod mod, bool nearly, double slack);

// "3.0 years": a span of days in the unit.
std::string Length(double days, TimeUnit unit);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_DURATION_FIT_H_
