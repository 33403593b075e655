// Appends compact JSON straight to a std::string. The reports that list
// every expression or claim of a page use it: RapidJSON's writer spends most
// of its time on per-character bookkeeping, and those reports are written for
// every page checked. The output is the same text RapidJSON writes: UTF-8
// kept as is, '"' and '\\' escaped, control characters as \b \f \n \r \t or
// \u00XX.
#ifndef FACTMARK_IO_JSON_TEXT_H_
#define FACTMARK_IO_JSON_TEXT_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace factmark {

// Which bytes need an escape in a JSON string.
struct JsonEscapes {
  bool needed[256];
  constexpr JsonEscapes() : needed() {
    for (int c = 0; c < 0x20; ++c) needed[c] = true;
    needed[static_cast<unsigned char>('"')] = true;
    needed[static_cast<unsigned char>('\\')] = true;
  }
};
inline constexpr JsonEscapes kJsonEscapes;

// Writes through a cursor into room the caller reserves with Room(): no
// capacity check per byte.
class JsonText {
 public:
  explicit JsonText(std::string* out) : out_(out) { out_->clear(); }
  ~JsonText() { Finish(); }

  // Makes room for `bytes` more bytes of output. A string of n bytes takes
  // at most 6n + 2 (every byte a \u00XX escape); a number at most 20.
  void Room(size_t bytes) {
    const size_t used = Used();
    if (out_->size() - used >= bytes) return;
    out_->resize(std::max(out_->size() * 2, used + bytes));
    at_ = out_->data() + used;
  }
  static size_t StringRoom(std::string_view s) { return 6 * s.size() + 2; }

  // JSON punctuation and keys the caller spells out: `{"start":`.
  JsonText& Raw(std::string_view s) {
    std::memcpy(at_, s.data(), s.size());
    at_ += s.size();
    return *this;
  }
  JsonText& String(std::string_view s);
  JsonText& Uint(uint64_t value);
  JsonText& Null() { return Raw("null"); }

  // Trims the output to what was written; the destructor does it too.
  void Finish() {
    if (out_ != nullptr) out_->resize(Used());
    out_ = nullptr;
  }

 private:
  size_t Used() const { return out_->empty() ? 0 : static_cast<size_t>(at_ - out_->data()); }

  std::string* out_;
  char* at_ = nullptr;
};

inline JsonText& JsonText::String(std::string_view s) {
  *at_++ = '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (!kJsonEscapes.needed[c]) {
      *at_++ = ch;
      continue;
    }
    *at_++ = '\\';
    switch (c) {
      case '"': *at_++ = '"'; break;
      case '\\': *at_++ = '\\'; break;
      case '\b': *at_++ = 'b'; break;
      case '\f': *at_++ = 'f'; break;
      case '\n': *at_++ = 'n'; break;
      case '\r': *at_++ = 'r'; break;
      case '\t': *at_++ = 't'; break;
      default: {
        static constexpr char kHex[] = "0123456789ABCDEF";
        const char u[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        std::memcpy(at_, u, sizeof u);
        at_ += sizeof u;
      }
    }
  }
  *at_++ = '"';
  return *this;
}

inline JsonText& JsonText::Uint(uint64_t value) {
  char digits[20];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n > 0) *at_++ = digits[--n];
  return *this;
}

}  // namespace factmark

#endif  // FACTMARK_IO_JSON_TEXT_H_
