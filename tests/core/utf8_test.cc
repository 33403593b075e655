#include "text/utf8.h"

#include <gtest/gtest.h>

namespace factmark {
namespace {

constexpr size_t kValid = std::string_view::npos;

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(FindInvalidUtf8(""), kValid);
  EXPECT_EQ(FindInvalidUtf8("plain ASCII"), kValid);
  EXPECT_EQ(FindInvalidUtf8("Lee Jae-myung \u2019s \uD55C\uAD6D \U0001F600"), kValid);
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("ab\xFFz"), 2u);
  EXPECT_EQ(FindInvalidUtf8("ab\x80"), 2u);           // lone continuation
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);           // cut sequence
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);         // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("\xE0\x80\xAF"), 0u);     // overlong, 3 bytes
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);    // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u); // past U+10FFFF
}

TEST(Utf8, CountsUtf16UnitsLikeJavaScript) {
  const std::string text = "a\u00E9\u4E2D\U0001F600b";  // 1+2+3+4+1 bytes
  Utf16OffsetCursor cursor(text);
  EXPECT_EQ(cursor.ToUtf16(0), 0u);
  EXPECT_EQ(cursor.ToUtf16(1), 1u);
  EXPECT_EQ(cursor.ToUtf16(3), 2u);
  EXPECT_EQ(cursor.ToUtf16(6), 3u);
  EXPECT_EQ(cursor.ToUtf16(10), 5u);  // the emoji is a surrogate pair
  EXPECT_EQ(cursor.ToUtf16(11), 6u);
  EXPECT_EQ(cursor.ToUtf16(1), 1u);   // going back restarts correctly
}

}  // namespace
}  // namespace factmark
