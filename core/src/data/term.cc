#include "data/term.h"

namespace factmark {
namespace {

constexpr std::string_view kStartNames[] = {"election", "appointment", "succession",
                                            "inheritance", "coup", "revolution",
                                            "acting", "other"};
static_assert(sizeof(kStartNames) / sizeof(kStartNames[0]) ==
                  static_cast<size_t>(TermStart::kCount),
              "every way a term begins needs a name");

constexpr std::string_view kEndNames[] = {"term-end", "election", "resignation",
                                          "death", "impeachment", "removal",
                                          "coup", "no-confidence", "other"};
static_assert(sizeof(kEndNames) / sizeof(kEndNames[0]) ==
                  static_cast<size_t>(TermEnd::kCount),
              "every way a term ends needs a name");

template <typename Enum, size_t N>
bool ParseName(const std::string_view (&names)[N], std::string_view name, Enum* out) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) {
      *out = static_cast<Enum>(i);
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view TermStartName(TermStart start) {
  const auto i = static_cast<size_t>(start);
  return i < static_cast<size_t>(TermStart::kCount) ? kStartNames[i] : "unknown";
}

std::string_view TermEndName(TermEnd end) {
  const auto i = static_cast<size_t>(end);
  return i < static_cast<size_t>(TermEnd::kCount) ? kEndNames[i] : "unknown";
}

bool ParseTermStart(std::string_view name, TermStart* out) {
  return ParseName(kStartNames, name, out);
}

bool ParseTermEnd(std::string_view name, TermEnd* out) { return ParseName(kEndNames, name, out); }

}  // namespace factmark
