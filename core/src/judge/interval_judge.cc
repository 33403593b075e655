#include "judge/interval_judge.h"

#include "claims/frame_text.h"
#include "data/timeline_model.h"
#include "judge/duration_fit.h"
#include "judge/explanation.h"
#include "judge/terms.h"

#include <algorithm>
#include <string>

namespace factmark {
namespace {

// An end as found: its days, whether it is certain, and how to say it.
struct Found {
  bool known = false;
  bool certain = false;
  int32_t lo = 0, hi = 0;  // days since the epoch
  int64_t event = -1;      // the record, if an event
  std::string said;
};

// The records an event end may mean, in date order.
std::vector<uint32_t> Candidates(const Timeline& timeline, const IntervalEnd& end,
                                 const PublishedDate& published) {
  std::vector<uint32_t> out;
  const IndexRange range = timeline.ParticipationsOf(end.entity);
  for (uint32_t r = range.begin; r < range.end; ++r) {
    const Timeline::Participation p = timeline.participation(r);
    if (end.object == kNoEntity && p.role != snapshot::Role::kSubject) continue;
    const Timeline::Event e = timeline.event(p.event);
    if (end.types != 0 && !HasType(end.types, e.type)) continue;
    if (published.known && e.date.first_day() > published.day) continue;
    if (end.object != kNoEntity && !timeline.Participates(end.object, p.event)) continue;
    if (!end.titles.empty() && TitledOffice(timeline, end.titles, p.event) < 0) continue;
    out.push_back(p.event);
  }
  return out;
}

Found FromEvent(const Timeline& timeline, uint32_t event, bool certain) {
  const Timeline::Event e = timeline.event(event);
  Found f;
  f.known = true;
  f.certain = certain;
  f.lo = e.date.first_day();
  f.hi = e.date.last_day();
  f.event = event;
  f.said = std::string(e.summary) + " (" + FormatIsoDate(e.date) + ")";
  return f;
}

// Resolves an end; `other` (if known) picks among several records: the
// latest before it when this end comes first, else the earliest after it.
Found Resolve(const Timeline& timeline, const IntervalEnd& end, const PublishedDate& published,
              const Found* other, bool comes_first) {
  Found f;
  switch (end.kind) {
    case IntervalEnd::Kind::kDate:
      if (end.date.anchor == Anchor::kUnresolved) return f;
      f.known = f.certain = true;
      f.lo = end.date.date.first_day();
      f.hi = end.date.date.last_day();
      f.said = FormatIsoDate(end.date.date);
      return f;
    case IntervalEnd::Kind::kPublished:
      if (!published.known) return f;
      f.known = f.certain = true;
      f.lo = f.hi = published.day;
      f.said = "the published date, " + FormatIsoDate(PartialDate{CivilFromDays(published.day),
                                                                   Precision::kDay});
      return f;
    case IntervalEnd::Kind::kEvent: {
      const std::vector<uint32_t> events = Candidates(timeline, end, published);
      if (events.empty()) return f;
      const int32_t day = timeline.event(events.front()).date.first_day();
      const bool one_day = std::all_of(events.begin(), events.end(), [&](uint32_t e) {
        return timeline.event(e).date.first_day() == day;
      });
      if (one_day) return FromEvent(timeline, events.front(), true);
      if (other == nullptr || !other->known) return f;
      int64_t pick = -1;
      for (const uint32_t e : events) {
        const int32_t at = timeline.event(e).date.first_day();
        if (comes_first ? at <= other->lo : at >= other->hi) {
          if (comes_first || pick < 0) pick = e;
        }
      }
      if (pick < 0) return f;
      // A term's start or end nearest the other end is the one meant
      // ("had left office a year before he was killed": the last time).
      const bool office = (end.types & ~(TypeBit(EventType::kTookOffice) |
                                         TypeBit(EventType::kLeftOffice))) == 0;
      return FromEvent(timeline, static_cast<uint32_t>(pick), office && other->certain);
    }
    default:
      return f;
  }
}

}  // namespace

Claim JudgeInterval(const Timeline& timeline, std::string_view text,
                    const std::vector<Token>& tokens, const IntervalFrame& frame,
                    const PublishedDate& published) {
  Claim claim = ClaimOver(ClaimKind::kElapsedTime, tokens, frame.first_token, frame.end_token);
  const std::string words = QuoteClaim(text, claim);
  const std::string note = TimelineNote(timeline);
  const TemporalExpression& d = frame.duration;
  const double unit = UnitDays(d.unit);

  // Certain ends first, so they can pick among the other's records.
  const bool own_first = !frame.after;  // "before": the sentence's time comes first
  Found own = Resolve(timeline, frame.own, published, nullptr, own_first);
  Found ref = Resolve(timeline, frame.reference, published, own.known ? &own : nullptr, !own_first);
  if (!own.known && ref.known) own = Resolve(timeline, frame.own, published, &ref, own_first);
  if (!own.known || !ref.known || unit == 0) {
    claim.explanation = words + ": the timeline has no record of " +
                        (!ref.known ? std::string("what the span is counted from")
                                    : std::string("the sentence's own time")) +
                        ", so it cannot measure it." + note;
    return claim;
  }
  for (const Found* f : {&own, &ref}) {
    if (f->event >= 0) claim.evidence.push_back(static_cast<uint32_t>(f->event));
  }
  const Found& earlier = frame.after ? ref : own;
  const Found& later = frame.after ? own : ref;
  const double shortest = std::max(0, later.lo - earlier.hi);
  const double longest = later.hi - earlier.lo;
  if (longest < 0) {
    claim.explanation = words + ": the timeline has them the other way round: " + ref.said +
                        " and " + own.said + "." + note;
    return claim;
  }
  const std::string first_word = FoldedToken(text, tokens[d.first_token]);
  const bool nearly = first_word == "nearly" || first_word == "almost";
  const double slack = (d.unit == TimeUnit::kDay ? 1.0 : 2.0) / unit;
  const Fit fit = FitDuration(shortest / unit, longest / unit, static_cast<double>(d.amount), d.mod,
                              nearly, slack);
  const std::string measured = "from " + earlier.said + " to " + later.said + " is " +
                               Length(shortest, d.unit);
  claim.has_claimed = true;
  claim.claimed = PartialDate{CivilFromDays(later.lo), Precision::kDay};
  if (fit == Fit::kYes) {
    claim.verdict = Verdict::kSupported;
    claim.explanation = words + ": " + measured + "." + note;
  } else if (fit == Fit::kNo && own.certain && ref.certain) {
    claim.verdict = Verdict::kContradicted;
    claim.explanation = words + ": " + measured + ", which does not match." + note;
  } else {
    claim.explanation = words + ": " + measured + ", but " +
                        (fit == Fit::kNo ? "the timeline cannot be sure these are the records "
                                           "the sentence means"
                                         : "that is within what the words allow either way") +
                        "." + note;
  }
  return claim;
}

}  // namespace factmark
