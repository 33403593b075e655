#include "judge/duration_fit.h"

#include <cstdio>

namespace factmark {

double UnitDays(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kDay: return 1;
    case TimeUnit::kWeek: return 7;
    case TimeUnit::kMonth: return 365.2425 / 12;
    case TimeUnit::kQuarter: return 365.2425 / 4;
    case TimeUnit::kYear: return 365.2425;
    case TimeUnit::kDecade: return 3652.425;
    case TimeUnit::kCentury: return 36524.25;
    default: return 0;
  }
}

const char* UnitName(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kDay: return "days";
    case TimeUnit::kWeek: return "weeks";
    case TimeUnit::kMonth: return "months";
    case TimeUnit::kQuarter: return "quarters";
    case TimeUnit::kDecade: return "decades";
    case TimeUnit::kYear: return "years";
    case TimeUnit::kCentury: return "centuries";
    default: return "units";
  }
}

Fit FitDuration(double lo, double hi, double n, TimexMod mod, bool nearly, double slack) {
  auto band = [&](bool yes, bool no) { return yes ? Fit::kYes : (no ? Fit::kNo : Fit::kMaybe); };
  if (nearly) return band(hi < n && lo >= 0.95 * n, lo >= n || hi < 0.9 * n);
  switch (mod) {
    case TimexMod::kMoreThan:
    case TimexMod::kEqualOrMore:
      return band(lo > n, hi <= n);
    case TimexMod::kLessThan:
    case TimexMod::kEqualOrLess:
      return band(hi < n, lo >= n);
    case TimexMod::kApprox:
      return band(lo >= 0.9 * n && hi <= 1.1 * n, hi < 0.8 * n || lo > 1.2 * n);
    case TimexMod::kNone:
      // "four years": four whole years, rounding allowed only in refuting.
      return band(lo >= n - slack && hi < n + 1 + slack, hi < 0.9 * n - slack || lo >= (n + 1) * 1.1);
    default:
      return Fit::kMaybe;
  }
}

std::string Length(double days, TimeUnit unit) {
  const double units = days / UnitDays(unit);
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.1f %s", units, UnitName(unit));
  return buffer;
}

}  // namespace factmark
