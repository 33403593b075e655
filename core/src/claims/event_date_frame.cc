#include "claims/event_date_frame.h"

#include "claims/frame_text.h"

#include <algorithm>
#include <array>
#include <string>

namespace factmark {
namespace {

// Words allowed between the subject and the trigger: "Lee, who officially
// took office". Anything else (never, will, reportedly...) drops the claim.
constexpr std::array<std::string_view, 4> kSubjectGlue = {",", "who",
                                                          "officially", "formally"};

// Words allowed between the trigger and the date.
constexpr std::array<std::string_view, 2> kDateGlue = {"on", "in"};

// The title mention ending right at `token`, unless a modifier precedes it.
const Mention* TitleEndingAt(std::string_view text, const std::vector<Token>& tokens,
                             const std::vector<Mention>& mentions, size_t first,
                             size_t end, uint32_t token) {
  for (size_t s = first; s < end; ++s) {
    const Mention& title = mentions[s];
    if (title.kind != Mention::Kind::kTitle || title.end_token != token) continue;
    uint32_t before = title.first_token;
    if (before > 0 && FoldedToken(text, tokens[before - 1]) == "-") --before;
    if (before > 0 && IsTitleModifier(FoldedToken(text, tokens[before - 1]))) return nullptr;
    return &title;
  }
  return nullptr;
}

template <size_t N>
bool AllGlue(std::string_view text, const std::vector<Token>& tokens,
             uint32_t first, uint32_t end,
             const std::array<std::string_view, N>& glue) {
  for (uint32_t i = first; i < end; ++i) {
    if (std::find(glue.begin(), glue.end(), FoldedToken(text, tokens[i])) == glue.end()) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<EventDateFrame> FindEventDateFrames(
    std::string_view text, const std::vector<Token>& tokens,
    const std::vector<SentenceSpan>& sentences, const std::vector<Mention>& mentions,
    const std::vector<TemporalExpression>& times) {
  std::vector<EventDateFrame> frames;
  SentenceParts parts(mentions, times);
  for (const SentenceSpan& sentence : sentences) {
    parts.Advance(sentence);
    const size_t first_mention = parts.mentions_begin, m = parts.mentions_end;
    const size_t first_time = parts.times_begin, next_time = parts.times_end;
    if (first_mention == m || IsQuestion(text, tokens, sentence)) continue;
    for (size_t t = first_mention; t < m; ++t) {
      const Mention& trigger = mentions[t];
      if (trigger.kind != Mention::Kind::kTrigger) continue;
      // The nearest entity mention ending at or before the trigger.
      const Mention* subject = nullptr;
      for (size_t s = first_mention; s < m; ++s) {
        const Mention& candidate = mentions[s];
        if (candidate.kind == Mention::Kind::kEntity &&
            candidate.end_token <= trigger.first_token &&
            (subject == nullptr || candidate.end_token > subject->end_token)) {
          subject = &candidate;
        }
      }
      if (subject == nullptr ||
          !AllGlue(text, tokens, subject->end_token, trigger.first_token,
                   kSubjectGlue)) {
        continue;
      }
      // "sworn in as President on ...": a title may follow the trigger.
      const Mention* title_after = nullptr;
      uint32_t date_from = trigger.end_token;
      if (date_from < sentence.end_token && FoldedToken(text, tokens[date_from]) == "as") {
        for (size_t s = first_mention; s < m; ++s) {
          if (mentions[s].kind == Mention::Kind::kTitle &&
              mentions[s].first_token == date_from + 1) {
            title_after = &mentions[s];
            date_from = mentions[s].end_token;
          }
        }
        if (title_after == nullptr) continue;  // "as mayor": an office not covered
      }
      for (size_t d = first_time; d < next_time; ++d) {
        const TemporalExpression& date = times[d];
        if (date.first_token < date_from) continue;
        if (date.type != TimexType::kDate || !date.is_calendar_date) break;
        if (date.first_token - date_from <= 1 &&
            AllGlue(text, tokens, date_from, date.first_token, kDateGlue)) {
          // The office: a title before the person ("President | Lee"), else
          // one after the trigger ("as President").
          const Mention* title = TitleEndingAt(text, tokens, mentions, first_mention,
                                               m, subject->first_token);
          const uint32_t first_token =
              title != nullptr ? title->first_token : subject->first_token;
          if (title == nullptr) title = title_after;
          frames.push_back({first_token, date.end_token, subject->entity,
                            title != nullptr ? title->titles : IndexRange{},
                            trigger.trigger, date});
        }
        break;  // only the first date after the trigger can be its date
      }
    }
  }
  return frames;
}

}  // namespace factmark
