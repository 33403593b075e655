#include "factmark/checker.h"

#include "claims/event_date_frame.h"
#include "claims/mention_finder.h"
#include "data/timeline.h"
#include "io/report.h"
#include "judge/event_date_judge.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "text_input.h"
#include "time/calendar.h"
#include "time/temporal_tagger.h"

namespace factmark {

struct Checker::State {
  std::unique_ptr<Timeline> timeline;
  DatasetInfo info;
};

Checker::Checker(std::unique_ptr<State> state) : state_(std::move(state)) {}
Checker::~Checker() = default;

Status Checker::Load(std::string snapshot, std::unique_ptr<Checker>* out) {
  auto state = std::make_unique<State>();
  Status status = Timeline::Open(std::move(snapshot), &state->timeline);
  if (!status.ok()) return status;
  const Timeline& t = *state->timeline;
  state->info.name = std::string(t.name());
  state->info.version = std::string(t.version());
  state->info.coverage_end =
      FormatIsoDate(PartialDate{CivilFromDays(t.coverage_end()), Precision::kDay});
  state->info.events = t.event_count();
  out->reset(new Checker(std::move(state)));
  return Status::Ok();
}

const DatasetInfo& Checker::dataset() const { return state_->info; }

Status Checker::Check(std::string_view text, const CheckOptions& options,
                      ReportFormat format, std::string* out) const {
  PublishedDate published;
  const Status status = ValidateTextInput(text, options, &published);
  if (!status.ok()) return status;

  const Timeline& timeline = *state_->timeline;
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<SentenceSpan> sentences = SplitSentences(text, tokens);
  const std::vector<TemporalExpression> times =
      TagTemporalExpressions(text, tokens, sentences, published);
  const std::vector<Mention> mentions = FindMentions(timeline, text, tokens, sentences);
  std::vector<Claim> claims;
  for (const EventDateFrame& frame :
       FindEventDateFrames(text, tokens, sentences, mentions, times)) {
    claims.push_back(JudgeEventDate(timeline, text, tokens, frame, published));
  }

  const CheckReport report{text, options.published, &timeline, &claims};
  *out = format == ReportFormat::kJson ? WriteResultJson(report)
                                       : WriteTextReport(report);
  return Status::Ok();
}

}  // namespace factmark
