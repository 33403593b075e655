#include "judge/event_date_judge.h"

#include "judge/explanation.h"
#include "judge/terms.h"

#include "data/timeline_model.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace factmark {
namespace {

enum class Match { kYes, kNo, kUndecided };

// Whether an event date falls in the claimed interval. An event dated more
// coarsely than the claim ("2025" against "June 4, 2025") decides nothing
// unless the intervals are disjoint.
Match Compare(const PartialDate& claimed, bool year_written,
              const PartialDate& event) {
  if (!year_written) {
    if (event.precision != Precision::kDay &&
        !(event.precision == Precision::kMonth &&
          claimed.precision == Precision::kMonth)) {
      return Match::kUndecided;
    }
    const bool same = event.date.month == claimed.date.month &&
                      (claimed.precision == Precision::kMonth ||
                       event.date.day == claimed.date.day);
    return same ? Match::kYes : Match::kNo;
  }
  const bool disjoint = event.last_day() < claimed.first_day() ||
                        event.first_day() > claimed.last_day();
  if (disjoint) return Match::kNo;
  return event.precision <= claimed.precision ? Match::kYes : Match::kUndecided;
}

// " as A or B" for the offices a title names, or "" without a title.
std::string OfficeNames(const Timeline& timeline, IndexRange titles) {
  // A title as common as "President" names dozens of offices: show a few.
  constexpr uint32_t kShown = 3;
  std::string names;
  for (uint32_t t = titles.begin; t < titles.end && t < titles.begin + kShown; ++t) {
    names += (names.empty() ? " as " : " or ") +
             std::string(timeline.entity(timeline.title_office(t)).name);
  }
  const uint32_t more = titles.end - titles.begin > kShown ? titles.end - titles.begin - kShown : 0;
  if (more > 0) names += " or " + std::to_string(more) + " other offices of that title";
  return names;
}

bool InTitledOffice(const Timeline& timeline, IndexRange titles, uint32_t event,
                    uint32_t country) {
  return TitledOffice(timeline, titles, event, country) >= 0;
}

constexpr EventTypeSet kOfficeEventTypes =
    TypeBit(EventType::kTookOffice) | TypeBit(EventType::kLeftOffice) |
    TypeBit(EventType::kElected) | TypeBit(EventType::kResignation) |
    TypeBit(EventType::kImpeached) | TypeBit(EventType::kRemovalFromOffice) |
    TypeBit(EventType::kCoronation);

// Events that happen to their key entity once: a treaty is signed once, a
// mission launched once, a country becomes independent once. With the key
// named and a single such record, the claim can only be about that record.
bool HappensOnce(EventTypeSet types, bool any_type, EntityKind key, bool agent_named) {
  if (any_type) return key == EntityKind::kEvent;
  constexpr EventTypeSet kRepeatable =
      TypeBit(EventType::kDeclaration) | TypeBit(EventType::kAccession) |
      TypeBit(EventType::kWithdrawal) | TypeBit(EventType::kInvasion) |
      TypeBit(EventType::kAnnexation);
  constexpr EventTypeSet kWithBoth =
      TypeBit(EventType::kAccession) | TypeBit(EventType::kWithdrawal) |
      TypeBit(EventType::kAnnexation);
  if ((types & kWithBoth) == types && agent_named) return true;
  switch (key) {
    case EntityKind::kEvent:
      return (types & kRepeatable) == 0;
    case EntityKind::kOrganization:
      return types == TypeBit(EventType::kFounding);
    case EntityKind::kCountry:
      return (types & ~(TypeBit(EventType::kFounding) | TypeBit(EventType::kIndependence))) == 0;
    case EntityKind::kPerson:
      return types == TypeBit(EventType::kCoronation);
    default:
      return false;
  }
}

// Whether a claimed date is a plausible slip for an event's: within 45 days
// of it, or the same day or month in the year before or after.
bool NearMiss(const PartialDate& claimed, const PartialDate& event) {
  constexpr int32_t kDays = 45;
  const int32_t first = event.first_day(), last = event.last_day();
  if (claimed.first_day() - last <= kDays && first - claimed.last_day() <= kDays) return true;
  for (const int shift : {-1, 1}) {
    PartialDate moved = claimed;
    moved.date.year += shift;
    if (moved.precision == Precision::kDay && moved.date.month == 2 && moved.date.day == 29) {
      continue;
    }
    if (moved.first_day() <= last && moved.last_day() >= first) return true;
  }
  return false;
}

constexpr uint32_t kNoEvent = UINT32_MAX;

// What the timeline promises for every type a word can mean ("killed": a
// death or an assassination, both promised per person), or nothing.
Completeness CompletenessOfAll(EventTypeSet types) {
  bool first = true;
  Completeness all = Completeness::kNone;
  for (size_t t = 0; t < static_cast<size_t>(EventType::kCount); ++t) {
    if (!HasType(types, static_cast<EventType>(t))) continue;
    const Completeness c = CompletenessOf(static_cast<EventType>(t));
    if (!first && c != all) return Completeness::kNone;
    all = c;
    first = false;
  }
  return all;
}

struct Identified {
  uint32_t event = kNoEvent;  // the record the claim is about, or kNoEvent
  std::string why;            // why it is (or is not) that record
};

// The one record a claim that no record supports must be about, if the
// timeline can tell. Only then may the claim be called contradicted.
Identified Identify(const Timeline& timeline, const EventDateFrame& frame, EntityKind key,
                    bool agent_named, IndexRange titles, const PartialDate& claimed,
                    const std::vector<uint32_t>& contradicting, bool undecided) {
  Identified out;
  if (contradicting.empty() || undecided) return out;
  const Completeness completeness = CompletenessOfAll(frame.types);
  auto nearest_of = [&](const std::vector<uint32_t>& events) {
    return *std::min_element(events.begin(), events.end(), [&](uint32_t a, uint32_t b) {
      return std::abs(timeline.event(a).date.first_day() - claimed.first_day()) <
             std::abs(timeline.event(b).date.first_day() - claimed.first_day());
    });
  };
  // The timeline promises every such record of this person (and office).
  if (key == EntityKind::kPerson &&
      (completeness == Completeness::kPerSubject ||
       (completeness == Completeness::kPerSubjectAndOffice && !titles.empty()))) {
    out.event = nearest_of(contradicting);
    out.why = "the timeline lists every such record";
    return out;
  }
  // A named event's record is the one meant, as is an organization's
  // founding. A country or a person may
  // have more than the timeline lists (Germany was founded in 1871 and
  // reunified in 1990; Lithuania declared independence twice), so their
  // single record is the one meant only when the date is a slip from it.
  if (contradicting.size() == 1 &&
      HappensOnce(frame.types, frame.any_type, key, agent_named) &&
      (key == EntityKind::kEvent || key == EntityKind::kOrganization ||
       NearMiss(claimed, timeline.event(contradicting.front()).date))) {
    out.event = contradicting.front();
    out.why = "that happened once, and this is the record of it";
    return out;
  }
  // A person's office events repeat (terms, elections), and the timeline
  // lists those of its offices only: a date a slip away from exactly one of
  // them is a slip, anything else may be another office or election.
  if (key == EntityKind::kPerson && (frame.types & kOfficeEventTypes) != 0) {
    std::vector<uint32_t> near;
    for (const uint32_t event : contradicting) {
      if (NearMiss(claimed, timeline.event(event).date)) near.push_back(event);
    }
    // "first took office": the earliest record, when it is a slip away.
    if (frame.first_time && !near.empty()) {
      const uint32_t earliest = *std::min_element(
          contradicting.begin(), contradicting.end(), [&](uint32_t a, uint32_t b) {
            return timeline.event(a).date.first_day() < timeline.event(b).date.first_day();
          });
      if (std::find(near.begin(), near.end(), earliest) != near.end()) near = {earliest};
    }
    // Records of one day (an abdication is a resignation and a departure
    // from office) are one slip.
    const bool one_day = std::all_of(near.begin(), near.end(), [&](uint32_t e) {
      return timeline.event(e).date.first_day() == timeline.event(near.front()).date.first_day();
    });
    if (!near.empty() && one_day) {
      out.event = near.front();
      out.why = "the only record within a slip of the date: 45 days, or a year off";
      return out;
    }
    out.why = near.empty() ? "none is within a slip of the date, and the text may mean an "
                             "office or election the timeline does not list"
                           : "more than one record is near the date";
    return out;
  }
  out.why = "the timeline does not promise every such record, so the text may mean "
            "another one";
  return out;
}

}  // namespace

