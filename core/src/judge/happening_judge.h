// Looks for the record a dated sentence is about among the events on its
// day (or in its month), comparing the words that go with the date (its
// stretch between commas): a record that a person, country or organization
// they name takes part in and whose summary shares another word with them,
// or whose summary shares two words with them (three for a month), one of
// them a proper name ("Panmunjom"), or three words (four for a month).
// Terms are left to their own frames; a day or month with more than 48
// records is not searched. Such a match
// supports the claim. No match says nothing: the sentence may be about
// anything, so these claims are never refuted and never reported
// unverifiable.
#ifndef FACTMARK_JUDGE_HAPPENING_JUDGE_H_
#define FACTMARK_JUDGE_HAPPENING_JUDGE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claims/claim.h"
#include "claims/happening_frame.h"
#include "claims/mention_finder.h"
#include "data/timeline.h"
#include "text/tokenizer.h"

namespace factmark {

// The content words of records already read in one check, by event: a
// day's records are compared with every dated sentence of that day.
using RecordStems = std::unordered_map<uint32_t, std::vector<std::string>>;

// True, with *claim, when a record matches. `cache` keeps each record's
// words for the rest of the check.
bool MatchHappening(const Timeline& timeline, std::string_view text,
                    const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                    const HappeningFrame& frame, RecordStems* cache, Claim* claim);

}  // namespace factmark

#endif  // FACTMARK_JUDGE_HAPPENING_JUDGE_H_
