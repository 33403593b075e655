// Splits UTF-8 text into words, numbers and punctuation with exact byte
// offsets. Whitespace is not a token; line breaks before a token are counted
// because a blank line ends a sentence.
#ifndef FACTMARK_TEXT_TOKENIZER_H_
#define FACTMARK_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factmark {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin;  // byte offset in the text
  uint32_t end;    // one past the last byte
  TokenKind kind;
  uint8_t newlines_before;  // line breaks since the previous token, capped at 2
  bool space_before;        // any whitespace since the previous token
};

// Tokenizes valid UTF-8 text. Letters outside ASCII belong to words; Unicode
// punctuation (dashes, curly quotes) is punctuation and Unicode spaces are
// whitespace.
std::vector<Token> Tokenize(std::string_view text);

// A token's text.
inline std::string_view TokenText(std::string_view text, const Token& token) {
  return text.substr(token.begin, token.end - token.begin);
}

// The text of tokens [first, end): from the first's start to the last's end.
inline std::string_view TokensText(std::string_view text, const std::vector<Token>& tokens,
                                   uint32_t first, uint32_t end) {
  return text.substr(tokens[first].begin, tokens[end - 1].end - tokens[first].begin);
}

// The token's text as matched by lexicons: ASCII letters lowercased, other
// bytes kept as they are.
void AppendFoldedToken(std::string_view token_text, std::string* out);

// Folds a phrase ("Lee Jae-myung") to the key the lexicons are indexed by
// ("lee jae myung"): word and number tokens folded and joined by one space;
// hyphens and other punctuation dropped.
std::string FoldPhrase(std::string_view phrase);

}  // namespace factmark

#endif  // FACTMARK_TEXT_TOKENIZER_H_
