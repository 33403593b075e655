#include "text/tokenizer.h"

#include "text/utf8.h"

namespace factmark {
namespace {

enum class CharClass { kSpace, kNewline, kLetter, kDigit, kPunct };

inline uint32_t DecodeAt(std::string_view text, size_t i, size_t len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + i;
  if (len == 1) return s[0];
  uint32_t cp = s[0] & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (s[k] & 0x3F);
  return cp;
}

constexpr CharClass Classify(uint32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::kNewline;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' ||
        cp == 0) {
      return CharClass::kSpace;
    }
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::kLetter;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    return CharClass::kPunct;
  }
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return CharClass::kNewline;
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000 || cp == 0xFEFF) {
    return CharClass::kSpace;
  }
  // Latin-1 signs, General Punctuation, CJK punctuation, fullwidth ASCII signs.
  if ((cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
      (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
      (cp >= 0xFF01 && cp <= 0xFF0F)) {
    return CharClass::kPunct;
  }
  return CharClass::kLetter;
}

// Classes of the ASCII characters, looked up instead of computed: the
// tokenizer sees every byte of every page.
struct AsciiClasses {
  CharClass of[128];
  constexpr AsciiClasses() : of() {
    for (int c = 0; c < 128; ++c) of[c] = Classify(static_cast<uint32_t>(c));
  }
};
constexpr AsciiClasses kAscii;

// The class and byte length of the character at i.
inline CharClass ClassAt(std::string_view text, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    *len = 1;
    return kAscii.of[c];
  }
  size_t n = Utf8SequenceLength(c);
  if (n > text.size() - i) n = text.size() - i;
  *len = n;
  return Classify(DecodeAt(text, i, n));
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  // Tokens are written through a pointer into a buffer sized ahead, which
  // keeps the loop free of the vector's bookkeeping; it grows when full.
  std::vector<Token> tokens(text.size() / 4 + 16);
  Token* out = tokens.data();
  Token* limit = out + tokens.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  uint8_t newlines = 0;
  bool space = false;
  size_t i = 0;
  while (i < n) {
    // ASCII spaces, the commonest byte, without the general path.
    if (bytes[i] == ' ') {
      space = true;
      ++i;
      continue;
    }
    size_t len;
    const CharClass cls = ClassAt(text, i, &len);
    if (cls == CharClass::kSpace || cls == CharClass::kNewline) {
      if (cls == CharClass::kNewline && newlines < 2) ++newlines;
      space = true;
      i += len;
      continue;
    }
    const size_t begin = i;
    i += len;
    TokenKind kind = TokenKind::kPunct;
    if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
      kind = cls == CharClass::kLetter ? TokenKind::kWord : TokenKind::kNumber;
      while (i < n) {
        // Runs of ASCII letters or digits stay in this tight loop.
        const unsigned char b = bytes[i];
        if (b < 0x80) {
          if (kAscii.of[b] != cls) break;
          ++i;
          continue;
        }
        size_t next;
        if (ClassAt(text, i, &next) != cls) break;
        i += next;
      }
    }
    if (out == limit) {
      const size_t used = tokens.size();
      tokens.resize(used * 2);
      out = tokens.data() + used;
      limit = tokens.data() + tokens.size();
    }
    *out++ = Token{static_cast<uint32_t>(begin), static_cast<uint32_t>(i), kind, newlines, space};
    newlines = 0;
    space = false;
  }
  tokens.resize(static_cast<size_t>(out - tokens.data()));
  return tokens;
}

void AppendFoldedToken(std::string_view token_text, std::string* out) {
  for (char c : token_text) {
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
  }
}

std::string FoldPhrase(std::string_view phrase) {
  std::string key;
  for (const Token& token : Tokenize(phrase)) {
    if (token.kind == TokenKind::kPunct) continue;
    if (!key.empty()) key.push_back(' ');
    AppendFoldedToken(TokenText(phrase, token), &key);
  }
  return key;
}

}  // namespace factmark