std::string DescribeDayDistance(int32_t days) {
  days = std::abs(days);
  if (days == 1) return "1 day";
  if (days < 60) return std::to_string(days) + " days";
  if (days < 730) return "about " + std::to_string((days + 15) / 30) + " months";
  return "about " + std::to_string((days + 182) / 365) + " years";
}

Claim JudgeEventDate(const Timeline& timeline, std::string_view text,
                     const std::vector<Token>& tokens,
                     const EventDateFrame& frame, const PublishedDate& published) {
  Claim claim = ClaimOver(ClaimKind::kEventDate, tokens, frame.first_token, frame.end_token);
  const TemporalExpression& date = frame.date;
  const std::string_view date_text = TokensText(text, tokens, date.first_token, date.end_token);
  // The entity that identifies the event: what the verb acts on when the
  // text names it ("annexed Korea", "launched Sputnik 1"), else the subject.
  const uint32_t key = frame.object != kNoEntity ? frame.object : frame.entity;
  const uint32_t agent = frame.object != kNoEntity ? frame.entity : kNoEntity;
  const Timeline::Entity key_entity = timeline.entity(key);
  const auto kind = static_cast<EntityKind>(key_entity.kind);
  // Explanations name the sentence's subject: "Spain joined", not "NATO".
  const std::string subject(
      timeline.entity(frame.entity != kNoEntity ? frame.entity : key).name);
  const std::string happened(frame.any_type ? "happened"
                                            : EventTypePastPhrase(frame.type));
  const std::string dataset = TimelineNote(timeline);
  const bool year_written = date.year_written;
  // "Lee Jae-myung took office as President of South Korea on 2025-06-04".
  auto Happened = [&](uint32_t event) {
    const Timeline::Event e = timeline.event(event);
    std::string said = subject + " " + std::string(EventTypePastPhrase(e.type));
    const int64_t office = TitledOffice(timeline, frame.titles, event);
    if (office >= 0) {
      said += " as " + std::string(timeline.entity(static_cast<uint32_t>(office)).name);
    }
    said += " on " + FormatIsoDate(e.date);
    if (e.has_end) said += " to " + FormatIsoDate(e.end);
    if (office < 0 && !e.summary.empty()) said += " (" + std::string(e.summary) + ")";
    return said;
  };

  claim.has_claimed = date.anchor != Anchor::kUnresolved;
  if (!claim.has_claimed) {
    claim.explanation = Quote(date_text) +
                        " has no year, and the article has no published date to take "
                        "one from.";
    return claim;
  }
  claim.claimed = date.date;
  std::string reading = Quote(date_text) + " is read as " + FormatIsoDate(claim.claimed);
  if (!year_written) {
    // Say which way the tagger read the missing year, as it did.
    const std::string published_text =
        FormatIsoDate(PartialDate{CivilFromDays(published.day), Precision::kDay});
    reading += claim.claimed.first_day() <= published.day
                   ? " (the latest such date on or before the published date " +
                         published_text + ")"
                   : " (the next such date after the published date " + published_text + ")";
  }
  reading += ". ";

  // A title names the office only for events of an office: in "former
  // President Jimmy Carter died" it describes the man, not the death.
  const bool office_event = !frame.any_type && (frame.types & kOfficeEventTypes) != 0;
  const IndexRange titles = office_event ? frame.titles : IndexRange{};

  std::vector<uint32_t> supporting, contradicting;
  bool undecided = false;
  const IndexRange range = timeline.ParticipationsOf(key);
  for (uint32_t r = range.begin; r < range.end; ++r) {
    const Timeline::Participation p = timeline.participation(r);
    // The subject's own events: "Carter died" is not about a death Carter
    // attended, nor "the WHO was founded" about a founding it took part in.
    // What a verb acts on may take any part ("launched Sputnik 1").
    if (frame.object == kNoEntity && p.role != snapshot::Role::kSubject) continue;
    const Timeline::Event event = timeline.event(p.event);
    if (!HasType(frame.types, event.type)) continue;
    if (published.known && event.date.first_day() > published.day) continue;
    if (!titles.empty() && !InTitledOffice(timeline, titles, p.event, frame.country)) continue;
    // "Japan annexed Korea": both must take part.
    if (agent != kNoEntity && !timeline.Participates(agent, p.event)) continue;
    switch (Compare(claim.claimed, year_written, event.date)) {
      case Match::kYes:
        supporting.push_back(p.event);
        break;
      case Match::kNo:
        contradicting.push_back(p.event);
        break;
      case Match::kUndecided:
        undecided = true;
        break;
    }
  }

  // Evidence nearest to the claimed date first.
  auto by_distance = [&](uint32_t a, uint32_t b) {
    const int32_t claimed = claim.claimed.first_day();
    return std::abs(timeline.event(a).date.first_day() - claimed) <
           std::abs(timeline.event(b).date.first_day() - claimed);
  };
  if (!supporting.empty()) {
    std::stable_sort(supporting.begin(), supporting.end(), by_distance);
    claim.verdict = Verdict::kSupported;
    claim.evidence = supporting;
    const PartialDate& found = timeline.event(supporting.front()).date;
    const bool other_year = found.date.year != claim.claimed.date.year;
    claim.explanation = reading + "The timeline records that " +
                        Happened(supporting.front()) +
                        (other_year ? ", the same day of another year, and the text "
                                      "does not say which year"
                                    : "") +
                        "." + dataset;
    return claim;
  }

  // Which record the claim is about, when the timeline can tell.
  const Identified identified =
      Identify(timeline, frame, kind, agent != kNoEntity, titles, claim.claimed, contradicting,
               undecided);
  const bool beyond_coverage = claim.claimed.first_day() > timeline.coverage_end();
  if (identified.event == kNoEvent || beyond_coverage) {
    claim.explanation = reading;
    if (beyond_coverage) {
      claim.explanation +=
          "The timeline is complete only to " +
          FormatIsoDate(PartialDate{CivilFromDays(timeline.coverage_end()),
                                    Precision::kDay}) +
          ".";
    } else if (!contradicting.empty() && !undecided) {
      const uint32_t nearest =
          *std::min_element(contradicting.begin(), contradicting.end(), by_distance);
      claim.explanation += "No record matches. The nearest is that " + Happened(nearest) +
                           ", but " + identified.why + ".";
    } else if (contradicting.empty() && !undecided) {
      claim.explanation += "The timeline has no record that " + subject + " " +
                           happened + OfficeNames(timeline, titles) + ".";
    } else {
      claim.explanation += "The timeline does not settle whether " + subject +
                           " " + happened + " then.";
    }
    claim.explanation += dataset;
    return claim;
  }

  claim.verdict = Verdict::kContradicted;
  claim.evidence = {identified.event};
  const int32_t offset =
      timeline.event(identified.event).date.first_day() - claim.claimed.first_day();
  claim.explanation = reading + "The timeline records that " + Happened(identified.event) +
                      ", " + DescribeDayDistance(offset) +
                      (offset < 0 ? " earlier" : " later") + " than the text says (" +
                      identified.why + ")." + dataset;
  return claim;
}

}  // namespace factmark
