#include "claims/quotations.h"

namespace factmark {

std::vector<std::pair<uint32_t, uint32_t>> QuotedSpans(std::string_view text) {
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  bool open = false;
  uint32_t start = 0;
  for (uint32_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      if (open) spans.emplace_back(start, i);
      open = false;
      continue;
    }
    bool opens = false, closes = false;
    if (c == '"') {
      opens = !open;
      closes = open;
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const auto third = static_cast<unsigned char>(text[i + 2]);
      opens = third == 0x9C && !open;   // “
      closes = third == 0x9D && open;   // ”
    }
    if (opens) {
      open = true;
      start = i;
    } else if (closes) {
      open = false;
      spans.emplace_back(start, i);
    }
  }
  if (open) spans.emplace_back(start, static_cast<uint32_t>(text.size()));
  return spans;
}

void SoftenQuoted(const std::vector<std::pair<uint32_t, uint32_t>>& quoted, Claim* claim) {
  if (claim->verdict != Verdict::kContradicted) return;
  for (const auto& [begin, end] : quoted) {
    if (claim->begin >= begin && claim->end <= end) {
      claim->verdict = Verdict::kUnverifiable;
      claim->explanation =
          "These words are quoted: the article reports what someone said, which may be "
          "wrong without the article being wrong. What the timeline shows: " +
          claim->explanation;
      return;
    }
  }
}

}  // namespace factmark
