// Turns the timeline's source files (see docs in README.md and data/) into the
// binary snapshot a Checker loads. The compiler does no file I/O: callers pass
// each file's path (used to pick its role and in messages) and contents.
#ifndef FACTMARK_TIMELINE_COMPILER_H_
#define FACTMARK_TIMELINE_COMPILER_H_

#include <string>
#include <vector>

#include "factmark/status.h"

namespace factmark {

struct SourceFile {
  std::string path;      // e.g. "data/world/events.jsonl"; the name sets the role
  std::string contents;  // the whole file, UTF-8
};

// Validates every record and writes the snapshot to *snapshot. On refusal the
// status is kInvalidData and its message lists each problem as
// "FILE:LINE: problem", one per line.
Status CompileTimeline(const std::vector<SourceFile>& files,
                       std::string* snapshot);

// True when `path` names a file the compiler reads (by its file name).
bool IsTimelineSourcePath(const std::string& path);

}  // namespace factmark

#endif  // FACTMARK_TIMELINE_COMPILER_H_
