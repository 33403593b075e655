// Batch checking: one article per line of JSON Lines, in and out.
//
//   in:  {"id": "a1", "published": "2025-07-28", "text": "..."}
//   out: {"id": "a1", "published": "2025-07-28", "dataset": ..., "claims": [...]}
//
// A line that cannot be checked gives an error line for its id and the batch
// goes on: {"id": "a1", "line": 7, "error": {"code": "invalid-input",
// "message": "..."}} ("id" is null when the line has none). Both CLIs print
// exactly these lines; `html` instead of `text` is read by the Node CLI,
// which turns the page into text first.
#ifndef FACTMARK_BATCH_H_
#define FACTMARK_BATCH_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "factmark/checker.h"

namespace factmark {

// The output line (without its newline) for input line `line_number`
// (1-based); empty for a blank line, which is no input.
std::string CheckBatchLine(const Checker& checker, std::string_view line, uint64_t line_number);

}  // namespace factmark

#endif  // FACTMARK_BATCH_H_
