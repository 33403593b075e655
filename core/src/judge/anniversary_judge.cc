#include "judge/anniversary_judge.h"

#include "judge/explanation.h"

#include <string>

namespace factmark {
namespace {

// Days from the event's day of the year to `day`, in `day`'s year: 0 on
// the anniversary, 1 the day after (negative before it).
int32_t DaysAfterAnniversary(const CivilDate& event, int32_t day) {
  const CivilDate on = CivilFromDays(day);
  CivilDate anniversary{on.year, event.month, event.day};
  if (event.month == 2 && event.day == 29 && !IsValidDate(on.year, 2, 29)) anniversary.day = 28;
  return day - DaysFromCivil(anniversary);
}

}  // namespace

Claim JudgeAnniversary(const Timeline& timeline, std::string_view text,
                       const std::vector<Token>& tokens, const AnniversaryFrame& frame,
                       const PublishedDate& published) {
  Claim claim = ClaimOver(ClaimKind::kAnniversary, tokens, frame.first_token, frame.end_token);
  const std::string words = QuoteClaim(text, claim);
  const std::string suffix = TimelineNote(timeline);

  // The event: of the named type, else the war's start, else the only one.
  std::vector<uint32_t> typed, starts, dated;
  const IndexRange range = timeline.ParticipationsOf(frame.entity);
  for (uint32_t r = range.begin; r < range.end; ++r) {
    const uint32_t e = timeline.participation(r).event;
    const Timeline::Event event = timeline.event(e);
    if (event.date.precision != Precision::kDay) continue;
    // "his election": his own, not one he took part in.
    if (frame.own && timeline.participation(r).role != snapshot::Role::kSubject) continue;
    if (published.known && event.date.first_day() > published.day) continue;
    dated.push_back(e);
    if (frame.has_type && event.type == frame.type) typed.push_back(e);
    if (event.type == EventType::kWarBegan) starts.push_back(e);
  }
  std::vector<uint32_t> candidates = frame.has_type ? typed : (!starts.empty() ? starts : dated);
  // "his first inauguration": participations come in date order.
  if (frame.first_of && candidates.size() > 1) candidates.resize(1);
  if (candidates.size() != 1) {
    claim.explanation = words + ": the timeline has " +
                        (candidates.empty() ? std::string("no dated event")
                                            : std::to_string(candidates.size()) + " events") +
                        " these words could mean, so it cannot say which day is meant." + suffix;
    return claim;
  }
  const uint32_t index = candidates.front();
  const Timeline::Event event = timeline.event(index);
  claim.evidence = {index};

  int32_t day;
  std::string when;
  if (frame.stated) {
    day = frame.date.date.first_day();
    const TemporalExpression& d = frame.date;
    when = Quote(TokensText(text, tokens, d.first_token, d.end_token)) +
           " (" + FormatIsoDate(frame.date.date) + ")";
  } else if (published.known) {
    day = published.day;
    when = "the published date, " + FormatIsoDate(PartialDate{CivilFromDays(day), Precision::kDay});
  } else {
    claim.explanation = words + ": the text gives no day and the published date is unknown." + suffix;
    return claim;
  }
  claim.has_claimed = true;
  claim.claimed = PartialDate{CivilFromDays(day), Precision::kDay};
  const int32_t after = DaysAfterAnniversary(event.date.date, day);
  const int years = CivilFromDays(day).year - event.date.date.year;
  const bool exact = after == 0;
  const bool near = frame.stated ? exact : (after >= 0 && after <= 2);
  const std::string record = "The timeline dates it " + FormatIsoDate(event.date) + ": " +
                             std::string(event.summary);
  if (near && (frame.ordinal == 0 || frame.ordinal == years)) {
    claim.verdict = Verdict::kSupported;
    claim.explanation = words + " at " + when + ": the " + std::to_string(years) +
                        (years % 10 == 1 && years % 100 != 11   ? "st"
                         : years % 10 == 2 && years % 100 != 12 ? "nd"
                         : years % 10 == 3 && years % 100 != 13 ? "rd"
                                                                 : "th") +
                        " anniversary" + (exact ? "" : " was " + std::to_string(after) +
                                                           (after == 1 ? " day" : " days") +
                                                           " before") +
                        ". " + record + suffix;
    return claim;
  }
  if (exact && frame.ordinal != 0 && frame.ordinal != years) {
    claim.verdict = Verdict::kContradicted;
    claim.explanation = words + " at " + when + ": that day is the " + std::to_string(years) +
                        "th anniversary, not the " + std::to_string(frame.ordinal) + "th. " +
                        record + suffix;
    return claim;
  }
  claim.explanation = words + " at " + when + ": " + record +
                      ". The words do not fix the day closely enough to say." + suffix;
  return claim;
}

}  // namespace factmark
