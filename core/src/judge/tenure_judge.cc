#include "judge/tenure_judge.h"

#include "claims/frame_text.h"
#include "data/timeline_model.h"
#include "judge/duration_fit.h"
#include "judge/explanation.h"
#include "judge/terms.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace factmark {
namespace {

// One stretch in office: consecutive terms, of one office or (in power)
// of any. Days since the epoch; the bounds widen for dates known only to
// the month or year.
struct Stretch {
  int32_t first_lo, first_hi, last_lo, last_hi;
  bool open = false;  // in office at the coverage end
  uint32_t office;    // the first term's office
  std::vector<uint32_t> terms;
};

// Merges terms (sorted by start) into stretches: a term starting at most a
// day after the previous one ends continues it.
std::vector<Stretch> Merge(const Timeline& timeline, std::vector<uint32_t> terms,
                           int32_t open_end) {
  std::sort(terms.begin(), terms.end(), [&](uint32_t a, uint32_t b) {
    return timeline.term(a).start.first_day() < timeline.term(b).start.first_day();
  });
  std::vector<Stretch> out;
  for (const uint32_t index : terms) {
    const Timeline::Term t = timeline.term(index);
    const int32_t last_lo = t.has_end ? t.end.first_day() : open_end;
    const int32_t last_hi = t.has_end ? t.end.last_day() : open_end;
    if (!out.empty() && t.start.first_day() <= out.back().last_hi + 1) {
      Stretch& s = out.back();
      s.last_lo = std::max(s.last_lo, last_lo);
      s.last_hi = std::max(s.last_hi, last_hi);
      s.open = s.open || !t.has_end;
      s.terms.push_back(index);
      continue;
    }
    out.push_back({t.start.first_day(), t.start.last_day(), last_lo, last_hi, !t.has_end,
                   t.office, {index}});
  }
  return out;
}

}  // namespace

