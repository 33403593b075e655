// A sentence that dates something without a verb or name factmark knows:
// "The armistice signed at Panmunjom on July 27, 1953", "Eighty years ago
// today, Allied troops landed on the beaches of Normandy", "Thursday marked
// the 70th anniversary of the armistice". The judge looks for a record on
// that day (or in that month) whose people, places or words the sentence
// shares (see happening_judge.h).
#ifndef FACTMARK_CLAIMS_HAPPENING_FRAME_H_
#define FACTMARK_CLAIMS_HAPPENING_FRAME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/frame_text.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/calendar.h"
#include "time/temporal_expression.h"

namespace factmark {

struct HappeningFrame {
  uint32_t first_token;  // the words compared with the records: the
  uint32_t end_token;    // sentence, or what follows "anniversary of"
  uint32_t date_first;   // the date's words
  uint32_t date_end;
  PartialDate date;      // a day or a month
  int years_back = 0;    // an anniversary: the date is this many years before
};

std::vector<HappeningFrame> FindHappeningFrames(std::string_view text,
                                                const std::vector<Token>& tokens,
                                                const TextWords& words,
                                                const std::vector<SentenceSpan>& sentences,
                                                const std::vector<TemporalExpression>& times,
                                                const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_HAPPENING_FRAME_H_
