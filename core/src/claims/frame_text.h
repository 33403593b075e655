// What every claim frame reads of a sentence: its mentions and temporal
// expressions, its folded words, whether it asks a question, and which words
// turn a title into another office.
#ifndef FACTMARK_CLAIMS_FRAME_TEXT_H_
#define FACTMARK_CLAIMS_FRAME_TEXT_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims/mention_finder.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/temporal_expression.h"

namespace factmark {

// A token as the lexicons match it: ASCII letters lowercased.
inline std::string FoldedToken(std::string_view text, const Token& token) {
  std::string folded;
  AppendFoldedToken(TokenText(text, token), &folded);
  return folded;
}

// Every word of a text, folded once a check and read by token index. The
// frames (some once per timeline) read each sentence's words many times
// over; folding them here spares each its own pass. The words share one
// buffer and are read as string_views: a frame compares each word with many
// literals, and a view compares its length first, inline, where a
// std::string calls out of line.
class TextWords {
 public:
  TextWords(std::string_view text, const std::vector<Token>& tokens) {
    ends_.reserve(tokens.size());
    buffer_.reserve(text.size());
    for (const Token& token : tokens) {
      AppendFoldedToken(TokenText(text, token), &buffer_);
      ends_.push_back(static_cast<uint32_t>(buffer_.size()));
    }
  }

  // The folded word of `token`; "" past the last token.
  std::string_view operator()(uint32_t token) const {
    if (token >= ends_.size()) return {};
    const uint32_t begin = token == 0 ? 0 : ends_[token - 1];
    return std::string_view(buffer_).substr(begin, ends_[token] - begin);
  }

 private:
  std::string buffer_;          // the folded words, back to back
  std::vector<uint32_t> ends_;  // where each token's word ends in buffer_
};

// A sentence's words: a token outside the sentence reads as the empty word,
// so a frame can look before or past it without checking bounds.
class SentenceWords {
 public:
  SentenceWords(const TextWords& words, const SentenceSpan& sentence)
      : words_(words), first_(sentence.first_token), end_(sentence.end_token) {}

  std::string_view operator()(uint32_t token) const {
    return token >= first_ && token < end_ ? words_(token) : std::string_view();
  }

 private:
  const TextWords& words_;
  uint32_t first_;
  uint32_t end_;
};

// Whether `word` is one of `words`.
template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Words that make a stretch of a sentence say what did not, may not or
// will happen, or only hearsay: a claim is not read there.
inline constexpr std::array<std::string_view, 20> kNotHappened = {
    "will", "would", "not", "never", "may", "might", "could", "should",
    "if", "plans", "planned", "expected", "scheduled", "hopes", "t", "unless",
    "reportedly", "allegedly", "supposedly", "rumored"};

// Whether the sentence ends in a question mark (closing punctuation aside).
inline bool IsQuestion(std::string_view text, const std::vector<Token>& tokens,
                       const SentenceSpan& sentence) {
  for (uint32_t i = sentence.end_token; i-- > sentence.first_token;) {
    if (tokens[i].kind != TokenKind::kPunct) return false;
    const std::string_view t = TokenText(text, tokens[i]);
    if (t == "?") return true;
    if (t == "." || t == "!") return false;
  }
  return false;
}

// Words that turn a title into another office: "Vice President", "Deputy
// Prime Minister". Such a title names no office factmark can rely on.
inline bool IsTitleModifier(std::string_view folded_word) {
  constexpr std::array<std::string_view, 7> kModifiers = {
      "vice", "deputy", "acting", "interim", "assistant", "lieutenant", "under"};
  return std::find(kModifiers.begin(), kModifiers.end(), folded_word) != kModifiers.end();
}

// Walks the sentences in order, giving each one's mentions and temporal
// expressions as index ranges ([begin, end)) into the text-ordered lists.
class SentenceParts {
 public:
  SentenceParts(const std::vector<Mention>& mentions,
                const std::vector<TemporalExpression>& times)
      : mentions_(mentions), times_(times) {}

  // Call once per sentence, in text order.
  void Advance(const SentenceSpan& sentence) {
    mentions_begin = mentions_end;
    while (mentions_end < mentions_.size() &&
           mentions_[mentions_end].first_token < sentence.end_token) {
      ++mentions_end;
    }
    times_begin = times_end;
    while (times_begin < times_.size() && times_[times_begin].first_token < sentence.first_token) {
      ++times_begin;
    }
    times_end = times_begin;
    while (times_end < times_.size() && times_[times_end].first_token < sentence.end_token) {
      ++times_end;
    }
  }

  size_t mentions_begin = 0, mentions_end = 0;
  size_t times_begin = 0, times_end = 0;

 private:
  const std::vector<Mention>& mentions_;
  const std::vector<TemporalExpression>& times_;
};

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_FRAME_TEXT_H_
