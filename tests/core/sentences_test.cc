#include "text/sentences.h"

#include <gtest/gtest.h>

namespace factmark {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> out;
  for (const SentenceSpan& s : SplitSentences(text, tokens)) {
    const size_t begin = tokens[s.first_token].begin;
    out.emplace_back(text.substr(begin, tokens[s.end_token - 1].end - begin));
  }
  return out;
}

TEST(Sentences, SplitsAtTerminalPunctuation) {
  EXPECT_EQ(Sentences("Lee spoke. Kim replied! Was it? Yes."),
            (std::vector<std::string>{"Lee spoke.", "Kim replied!", "Was it?", "Yes."}));
}

TEST(Sentences, SurvivesAbbreviationsAndInitials) {
  EXPECT_EQ(Sentences("Mr. Trump met U.S. officials on Jan. 4 in Seoul. Then he left."),
            (std::vector<std::string>{"Mr. Trump met U.S. officials on Jan. 4 in Seoul.",
                                      "Then he left."}));
}

TEST(Sentences, NumberAbbreviationsOnlyBeforeNumbers) {
  EXPECT_EQ(Sentences("He ranked No. 2 in Seoul. She said no. Then left."),
            (std::vector<std::string>{"He ranked No. 2 in Seoul.", "She said no.",
                                      "Then left."}));
}

TEST(Sentences, BlankLinesEndSentencesWithoutPunctuation) {
  EXPECT_EQ(Sentences("A headline\n\nThe body starts here."),
            (std::vector<std::string>{"A headline", "The body starts here."}));
}

TEST(Sentences, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(Sentences("She said \u201Cno.\u201D He left."),
            (std::vector<std::string>{"She said \u201Cno.\u201D", "He left."}));
}

}  // namespace
}  // namespace factmark
