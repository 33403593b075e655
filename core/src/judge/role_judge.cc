#include "judge/role_judge.h"

#include "judge/explanation.h"
#include "judge/terms.h"

#include <algorithm>
#include <climits>
#include <string>

#include "judge/event_date_judge.h"

namespace factmark {
namespace {

std::string Day(int32_t days) {
  return FormatIsoDate(PartialDate{CivilFromDays(days), Precision::kDay});
}

// The first day a term's holder surely and possibly held the office, and
// the last: dates known to the month or year widen the possible span.
struct Span {
  int32_t sure_first, sure_last, possible_first, possible_last;
};

Span SpanOf(const Timeline::Term& term) {
  Span s;
  s.possible_first = term.start.first_day();
  s.sure_first = term.start.last_day();
  s.possible_last = term.has_end ? term.end.last_day() : INT32_MAX;
  s.sure_last = term.has_end ? term.end.first_day() : INT32_MAX;
  return s;
}

// Whether the timeline records the person's death before `day`.
bool DiedBefore(const Timeline& timeline, uint32_t person, int32_t day) {
  const IndexRange range = timeline.ParticipationsOf(person);
  for (uint32_t r = range.begin; r < range.end; ++r) {
    const Timeline::Participation p = timeline.participation(r);
    const Timeline::Event e = timeline.event(p.event);
    if (e.type == EventType::kDied && p.role == snapshot::Role::kSubject &&
        e.date.last_day() < day) {
      return true;
    }
  }
  return false;
}

std::string TermText(const Timeline& timeline, const Timeline::Term& term) {
  return std::string(timeline.entity(term.office).name) + " from " + FormatIsoDate(term.start) +
         (term.has_end ? " to " + FormatIsoDate(term.end) : " (in office)");
}

}  // namespace

Claim JudgeRole(const Timeline& timeline, std::string_view text, const std::vector<Token>& tokens,
                const RoleFrame& frame, const PublishedDate& published) {
  Claim claim = ClaimOver(ClaimKind::kRoleAtTime, tokens, frame.first_token, frame.end_token);
  const std::string person(timeline.entity(frame.entity).name);
  const std::string words = QuoteClaim(text, claim);

  // The time the claim is about.
  PartialDate when;
  std::string when_text;
  if (frame.time_source == RoleFrame::Time::kStated) {
    when = frame.date.date;
    const TemporalExpression& d = frame.date;
    when_text = Quote(TokensText(text, tokens, d.first_token, d.end_token)) +
                " (" + FormatIsoDate(when) + ")";
  } else if (published.known) {
    when = PartialDate{CivilFromDays(published.day), Precision::kDay};
    when_text = "the published date, " + FormatIsoDate(when);
  } else {
    claim.explanation = words + " is a role at a time, but the text gives no date for it and "
                        "the published date is unknown.";
    return claim;
  }
  claim.has_claimed = true;
  claim.claimed = when;
  int32_t t0 = when.first_day(), t1 = when.last_day();
  if (frame.time_source != RoleFrame::Time::kStated && frame.has_span && !frame.former) {
    // "... met British Prime Minister Rishi Sunak on Friday": any time from
    // the sentence's dates to the published date.
    t0 = std::min(t0, frame.span_first);
    t1 = std::max(t1, frame.span_last);
    when_text = "the time from " + Day(t0) + " to " + Day(t1) +
                " (the sentence's dates and the published date)";
  }
  if (t0 > timeline.coverage_end()) {
    claim.explanation = words + " at " + when_text + ": that is after the timeline's coverage "
                        "end (" + Day(timeline.coverage_end()) + "), so it cannot say." +
                        TimelineNote(timeline);
    return claim;
  }

  // The person's terms of the offices the title names.
  std::vector<Timeline::Term> terms;
  const IndexRange held = timeline.TermsOfHolder(frame.entity);
  for (uint32_t r = held.begin; r < held.end; ++r) {
    const Timeline::Term term = timeline.term(timeline.holder_term(r));
    if (frame.acting && !term.acting) continue;
    if (NamedByTitle(timeline, frame.titles, term.office)) terms.push_back(term);
  }
  const std::string suffix = TimelineNote(timeline);
  if (terms.empty()) {
    claim.explanation = words + ": the timeline lists no term of " + person +
                        " in an office this title names, so it cannot say." + suffix;
    return claim;
  }
  const Timeline::Term* covering = nullptr;  // surely held at some time in [t0, t1]
  bool maybe = false;                        // possibly held in [t0, t1]
  const Timeline::Term* before = nullptr;    // surely ended before t0
  for (const Timeline::Term& term : terms) {
    const Span s = SpanOf(term);
    if (s.sure_first <= t1 && s.sure_last >= t0 && covering == nullptr) covering = &term;
    if (s.possible_first <= t1 && s.possible_last >= t0) maybe = true;
    if (s.possible_last < t0) before = &term;
  }
  const bool sure_time = frame.time_source != RoleFrame::Time::kUnsure;
  const std::string at = " at " + when_text;

  if (!frame.former) {
    if (covering != nullptr) {
      claim.verdict = Verdict::kSupported;
      AddTermEvents(timeline, *covering, &claim.evidence);
      claim.explanation = words + at + ": " + person + " held the office then (" +
                          TermText(timeline, *covering) + ")." + suffix;
      return claim;
    }
    // Refuting needs a sure time, a complete list of the office's terms
    // back to that time, and no term that might reach it.
    const Timeline::Term& shown = before != nullptr ? *before : terms.front();
    const IndexRange office_terms = timeline.TermsOfOffice(shown.office);
    const bool listed = !office_terms.empty() &&
                        timeline.term(office_terms.begin).start.first_day() <= t0;
    const bool covered = t1 <= timeline.coverage_end();
    // "Prime Minister Winston Churchill said ..." in a retrospective speaks
    // of its own past: without a stated date, the published date is a sure
    // time only for a living person who left the office lately.
    bool recent = frame.time_source == RoleFrame::Time::kStated;
    if (!recent) {
      const Span last = SpanOf(terms.back());
      recent = last.possible_last >= t0 - 10 * 365 && !DiedBefore(timeline, frame.entity, t0);
    }
    if (!maybe && sure_time && listed && covered && recent) {
      claim.verdict = Verdict::kContradicted;
      for (const Timeline::Term& term : terms) AddTermEvents(timeline, term, &claim.evidence);
      const Span s = SpanOf(shown);
      const int32_t off = s.possible_last < t0 ? t0 - s.possible_last : s.possible_first - t1;
      claim.explanation = words + at + ": " + person + " did not hold the office then. The "
                          "timeline has " + person + " as " + TermText(timeline, shown) + ", " +
                          DescribeDayDistance(off) + (s.possible_last < t0 ? " before" : " after") +
                          "." + suffix;
      return claim;
    }
    claim.explanation =
        words + at + ": no term of " + person + " covers that time, but " +
        (!sure_time || !recent ? "the sentence may use the title for another time"
         : maybe    ? "a term's dates are known too coarsely to rule it out"
         : !listed  ? "the timeline does not list that office's terms so far back"
                    : "the time is after the timeline's coverage end (" +
                          Day(timeline.coverage_end()) + ")") +
        ". The timeline has " + TermText(timeline, terms.front()) +
        (terms.size() > 1 ? " and other terms" : "") + "." + suffix;
    return claim;
  }

  // "former": held before the time and not at it.
  if (before != nullptr && !maybe) {
    claim.verdict = Verdict::kSupported;
    AddTermEvents(timeline, *before, &claim.evidence);
    claim.explanation = words + at + ": " + person + "'s term had ended (" +
                        TermText(timeline, *before) + ")." + suffix;
    return claim;
  }
  if (covering != nullptr && sure_time && before == nullptr) {
    claim.verdict = Verdict::kContradicted;
    AddTermEvents(timeline, *covering, &claim.evidence);
    claim.explanation = words + at + ": " + person + " was still in office then (" +
                        TermText(timeline, *covering) + "), not a former holder." + suffix;
    return claim;
  }
  claim.explanation = words + at + ": the timeline does not settle whether " + person +
                      " had left the office by then." + suffix;
  return claim;
}

}  // namespace factmark
