// A checked claim as the judge leaves it and the reports print it.
#ifndef FACTMARK_CLAIMS_CLAIM_H_
#define FACTMARK_CLAIMS_CLAIM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"
#include "time/calendar.h"

namespace factmark {

enum class Verdict : uint8_t { kSupported, kContradicted, kUnverifiable };

std::string_view VerdictName(Verdict verdict);  // "supported", ...

enum class ClaimKind : uint8_t { kEventDate, kRoleAtTime, kAnniversary, kElapsedTime };

// "event-date", "role-at-time", "anniversary", "elapsed-time"
std::string_view ClaimKindName(ClaimKind kind);

struct Claim {
  uint32_t begin;  // byte offsets of the claim's words in the text
  uint32_t end;
  ClaimKind kind = ClaimKind::kEventDate;
  Verdict verdict = Verdict::kUnverifiable;
  bool has_claimed = false;  // false when the date could not be resolved
  PartialDate claimed;
  uint32_t timeline = 0;           // which of the checker's timelines judged it
  std::vector<uint32_t> evidence;  // event indexes in that timeline
  // How the claim was found, most specific first; a claim yields to an
  // overlapping one of the same verdict found more specifically.
  enum class Found : uint8_t {
    kByFrame,        // a frame read the sentence's verb, names and date
    kBySharedWords,  // a record of the day shares words with the sentence
    kAsUnknown,      // the words make a claim the timeline has nothing on
  };
  Found found = Found::kByFrame;
  std::string explanation;
};

// The claim's words in the text it was found in.
inline std::string_view ClaimText(std::string_view text, const Claim& claim) {
  return text.substr(claim.begin, claim.end - claim.begin);
}

// A claim of `kind` over the words of tokens [first_token, end_token), as
// every frame's judge and the unknown-claim finder start one.
inline Claim ClaimOver(ClaimKind kind, const std::vector<Token>& tokens, uint32_t first_token,
                       uint32_t end_token) {
  Claim claim;
  claim.kind = kind;
  claim.begin = tokens[first_token].begin;  // the bytes of TokensText()
  claim.end = tokens[end_token - 1].end;
  return claim;
}

}  // namespace factmark

#endif  // FACTMARK_CLAIMS_CLAIM_H_
