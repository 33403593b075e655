#include "text/sentences.h"

#include <algorithm>
#include <array>
#include <string>

namespace factmark {
namespace {

// Words that end with a period without ending the sentence. Lowercase.
constexpr std::array<std::string_view, 34> kAbbreviations = {
    "mr",  "mrs", "ms",   "dr",  "prof", "gen", "sen",  "rep",  "gov",
    "lt",  "col", "sgt",  "capt", "st",  "jr",  "sr",   "jan",  "feb",
    "mar", "apr", "jun",  "jul", "aug",  "sep", "sept", "oct",  "nov",
    "dec", "vs",  "corp", "ltd", "rev"};

// Abbreviations only before a number: "No. 2", but "she said no."
constexpr std::array<std::string_view, 4> kNumberAbbreviations = {"no", "nos", "vol",
                                                                  "pp"};

bool IsAbbreviation(std::string_view word, bool number_follows) {
  if (word.size() == 1) return true;  // initials: "U.S.", "J. R. R."
  if (word.size() > 4) return false;  // longer than any abbreviation listed
  char buffer[4];
  for (size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    buffer[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const std::string_view folded(buffer, word.size());
  if (std::find(kAbbreviations.begin(), kAbbreviations.end(), folded) !=
      kAbbreviations.end()) {
    return true;
  }
  return number_follows && std::find(kNumberAbbreviations.begin(),
                                     kNumberAbbreviations.end(),
                                     folded) != kNumberAbbreviations.end();
}

// The longest sentence kept whole, in tokens. News sentences are far shorter
// (the longest in the claims evaluation is under 70 tokens), while later
// stages compare a sentence's words with each other (each date against the
// words around it, each mention against the others), so text with no full
// stop (a page of digits, names or dates back to back) would cost time
// quadratic in its length. A longer run is cut at its last comma or
// semicolon in the second half of the window, else at the window's end.
constexpr uint32_t kMaxSentenceTokens = 256;

bool IsTerminal(std::string_view punct) {
  if (punct.size() == 1) return punct[0] == '.' || punct[0] == '!' || punct[0] == '?';
  return punct == "\u2026";
}

bool IsClosing(std::string_view punct) {
  if (punct.size() == 1) {
    return punct[0] == '"' || punct[0] == '\'' || punct[0] == ')' || punct[0] == ']';
  }
  return punct == "\u201D" || punct == "\u2019";
}

bool IsOpeningQuote(std::string_view punct) {
  return punct == "\"" || punct == "\u201C" || punct == "'" ||
         punct == "\u2018" || punct == "(";
}

bool StartsSentence(std::string_view text, const Token& token) {
  if (token.kind == TokenKind::kNumber) return true;
  const std::string_view s = TokenText(text, token);
  if (token.kind == TokenKind::kPunct) return IsOpeningQuote(s);
  const auto lead = static_cast<unsigned char>(s[0]);
  return (lead >= 'A' && lead <= 'Z') || lead >= 0x80;
}

}  // namespace

std::vector<SentenceSpan> SplitSentences(std::string_view text,
                                         const std::vector<Token>& tokens) {
  std::vector<SentenceSpan> sentences;
  sentences.reserve(tokens.size() / 16 + 1);
  const auto n = static_cast<uint32_t>(tokens.size());
  uint32_t start = 0;
  uint32_t after_break = 0;  // one past the last ',' or ';' seen
  auto close = [&](uint32_t end) {
    if (end > start) sentences.push_back({start, end});
    start = end;
  };
  auto view = [&](uint32_t i) {
    return TokenText(text, tokens[i]);
  };
  for (uint32_t i = 0; i < n; ++i) {
    if (i > start && tokens[i].newlines_before >= 2) close(i);
    if (i - start >= kMaxSentenceTokens) {
      close(after_break > start + kMaxSentenceTokens / 2 ? after_break : i);
    }
    if (tokens[i].kind == TokenKind::kPunct && (view(i) == "," || view(i) == ";")) {
      after_break = i + 1;
    }
    if (tokens[i].kind != TokenKind::kPunct || !IsTerminal(view(i))) continue;
    if (view(i) == "." && i > 0 && tokens[i - 1].kind == TokenKind::kWord &&
        !tokens[i].space_before &&
        IsAbbreviation(view(i - 1),
                       i + 1 < n && tokens[i + 1].kind == TokenKind::kNumber)) {
      continue;
    }
    uint32_t end = i + 1;
    while (end < n && tokens[end].kind == TokenKind::kPunct &&
           !tokens[end].space_before &&
           (IsClosing(view(end)) || IsTerminal(view(end)))) {
      ++end;
    }
    if (end == n) break;
    if (tokens[end].newlines_before >= 1 ||
        (tokens[end].space_before && StartsSentence(text, tokens[end]))) {
      close(end);
      i = end - 1;
    }
  }
  close(n);
  return sentences;
}

}  // namespace factmark
