// Quoted speech: an article that reports what someone said is right to
// report it even when what was said is wrong. A claim inside quotation
// marks is never called contradicted; it is left unverifiable, saying so.
#ifndef FACTMARK_CLAIMS_QUOTATIONS_H_
#define FACTMARK_CLAIMS_QUOTATIONS_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/claim.h"

namespace factmark {

// The byte spans between quotation marks ("...", “...”), each within one
// line: a mark left open at a line's end closes there.
std::vector<std::pair<uint32_t, uint32_t>> QuotedSpans(std::string_view text);

// Turns a contradicted claim that lies inside a quotation into an
// unverifiable one that says why.
void SoftenQuoted(const std::vector<std::pair<uint32_t, uint32_t>>& quoted, Claim* claim);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_QUOTATIONS_H_
