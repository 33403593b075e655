#include "factmark/checker.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_map>

#include "claims/event_date_frame.h"
#include "claims/mention_finder.h"
#include "data/timeline.h"
#include "io/report.h"
#include "io/stats.h"
#include "claims/anniversary_frame.h"
#include "claims/elapsed_frame.h"
#include "claims/role_frame.h"
#include "claims/tenure_frame.h"
#include "claims/happening_frame.h"
#include "claims/this_date_items.h"
#include "claims/unknown_claims.h"
#include "claims/interval_frame.h"
#include "claims/quotations.h"
#include "claims/date_refinements.h"
#include "judge/elapsed_judge.h"
#include "judge/anniversary_judge.h"
#include "judge/event_date_judge.h"
#include "judge/role_judge.h"
#include "judge/tenure_judge.h"
#include "judge/happening_judge.h"
#include "judge/interval_judge.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "text_input.h"
#include "time/calendar.h"
#include "time/temporal_tagger.h"

namespace factmark {

struct Checker::State {
  std::vector<std::unique_ptr<Timeline>> timelines;
  std::vector<DatasetInfo> info;  // one per timeline
};

namespace {

DatasetInfo InfoOf(const Timeline& t) {
  DatasetInfo info;
  info.name = std::string(t.name());
  info.version = std::string(t.version());
  info.coverage_end =
      FormatIsoDate(PartialDate{CivilFromDays(t.coverage_end()), Precision::kDay});
  info.events = t.event_count();
  return info;
}

// Which verdict wins when timelines disagree: a record that confirms the
// claim, then one that refutes it.
int Strength(Verdict v) {
  return v == Verdict::kSupported ? 2 : (v == Verdict::kContradicted ? 1 : 0);
}

// Claims over the same words ("In 2007, former President Gerald Ford died":
// a role and a death) would overlap in the page. Keeps, of each overlapping
// group, the claims that say the most: a refutation, then a confirmation,
// then the more specifically found (see Claim::Found), then the longer
// claim; returns them in text order.
void KeepDisjoint(std::vector<Claim>* claims) {
  auto rank = [](const Claim& c) {
    return c.verdict == Verdict::kContradicted ? 2 : (c.verdict == Verdict::kSupported ? 1 : 0);
  };
  std::stable_sort(claims->begin(), claims->end(), [&](const Claim& a, const Claim& b) {
    if (rank(a) != rank(b)) return rank(a) > rank(b);
    if (a.found != b.found) return a.found < b.found;
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.begin < b.begin;
  });
  std::vector<Claim> kept;
  // The spans kept so far, begin to end. They are disjoint, so the one
  // starting last before a claim ends is the only one that can overlap it:
  // a lookup, not a pass over every claim kept (a long text has thousands).
  std::map<uint32_t, uint32_t> spans;
  for (Claim& claim : *claims) {
    auto next = spans.lower_bound(claim.end);
    const bool overlaps = next != spans.begin() && std::prev(next)->second > claim.begin;
    if (!overlaps) {
      spans.emplace(claim.begin, claim.end);
      kept.push_back(std::move(claim));
    }
  }
  std::sort(kept.begin(), kept.end(), [](const Claim& a, const Claim& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  *claims = std::move(kept);
}

}  // namespace

Checker::Checker(std::unique_ptr<State> state) : state_(std::move(state)) {}
Checker::~Checker() = default;

Status Checker::Load(std::string snapshot, std::unique_ptr<Checker>* out) {
  std::unique_ptr<Checker> checker(new Checker(std::make_unique<State>()));
  Status status = checker->AddTimeline(std::move(snapshot));
  if (!status.ok()) return status;
  *out = std::move(checker);
  return Status::Ok();
}

Status Checker::AddTimeline(std::string snapshot) {
  std::unique_ptr<Timeline> timeline;
  Status status = Timeline::Open(std::move(snapshot), &timeline);
  if (!status.ok()) return status;
  state_->info.push_back(InfoOf(*timeline));
  state_->timelines.push_back(std::move(timeline));
  return Status::Ok();
}

std::string Checker::Stats(ReportFormat format) const {
  std::vector<const Timeline*> timelines;
  for (const auto& t : state_->timelines) timelines.push_back(t.get());
  return WriteTimelineStats(timelines, format);
}

const DatasetInfo& Checker::dataset() const { return state_->info.front(); }
const std::vector<DatasetInfo>& Checker::datasets() const { return state_->info; }

Status Checker::Check(std::string_view text, const CheckOptions& options,
                      ReportFormat format, std::string* out) const {
  PublishedDate published;
  const Status status = ValidateTextInput(text, options, &published);
  if (!status.ok()) return status;

  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<SentenceSpan> sentences = SplitSentences(text, tokens);
  std::vector<TemporalExpression> times =
      TagTemporalExpressions(text, tokens, sentences, published);
  DateThisDateItems(text, tokens, sentences, published, &times);
  JoinAgoWithMonth(text, tokens, &times);
  const TextWords words(text, tokens);  // folded once for every frame below
  const std::vector<HappeningFrame> happenings =
      FindHappeningFrames(text, tokens, words, sentences, times, published);
  const std::vector<std::pair<uint32_t, uint32_t>> quoted = QuotedSpans(text);
  std::vector<Claim> claims;
  // Where each claim's words are in `claims`, by (begin, end): a long text
  // has thousands of claims, too many to search one by one for each.
  std::unordered_map<uint64_t, size_t> claim_at;
  std::vector<const Timeline*> timelines;
  for (uint32_t t = 0; t < state_->timelines.size(); ++t) {
    const Timeline& timeline = *state_->timelines[t];
    timelines.push_back(&timeline);
    const std::vector<Mention> mentions = FindMentions(timeline, text, tokens, sentences, published);
    const std::vector<EventDateFrame> event_frames =
        FindEventDateFrames(timeline, text, tokens, words, sentences, mentions, times);
    std::vector<Claim> found;
    for (const EventDateFrame& frame : event_frames) {
      found.push_back(JudgeEventDate(timeline, text, tokens, frame, published));
    }
    for (const RoleFrame& frame :
         FindRoleFrames(text, tokens, sentences, mentions, times, published)) {
      found.push_back(JudgeRole(timeline, text, tokens, frame, published));
    }
    for (const AnniversaryFrame& frame :
         FindAnniversaryFrames(text, tokens, sentences, mentions, times, timeline)) {
      found.push_back(JudgeAnniversary(timeline, text, tokens, frame, published));
    }
    RecordStems record_stems;
    for (const HappeningFrame& frame : happenings) {
      // Only the mentions of the frame's sentence can fall in it (none
      // crosses a sentence): handing over all of them would make the cost
      // grow with the text's length times its dates.
      const auto sentence = std::upper_bound(sentences.begin(), sentences.end(),
                                             frame.first_token,
                                             [](uint32_t token, const SentenceSpan& s) {
                                               return token < s.first_token;
                                             });
      const uint32_t from = sentence == sentences.begin() ? 0 : std::prev(sentence)->first_token;
      const uint32_t to = sentence == sentences.end() ? UINT32_MAX : sentence->first_token;
      auto by_first = [](const Mention& m, uint32_t token) { return m.first_token < token; };
      const std::vector<Mention> in_sentence(
          std::lower_bound(mentions.begin(), mentions.end(), from, by_first),
          std::lower_bound(mentions.begin(), mentions.end(), to, by_first));
      Claim claim;
      if (MatchHappening(timeline, text, tokens, in_sentence, frame, &record_stems, &claim)) {
        found.push_back(std::move(claim));
      }
    }
    for (Claim& claim :
         FindUnknownClaims(timeline, text, tokens, words, sentences, mentions, times, published)) {
      found.push_back(std::move(claim));
    }
    for (const IntervalFrame& frame :
         FindIntervalFrames(timeline, text, tokens, words, sentences, mentions, times)) {
      found.push_back(JudgeInterval(timeline, text, tokens, frame, published));
    }
    for (const TenureFrame& frame :
         FindTenureFrames(timeline, text, tokens, sentences, mentions, times)) {
      found.push_back(JudgeTenure(timeline, text, tokens, frame, published));
    }
    for (const ElapsedFrame& frame : FindElapsedFrames(sentences, mentions, times, timeline)) {
      found.push_back(JudgeElapsed(timeline, text, tokens, frame, published));
    }
    for (Claim& claim : found) {
      claim.timeline = t;
      SoftenQuoted(quoted, &claim);
      // The same words judged by an earlier timeline: keep the stronger.
      const uint64_t key = (uint64_t{claim.begin} << 32) | claim.end;
      auto [same, fresh] = claim_at.try_emplace(key, claims.size());
      if (fresh) {
        claims.push_back(std::move(claim));
      } else if (Strength(claim.verdict) > Strength(claims[same->second].verdict)) {
        claims[same->second] = std::move(claim);
      }
    }
  }
  KeepDisjoint(&claims);

  const CheckReport report{text, options.published, timelines, &claims};
  *out = format == ReportFormat::kJson ? WriteResultJson(report)
                                       : WriteTextReport(report);
  return Status::Ok();
}

}  // namespace factmark
