// Writes a check's result as the result JSON (the contract documented in
// README.md) or as a text report for a terminal.
#ifndef FACTMARK_IO_REPORT_H_
#define FACTMARK_IO_REPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "data/timeline.h"

namespace factmark {

struct CheckReport {
  std::string_view text;       // the checked text (UTF-8)
  std::string_view published;  // YYYY-MM-DD, or empty when unknown
  std::vector<const Timeline*> timelines;  // a claim's `timeline` indexes these
  const std::vector<Claim>* claims;  // in text order
};

std::string WriteResultJson(const CheckReport& report);
std::string WriteTextReport(const CheckReport& report);

}  // namespace factmark

#endif  // FACTMARK_IO_REPORT_H_
