// UTF-8 validation and conversion of byte offsets to UTF-16 code units, the
// unit JavaScript strings are indexed in.
#ifndef FACTMARK_TEXT_UTF8_H_
#define FACTMARK_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace factmark {

// Byte offset of the first byte that does not start a well-formed UTF-8
// sequence (overlongs, surrogates and code points past U+10FFFF included), or
// std::string_view::npos when the whole text is valid.
size_t FindInvalidUtf8(std::string_view text);

// Length in bytes of the UTF-8 sequence whose lead byte is `lead` (1 for
// continuation bytes, so a scan always advances). Assumes validated text.
inline size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Converts byte offsets of valid UTF-8 text into UTF-16 offsets. Calls with
// non-decreasing offsets cost O(distance); going back restarts from the start.
class Utf16OffsetCursor {
 public:
  explicit Utf16OffsetCursor(std::string_view text) : text_(text) {}
  uint32_t ToUtf16(size_t byte_offset);

 private:
  std::string_view text_;
  size_t byte_ = 0;
  uint32_t utf16_ = 0;
};

}  // namespace factmark

#endif  // FACTMARK_TEXT_UTF8_H_
