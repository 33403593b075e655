#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace factmark {
namespace {

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) {
    out.emplace_back(text.substr(t.begin, t.end - t.begin));
  }
  return out;
}

TEST(Tokenizer, SplitsWordsNumbersAndPunctuation) {
  EXPECT_EQ(Texts("Lee took office on June 4, 2025."),
            (std::vector<std::string>{"Lee", "took", "office", "on", "June", "4",
                                      ",", "2025", "."}));
  EXPECT_EQ(Texts("Korea\u2019s COVID-19"),
            (std::vector<std::string>{"Korea", "\u2019", "s", "COVID", "-", "19"}));
}

TEST(Tokenizer, KeepsLettersOutsideAsciiInWords) {
  EXPECT_EQ(Texts("Jos\u00E9 \uD55C\uAD6D"),
            (std::vector<std::string>{"Jos\u00E9", "\uD55C\uAD6D"}));
}

TEST(Tokenizer, TreatsUnicodeSpacesAsSpaceAndCountsLineBreaks) {
  const std::string text = "a\u00A0b\n\n\nc";
  const std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_TRUE(tokens[1].space_before);
  EXPECT_EQ(tokens[1].newlines_before, 0);
  EXPECT_EQ(tokens[2].newlines_before, 2);  // capped
}

TEST(Tokenizer, FoldsPhrasesForMatching) {
  EXPECT_EQ(FoldPhrase("Lee Jae-myung"), "lee jae myung");
  EXPECT_EQ(FoldPhrase("LEE  JAE MYUNG"), "lee jae myung");
  EXPECT_EQ(FoldPhrase(" - "), "");
}

}  // namespace
}  // namespace factmark
