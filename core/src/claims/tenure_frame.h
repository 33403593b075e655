// Recognizes how long, or from when to when, a person held an office:
//   - "Theresa May, prime minister for four years", "Abe led the country for
//     nearly eight years", "Putin, who has been in power for 25 years";
//   - "Kofi Annan, Secretary-General from 1997 to 2007", "Lai, who served as
//     premier from 2017 to 2019";
//   - "Jörg Kukies, finance minister since October";
//   - "Choi Sang-mok served as acting president until March 24".
// The words between the person and the time must say the office: a title,
// a verb of holding office ("led", "served", "reigned", "chaired") or "in
// office"/"in power", and an organization or country the verb names ("led
// India", "chaired the Fed").
#ifndef FACTMARK_CLAIMS_TENURE_FRAME_H_
#define FACTMARK_CLAIMS_TENURE_FRAME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/mention_finder.h"
#include "data/timeline.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/temporal_expression.h"

namespace factmark {

struct TenureFrame {
  enum class Shape : uint8_t {
    kFor,     // "for nearly eight years": `time` is a DURATION
    kFromTo,  // "from 1997 to 2007": `time` and `until` are calendar dates
    kSince,   // "since October": `time` is the first day
    kUntil,   // "until March 24": `time` is the last day
  };
  uint32_t first_token;  // the claim's span: person to time
  uint32_t end_token;
  uint32_t person;
  IndexRange titles;      // the offices a title names, or empty
  uint32_t organization;  // what the verb names ("led India"), or kNoEntity
  bool acting;            // "acting president": acting terms only
  bool in_power;          // "in power", "led the country": any of the offices
  Shape shape;
  TemporalExpression time;
  TemporalExpression until;  // kFromTo
};

std::vector<TenureFrame> FindTenureFrames(const Timeline& timeline, std::string_view text,
                                          const std::vector<Token>& tokens,
                                          const std::vector<SentenceSpan>& sentences,
                                          const std::vector<Mention>& mentions,
                                          const std::vector<TemporalExpression>& times);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_TENURE_FRAME_H_
