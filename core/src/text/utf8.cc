#include "text/utf8.h"

#include <cstring>

namespace factmark {

size_t FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: most text is ASCII.
    while (n - i >= 8) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;  // continuation byte as lead, or C0/C1/F5..FF
    }
    if (n - i < len) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (overlong || surrogate || cp > 0x10FFFF) return i;
    i += len;
  }
  return std::string_view::npos;
}

uint32_t Utf16OffsetCursor::ToUtf16(size_t byte_offset) {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  if (byte_offset < byte_) {
    byte_ = 0;
    utf16_ = 0;
  }
  while (byte_ < byte_offset) {
    // ASCII runs count one unit a byte; skip them eight at a time.
    while (byte_offset - byte_ >= 8) {
      uint64_t word;
      std::memcpy(&word, text_.data() + byte_, 8);
      if (word & 0x8080808080808080ull) break;
      byte_ += 8;
      utf16_ += 8;
    }
    if (byte_ >= byte_offset) break;
    const auto lead = static_cast<unsigned char>(text_[byte_]);
    const size_t len = Utf8SequenceLength(lead);
    utf16_ += len == 4 ? 2 : 1;  // astral code points are surrogate pairs
    byte_ += len;
  }
  return utf16_;
}

}  // namespace factmark
