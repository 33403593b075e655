#include "claims/role_frame.h"

#include "claims/frame_text.h"

#include <algorithm>
#include <array>
#include <string>

namespace factmark {
namespace {

// Verbs of reporting: "Prime Minister X said" speaks of the time of the
// report, which news dates at or just before publication.
constexpr std::array<std::string_view, 14> kReportingVerbs = {
    "said", "says", "told", "tells", "added", "adds", "announced", "announces",
    "warned", "warns", "stressed", "stresses", "noted", "notes"};

// Words that put a sentence's time in the past without a date: "then-",
// "when he was", "during his tenure", "once".
constexpr std::array<std::string_view, 12> kLookingBack = {
    "then", "when", "once", "while", "during", "back", "previously", "formerly",
    "tenure", "era", "ago", "history"};

// Words that open a clause of its own after the person.
constexpr std::array<std::string_view, 7> kOtherClause = {"who", "which", "whose", "where",
                                                          "when", "while", "that"};

bool IsResolvedDate(const TemporalExpression& e) {
  return e.type == TimexType::kDate && e.is_calendar_date && e.anchor != Anchor::kUnresolved;
}

}  // namespace

std::vector<RoleFrame> FindRoleFrames(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<SentenceSpan>& sentences,
                                      const std::vector<Mention>& mentions,
                                      const std::vector<TemporalExpression>& times,
                                      const PublishedDate& published) {
  std::vector<RoleFrame> frames;
  SentenceParts parts(mentions, times);
  for (const SentenceSpan& sentence : sentences) {
    parts.Advance(sentence);
    const size_t first_mention = parts.mentions_begin, m = parts.mentions_end;
    const size_t first_time = parts.times_begin, next_time = parts.times_end;
    if (first_mention == m || IsQuestion(text, tokens, sentence)) continue;
    for (size_t t = first_mention; t < m; ++t) {
      const Mention& title = mentions[t];
      if (title.kind != Mention::Kind::kTitle) continue;
      // The person right after the title, or a name that holds the title
      // itself ("King Charles III", "Emperor Naruhito" are aliases).
      const Mention* person = nullptr;
      for (size_t s = first_mention; s < m; ++s) {
        if (mentions[s].kind == Mention::Kind::kEntity &&
            (mentions[s].first_token == title.end_token ||
             (mentions[s].first_token == title.first_token &&
              mentions[s].end_token > title.end_token))) {
          person = &mentions[s];
        }
      }
      if (person == nullptr) continue;
      uint32_t first = title.first_token;
      bool acting = false;
      if (first > sentence.first_token) {
        uint32_t before = first - 1;
        if (FoldedToken(text, tokens[before]) == "-" && before > sentence.first_token) --before;
        const std::string modifier = FoldedToken(text, tokens[before]);
        // "acting President Choi Sang-mok": the office, held as an acting
        // holder; "Vice President": another office.
        if (modifier == "acting" || modifier == "interim") {
          acting = true;
          first = before;
        } else if (IsTitleModifier(modifier)) {
          continue;
        }
      }
      RoleFrame frame;
      frame.acting = acting;
      frame.entity = person->entity;
      frame.titles = title.titles;
      frame.end_token = person->end_token;
      // "former President", "ex-President"
      if (first > sentence.first_token) {
        const std::string before = FoldedToken(text, tokens[first - 1]);
        if (before == "former") {
          frame.former = true;
          --first;
        } else if (before == "-" && first - 1 > sentence.first_token &&
                   FoldedToken(text, tokens[first - 2]) == "ex") {
          frame.former = true;
          first -= 2;
        }
      }
      frame.first_token = first;
      // The time. A date at the sentence's head ("In 2022, ...", "On
      // Tuesday, ...") or one the person's own verb takes ("said on
      // Tuesday") is the claim's; another date elsewhere in the sentence
      // may be any other time, so the published date is then unsure.
      bool any_date = false;
      for (size_t d = first_time; d < next_time; ++d) {
        const TemporalExpression& e = times[d];
        if (e.type == TimexType::kDate || e.type == TimexType::kTime) any_date = true;
        if (!IsResolvedDate(e) || e.type != TimexType::kDate) continue;
        uint32_t head = sentence.first_token;
        if (head < e.first_token) {
          const std::string w = FoldedToken(text, tokens[head]);
          if (w == "on" || w == "in") ++head;
        }
        const bool at_head = e.first_token == head && e.end_token < sentence.end_token &&
                             FoldedToken(text, tokens[e.end_token]) == "," &&
                             e.end_token < first;
        bool after_verb = false;
        if (e.first_token >= person->end_token && e.first_token - person->end_token <= 2) {
          const std::string verb = FoldedToken(text, tokens[person->end_token]);
          const std::string glue = e.first_token - person->end_token == 2
                                       ? FoldedToken(text, tokens[person->end_token + 1])
                                       : "on";
          after_verb = tokens[person->end_token].kind == TokenKind::kWord &&
                       In(kReportingVerbs, verb) && (glue == "on" || glue == "in");
        }
        if (at_head || after_verb) {
          frame.time_source = RoleFrame::Time::kStated;
          frame.date = e;
          break;
        }
      }
      if (frame.time_source != RoleFrame::Time::kStated) {
        // News gives a person the title held when the sentence's events
        // happen: at the published date, or at a date the sentence names
        // ("... met Rishi Sunak on Friday"). The claim's time is then
        // somewhere between them. Words that look back ("then", "when",
        // "during") may put it anywhere.
        bool looks_back = false;
        for (uint32_t i = sentence.first_token; i < sentence.end_token && !looks_back; ++i) {
          looks_back = In(kLookingBack, FoldedToken(text, tokens[i]));
        }
        for (size_t d = first_time; d < next_time; ++d) {
          const TemporalExpression& e = times[d];
          if (!IsResolvedDate(e)) continue;
          // A date ahead of the published one is a plan ("will visit in
          // March"), not when the title was given.
          if (published.known && e.date.first_day() > published.day) continue;
          // A date in a clause about something else ("said the zone's
          // visitors, who numbered 124,000 in 2019, ...") is not the title's;
          // the person's own ("Bolsonaro, who flew to Florida on Friday") is.
          bool other_clause = false;
          for (uint32_t i = person->end_token; i < e.first_token; ++i) {
            const bool own = i == person->end_token ||
                             (i == person->end_token + 1 &&
                              FoldedToken(text, tokens[person->end_token]) == ",");
            other_clause = other_clause ||
                           (!own && In(kOtherClause, FoldedToken(text, tokens[i])));
          }
          if (other_clause) continue;
          if (!frame.has_span) {
            frame.has_span = true;
            frame.span_first = e.date.first_day();
            frame.span_last = e.date.last_day();
          }
          frame.span_first = std::min(frame.span_first, e.date.first_day());
          frame.span_last = std::max(frame.span_last, e.date.last_day());
        }
        (void)any_date;
        frame.time_source = looks_back ? RoleFrame::Time::kUnsure : RoleFrame::Time::kPublished;
      }
      frames.push_back(frame);
    }
  }
  return frames;
}

}  // namespace factmark
