#include "judge/elapsed_judge.h"

#include "judge/duration_fit.h"
#include "judge/explanation.h"

#include <cmath>
#include <string>

namespace factmark {

Claim JudgeElapsed(const Timeline& timeline, std::string_view text, const std::vector<Token>& tokens,
                   const ElapsedFrame& frame, const PublishedDate& published) {
  const TemporalExpression& d = frame.duration;
  Claim claim = ClaimOver(ClaimKind::kElapsedTime, tokens, frame.entity_first_token, d.end_token);
  const std::string words = Quote(TokensText(text, tokens, d.first_token, d.end_token));
  const std::string name(timeline.entity(frame.entity).name);
  const std::string suffix = TimelineNote(timeline);
  std::vector<uint32_t> starts, dated;
  const IndexRange range = timeline.ParticipationsOf(frame.entity);
  for (uint32_t r = range.begin; r < range.end; ++r) {
    const uint32_t e = timeline.participation(r).event;
    if (timeline.event(e).type == EventType::kWarBegan) starts.push_back(e);
    dated.push_back(e);
  }
  const std::vector<uint32_t>& candidates = !starts.empty() ? starts : dated;
  const double unit = UnitDays(d.unit);
  if (candidates.size() != 1 || !published.known || unit == 0) {
    claim.explanation = words + ": the timeline cannot say from which day of " + name +
                        " the time is counted" +
                        (published.known ? "" : ", and the published date is unknown") + "." + suffix;
    return claim;
  }
  const Timeline::Event event = timeline.event(candidates.front());
  claim.evidence = {candidates.front()};
  claim.has_claimed = true;
  claim.claimed = PartialDate{CivilFromDays(published.day), Precision::kDay};
  // The span from the event to the published date, in the claim's unit,
  // at its widest and narrowest for an event dated to the month or year.
  const double longest = (published.day - event.date.first_day()) / unit;
  const double shortest = (published.day - event.date.last_day()) / unit;
  const double n = static_cast<double>(d.amount);
  bool holds = false;
  switch (d.mod) {
    case TimexMod::kMoreThan:
    case TimexMod::kEqualOrMore:
      holds = shortest > n;
      break;
    case TimexMod::kLessThan:
    case TimexMod::kEqualOrLess:
      holds = longest < n;
      break;
    case TimexMod::kApprox:
      holds = shortest >= n * 0.9 && longest <= n * 1.1;
      break;
    case TimexMod::kNone:
      holds = std::floor(shortest) == n && std::floor(longest) == n;
      break;
    default:
      break;
  }
  char span[32];
  std::snprintf(span, sizeof span, "%.1f", shortest);
  const std::string measured = "From " + FormatIsoDate(event.date) + " (" +
                               std::string(event.summary) + ") to the published date is " + span + " " +
                               UnitName(d.unit);
  if (holds) {
    claim.verdict = Verdict::kSupported;
    claim.explanation = words + " since " + name + ": " + measured + "." + suffix;
    return claim;
  }
  claim.explanation = words + " since " + name + ": " + measured +
                      ", which does not match, but the text may count from another day." + suffix;
  return claim;
}

}  // namespace factmark
