// Sentence segmentation over tokens. A claim never spans two sentences, so a
// boundary missed here joins claims and a boundary invented splits them.
#ifndef FACTMARK_TEXT_SENTENCES_H_
#define FACTMARK_TEXT_SENTENCES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace factmark {

struct SentenceSpan {
  uint32_t first_token;
  uint32_t end_token;  // one past the last token
};

// Splits at a blank line (a block boundary in extracted page text) and after
// '.', '!' or '?' followed by whitespace and a capital letter or an opening
// quote, unless the period ends a known abbreviation ("Mr.", "Jan.") or a
// single letter ("U.S.").
std::vector<SentenceSpan> SplitSentences(std::string_view text,
                                         const std::vector<Token>& tokens);

}  // namespace factmark

#endif  // FACTMARK_TEXT_SENTENCES_H_
