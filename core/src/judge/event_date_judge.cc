#include "judge/event_date_judge.h"

#include "judge/explanation.h"

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

// The office among those a title names that takes part in `event`, or -1.
int64_t TitledOffice(const Timeline& timeline, IndexRange titles, uint32_t event) {
  for (uint32_t t = titles.begin; t < titles.end; ++t) {
    if (timeline.Participates(timeline.title_office(t), event)) {
      return timeline.title_office(t);
    }
  }
  return -1;
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

bool InTitledOffice(const Timeline& timeline, IndexRange titles, uint32_t event) {
  return TitledOffice(timeline, titles, event) >= 0;
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
  Claim claim;
  claim.begin = tokens[frame.first_token].begin;
  claim.end = tokens[frame.end_token - 1].end;
  const TemporalExpression& date = frame.date;
  const std::string_view date_text =
      text.substr(tokens[date.first_token].begin,
                  tokens[date.end_token - 1].end - tokens[date.first_token].begin);
  const std::string subject(timeline.entity(frame.entity).name);
  const std::string happened(EventTypePastPhrase(frame.type));
  const std::string dataset = TimelineNote(timeline);
  const bool year_written = date.year_written;
  // "Lee Jae-myung took office as President of South Korea on 2025-06-04".
  auto Happened = [&](uint32_t event) {
    std::string said = subject + " " + happened;
    const int64_t office = TitledOffice(timeline, frame.titles, event);
    if (office >= 0) {
      said += " as " + std::string(timeline.entity(static_cast<uint32_t>(office)).name);
    }
    return said + " on " + FormatIsoDate(timeline.event(event).date);
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
  const bool office_event = CompletenessOf(frame.type) == Completeness::kPerSubjectAndOffice ||
                            frame.type == EventType::kElected ||
                            frame.type == EventType::kResignation ||
                            frame.type == EventType::kImpeached;
  const IndexRange titles = office_event ? frame.titles : IndexRange{};

  std::vector<uint32_t> supporting, contradicting;
  bool undecided = false;
  const IndexRange range = timeline.ParticipationsOf(frame.entity);
  for (uint32_t r = range.begin; r < range.end; ++r) {
    const Timeline::Participation p = timeline.participation(r);
    if (p.role != snapshot::Role::kSubject) continue;
    const Timeline::Event event = timeline.event(p.event);
    if (event.type != frame.type) continue;
    if (published.known && event.date.first_day() > published.day) continue;
    if (!titles.empty() && !InTitledOffice(timeline, titles, p.event)) continue;
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
  const bool beyond_coverage = claim.claimed.first_day() > timeline.coverage_end();
  const Completeness completeness = CompletenessOf(frame.type);
  const bool complete =
      completeness == Completeness::kPerSubject ||
      (completeness == Completeness::kPerSubjectAndOffice && !titles.empty());
  if (contradicting.empty() || undecided || beyond_coverage || !complete) {
    claim.explanation = reading;
    if (beyond_coverage) {
      claim.explanation +=
          "The timeline is complete only to " +
          FormatIsoDate(PartialDate{CivilFromDays(timeline.coverage_end()),
                                    Precision::kDay}) +
          ".";
    } else if (!contradicting.empty() && !undecided && !complete) {
      claim.explanation += "No record matches, but the text does not name the "
                           "office, and the timeline may not list every office " +
                           subject + " held.";
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

  // Contradicted: show the candidate nearest to the claimed date.
  const uint32_t nearest =
      *std::min_element(contradicting.begin(), contradicting.end(), by_distance);
  claim.verdict = Verdict::kContradicted;
  claim.evidence = {nearest};
  const int32_t offset =
      timeline.event(nearest).date.first_day() - claim.claimed.first_day();
  claim.explanation = reading + "The timeline records that " + Happened(nearest) + ", " +
                      DescribeDayDistance(offset) +
                      (offset < 0 ? " earlier" : " later") + " than the text says." +
                      dataset;
  return claim;
}

}  // namespace factmark
