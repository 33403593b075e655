// Pieces every judge's explanation is written with.
#ifndef FACTMARK_JUDGE_EXPLANATION_H_
#define FACTMARK_JUDGE_EXPLANATION_H_

#include <string>
#include <string_view>

#include "claims/claim.h"
#include "data/timeline.h"

namespace factmark {

// Words of the article, in curly quotes.
inline std::string Quote(std::string_view s) { return "\u201C" + std::string(s) + "\u201D"; }

// The claim's own words, in curly quotes: how an explanation begins.
inline std::string QuoteClaim(std::string_view text, const Claim& claim) {
  return Quote(ClaimText(text, claim));
}

// " (timeline: NAME VERSION)": which data the verdict stands on.
inline std::string TimelineNote(const Timeline& timeline) {
  return " (timeline: " + std::string(timeline.name()) + " " + std::string(timeline.version()) +
         ")";
}

}  // namespace factmark

#endif  // FACTMARK_JUDGE_EXPLANATION_H_
