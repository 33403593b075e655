// Recognizes a role at a time: a title right before a person ("President
// Lee", "Prime Minister Boris Johnson", "former Chancellor Olaf Scholz"). The
// time is the one the sentence speaks of: a date it states for the person's
// own verb ("... said on Tuesday") or at its head ("In 2022, President Joe
// Biden signed ..."), else the published date. How sure that time is decides
// whether the claim may be contradicted (see role_judge.h).
#ifndef FACTMARK_CLAIMS_ROLE_FRAME_H_
#define FACTMARK_CLAIMS_ROLE_FRAME_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/mention_finder.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "time/temporal_expression.h"

namespace factmark {

struct RoleFrame {
  uint32_t first_token;  // the claim's span: ["former"] title person
  uint32_t end_token;
  uint32_t entity;
  IndexRange titles;  // title records: the offices the title may name
  bool former = false;
  bool acting = false;  // "acting President": acting terms only
  // Where the time comes from.
  enum class Time : uint8_t {
    kStated,     // a date the sentence gives for this person's action
    kPublished,  // the published date, or between it and the sentence's dates
    kUnsure,     // the published date, but the sentence looks back to another time
  };
  Time time_source = Time::kPublished;
  TemporalExpression date;  // kStated: a resolved calendar date
  // Otherwise: the days of the sentence's own dates, when it has any; the
  // claim's time lies between them and the published date.
  bool has_span = false;
  int32_t span_first = 0, span_last = 0;
};

// A title and person inside an event-date claim are found here too; the
// checker keeps whichever of the overlapping claims says more.
std::vector<RoleFrame> FindRoleFrames(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<SentenceSpan>& sentences,
                                      const std::vector<Mention>& mentions,
                                      const std::vector<TemporalExpression>& times,
                                      const PublishedDate& published);

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_ROLE_FRAME_H_