Claim JudgeTenure(const Timeline& timeline, std::string_view text,
                  const std::vector<Token>& tokens, const TenureFrame& frame,
                  const PublishedDate& published) {
  Claim claim = ClaimOver(frame.shape == TenureFrame::Shape::kFor ? ClaimKind::kElapsedTime
                                                                  : ClaimKind::kRoleAtTime,
                          tokens, frame.first_token, frame.end_token);
  const std::string words = QuoteClaim(text, claim);
  const std::string person(timeline.entity(frame.person).name);
  const std::string note = TimelineNote(timeline);

  // The person's terms in the offices the words name.
  std::vector<uint32_t> terms;
  std::vector<uint32_t> offices;
  const IndexRange held = timeline.TermsOfHolder(frame.person);
  for (uint32_t r = held.begin; r < held.end; ++r) {
    const uint32_t index = timeline.holder_term(r);
    const Timeline::Term t = timeline.term(index);
    if (!frame.titles.empty() && !NamedByTitle(timeline, frame.titles, t.office)) continue;
    if (frame.organization != kNoEntity &&
        timeline.entity(t.office).jurisdiction != frame.organization) {
      continue;
    }
    if (frame.acting && !t.acting) continue;
    if (published.known && t.start.first_day() > published.day) continue;  // not yet
    terms.push_back(index);
    if (std::find(offices.begin(), offices.end(), t.office) == offices.end()) {
      offices.push_back(t.office);
    }
  }
  if (terms.empty()) {
    claim.explanation = words + ": the timeline lists no term of " + person +
                        " in an office these words name, so it cannot say." + note;
    return claim;
  }
  const bool office_known =
      !frame.titles.empty() || frame.organization != kNoEntity || offices.size() == 1;
  // Every term of the office listed since before the person's first.
  bool listed = true;
  for (const uint32_t office : offices) {
    const IndexRange all = timeline.TermsOfOffice(office);
    int32_t first = INT32_MAX;
    for (const uint32_t t : terms) {
      if (timeline.term(t).office == office) first = std::min(first, timeline.term(t).start.first_day());
    }
    listed = listed && !all.empty() && timeline.term(all.begin).start.first_day() < first;
  }
  const int32_t open_end = published.known ? std::min(published.day, timeline.coverage_end())
                                           : timeline.coverage_end();
  const bool open_unsure = published.known && published.day > timeline.coverage_end();

  // Stretches per office, and across offices when the words allow any.
  std::vector<Stretch> stretches;
  for (const uint32_t office : offices) {
    std::vector<uint32_t> of_office;
    for (const uint32_t t : terms) {
      if (timeline.term(t).office == office) of_office.push_back(t);
    }
    for (Stretch& s : Merge(timeline, of_office, open_end)) stretches.push_back(std::move(s));
  }
  if (frame.in_power && offices.size() > 1) {
    for (Stretch& s : Merge(timeline, terms, open_end)) stretches.push_back(std::move(s));
  }
  auto describe = [&](const Stretch& s) {
    return std::string(timeline.entity(s.office).name) + " from " +
           FormatIsoDate(timeline.term(s.terms.front()).start) + " to " +
           (s.open ? "the published date" : FormatIsoDate(timeline.term(s.terms.back()).end));
  };
  for (const Stretch& s : stretches) {
    for (const uint32_t t : s.terms) AddTermEvents(timeline, timeline.term(t), &claim.evidence);
  }

  const bool may_refute = office_known && listed;
  bool any_yes = false, all_no = true;
  std::string supporting;          // the stretch that matches
  std::vector<std::string> shown;  // the stretches compared, a few
  auto Note = [&](const std::string& line, bool yes) {
    if (yes && !any_yes) supporting = line;
    any_yes = any_yes || yes;
    if (shown.size() < 4) shown.push_back(line);
  };

  switch (frame.shape) {
    case TenureFrame::Shape::kFor: {
      const TemporalExpression& d = frame.time;
      const double unit = UnitDays(d.unit);
      if (unit == 0) {
        claim.explanation = words + ": a span shorter than a day cannot be checked against "
                            "dates." + note;
        return claim;
      }
      const std::string first_word = FoldedToken(text, tokens[d.first_token]);
      const bool nearly = first_word == "nearly" || first_word == "almost";
      const double n = static_cast<double>(d.amount);
      const double slack = (d.unit == TimeUnit::kDay ? 1.0 : 2.0) / unit;
      auto check = [&](double shortest, double longest, bool open, const std::string& what) {
        const Fit fit = FitDuration(shortest / unit, longest / unit, n, d.mod, nearly, slack);
        Note(what + ", " + Length(shortest, d.unit), fit == Fit::kYes);
        if (fit != Fit::kNo || (open && open_unsure)) all_no = false;
      };
      double total_lo = 0, total_hi = 0;
      uint32_t per_office_count = 0;
      // "has led the alliance for ten years": measured to the published date
      // at most, even when the timeline knows the term ran on.
      const int32_t now = published.known ? published.day : INT32_MAX;
      for (const Stretch& s : stretches) {
        check(std::min(s.last_lo, now) - s.first_hi, std::min(s.last_hi, now) - s.first_lo,
              s.open, describe(s));
        if (s.office == stretches.front().office) {
          total_lo += s.last_lo - s.first_hi;
          total_hi += s.last_hi - s.first_lo;
          ++per_office_count;
        }
      }
      if (per_office_count > 1 && offices.size() == 1 && !stretches.back().open) {
        check(total_lo, total_hi, false, "all terms together");
      }
      claim.has_claimed = true;
      claim.claimed = PartialDate{CivilFromDays(open_end), Precision::kDay};
      break;
    }
    case TenureFrame::Shape::kFromTo:
    case TenureFrame::Shape::kSince:
    case TenureFrame::Shape::kUntil: {
      const bool has_first = frame.shape != TenureFrame::Shape::kUntil;
      const bool has_last = frame.shape != TenureFrame::Shape::kSince;
      const PartialDate from = frame.time.date;
      const PartialDate to = frame.shape == TenureFrame::Shape::kFromTo ? frame.until.date
                                                                         : frame.time.date;
      if (frame.time.anchor == Anchor::kUnresolved ||
          (frame.shape == TenureFrame::Shape::kFromTo && frame.until.anchor == Anchor::kUnresolved)) {
        claim.explanation = words + ": the date has no year and the published date is unknown." +
                            note;
        return claim;
      }
      claim.has_claimed = true;
      claim.claimed = has_first ? from : to;
      // A term ending on January 1 was held "to" that year or the one
      // before, and one ending on December 31 "to" that year or the next:
      // a day either side of the claimed span neither confirms nor refutes.
      auto within = [](int32_t lo, int32_t hi, const PartialDate& d) {
        return lo >= d.first_day() && hi <= d.last_day();
      };
      auto apart = [](int32_t lo, int32_t hi, const PartialDate& d) {
        return hi < d.first_day() - 1 || lo > d.last_day() + 1;
      };
      // "since": the stretch that runs to now; in a story of the past
      // ("Churchill, prime minister since June 1940"), the stretch whose
      // start is nearest the date given.
      const Stretch* since = nullptr;
      if (frame.shape == TenureFrame::Shape::kSince) {
        for (const Stretch& s : stretches) {
          if (s.open || (published.known && s.last_hi >= published.day)) since = &s;
        }
        if (since == nullptr) {
          int32_t best = INT32_MAX;
          for (const Stretch& s : stretches) {
            const int32_t gap = std::abs(s.first_lo - from.first_day());
            if (gap < best && s.last_hi >= from.first_day() - 366) {
              best = gap;
              since = &s;
            }
          }
        }
      }
      for (const Stretch& s : stretches) {
        if (frame.shape == TenureFrame::Shape::kSince && &s != since) continue;
        const bool first_yes = !has_first || within(s.first_lo, s.first_hi, from);
        const bool last_yes = !has_last || (!s.open && within(s.last_lo, s.last_hi, to));
        const bool first_no = has_first && apart(s.first_lo, s.first_hi, from);
        const bool last_no = has_last && (s.open ? to.last_day() < open_end - 1
                                                 : apart(s.last_lo, s.last_hi, to));
        Note(describe(s), first_yes && last_yes);
        if (!(first_no || last_no)) all_no = false;
      }
      if (frame.shape == TenureFrame::Shape::kUntil) all_no = false;  // a later term may end then
      if (has_last && to.last_day() > timeline.coverage_end()) all_no = false;
      if (frame.shape == TenureFrame::Shape::kSince && shown.empty()) all_no = false;
      break;
    }
  }

  std::string verdict_note = supporting;
  if (!any_yes) {
    for (const std::string& line : shown) verdict_note += (verdict_note.empty() ? "" : "; ") + line;
  }
  if (any_yes) {
    claim.verdict = Verdict::kSupported;
    claim.explanation = words + ": the timeline has " + person + " in " + verdict_note + "." + note;
    return claim;
  }
  if (all_no && may_refute && !stretches.empty()) {
    claim.verdict = Verdict::kContradicted;
    claim.explanation = words + ": the timeline has " + person + " in " + verdict_note +
                        ", which does not match." + note;
    return claim;
  }
  claim.explanation = words + ": the timeline has " + person + " in " + verdict_note + ", but " +
                      (!office_known ? "the words do not say which of " + person + "'s offices"
                       : !listed     ? "the timeline does not list that office's terms so far back"
                                     : "the difference is within what the words allow") +
                      "." + note;
  return claim;
}

}  // namespace factmark
