// Terms of office: how a term began and ended, as data files name them.
// Snapshots store the enums' numeric values, so append, never reorder.
#ifndef FACTMARK_DATA_TERM_H_
#define FACTMARK_DATA_TERM_H_

#include <cstdint>
#include <string_view>

namespace factmark {

enum class TermStart : uint8_t {
  kElection = 0,
  kAppointment,
  kSuccession,   // by law, on a vacancy
  kInheritance,  // a monarch
  kCoup,
  kRevolution,
  kActing,       // an interim holder
  kOther,
  kCount,
};

enum class TermEnd : uint8_t {
  kTermEnd = 0,
  kElection,  // lost, or did not stand
  kResignation,
  kDeath,
  kImpeachment,
  kRemoval,  // by parliament, a court or the party
  kCoup,
  kNoConfidence,
  kOther,
  kCount,
};

std::string_view TermStartName(TermStart start);  // "election", ...
std::string_view TermEndName(TermEnd end);        // "term-end", ...
bool ParseTermStart(std::string_view name, TermStart* out);
bool ParseTermEnd(std::string_view name, TermEnd* out);

}  // namespace factmark

#endif  // FACTMARK_DATA_TERM_H_
