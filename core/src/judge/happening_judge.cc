#include "judge/happening_judge.h"

#include "judge/explanation.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace factmark {
namespace {

// Words too common to tie a sentence to a record.
constexpr std::array<std::string_view, 48> kCommon = {
    "that", "this", "these", "those", "with", "from", "were", "been", "have", "their",
    "which", "after", "before", "over", "into", "about", "than", "first", "last", "year",
    "years", "said", "says", "also", "more", "most", "some", "other", "such", "when",
    "while", "where", "there", "then", "them", "they", "during", "under", "between",
    "against", "people", "today", "since", "until", "ago", "later", "earlier", "where"};

// A crude stem, the same for sentence and summary: "landed", "landing" and
// "lands" all become "land".
std::string Stem(std::string w) {
  auto ends = [&](std::string_view s) {
    return w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("ing")) return w.substr(0, w.size() - 3);
  if (ends("ed")) return w.substr(0, w.size() - 2);
  if (ends("es")) return w.substr(0, w.size() - 2);
  if (ends("s")) return w.substr(0, w.size() - 1);
  return w;
}

// The distinct stems of the content words of `s`: letters only, four or
// more of them and not too common, or an acronym ("WHO", "FDA").
void ContentStems(std::string_view s, std::vector<std::string>* out) {
  std::string w;
  bool all_caps = true;
  auto flush = [&]() {
    const bool acronym = all_caps && w.size() >= 2 && w.size() <= 5;
    if (acronym || (w.size() >= 4 && std::find(kCommon.begin(), kCommon.end(), w) == kCommon.end())) {
      std::string stem = acronym ? w : Stem(w);
      if (std::find(out->begin(), out->end(), stem) == out->end()) out->push_back(stem);
    }
    w.clear();
    all_caps = true;
  };
  for (const char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      all_caps = all_caps && std::isupper(static_cast<unsigned char>(c));
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else {
      flush();
    }
  }
  flush();
}

}  // namespace

bool MatchHappening(const Timeline& timeline, std::string_view text,
                    const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                    const HappeningFrame& frame, RecordStems* cache, Claim* claim) {
  const int32_t lo = frame.date.first_day(), hi = frame.date.last_day();
  const IndexRange events = timeline.EventsStartingIn(lo, hi);
  // A day or month crowded with records (a news timeline's) is no place to
  // match by shared words, and reading them all would make a check's cost
  // grow with the timeline.
  constexpr uint32_t kMostRecords = 48;
  if (events.empty() || events.end - events.begin > kMostRecords) return false;
  const bool month = frame.date.precision != Precision::kDay;

  // Names and titles count as people taking part, not as shared words:
  // "Chen Shui-bian" shares his name with every record of him.
  std::vector<const Mention*> named;
  std::vector<bool> in_mention(frame.end_token - frame.first_token, false);
  for (const Mention& m : mentions) {
    if (m.kind == Mention::Kind::kTrigger || m.end_token <= frame.first_token ||
        m.first_token >= frame.end_token) {
      continue;
    }
    for (uint32_t i = std::max(m.first_token, frame.first_token);
         i < std::min(m.end_token, frame.end_token); ++i) {
      in_mention[i - frame.first_token] = true;
    }
    if (m.kind == Mention::Kind::kEntity) named.push_back(&m);
  }
  // The other words, with where each stem first occurs and whether it is
  // a name the mentions missed ("Panmunjom", "Normandy").
  std::vector<std::string> stems;
  std::vector<uint32_t> stem_token;
  std::vector<bool> stem_proper;
  for (uint32_t i = frame.first_token; i < frame.end_token; ++i) {
    if ((i >= frame.date_first && i < frame.date_end) || in_mention[i - frame.first_token]) continue;
    const std::string_view word = TokenText(text, tokens[i]);
    ContentStems(word, &stems);
    const bool proper = std::isupper(static_cast<unsigned char>(word[0])) &&
                        (i == 0 || text.substr(tokens[i - 1].begin, 1) != ".");
    stem_token.resize(stems.size(), i);
    stem_proper.resize(stems.size(), proper);
  }

  int best_score = 0;
  uint32_t best = 0;
  uint32_t best_first = frame.date_first, best_end = frame.date_end;
  std::vector<std::string> best_words;
  for (uint32_t e = events.begin; e < events.end; ++e) {
    const Timeline::Event event = timeline.event(e);
    // Terms are judged by their own frames, which know whose they are.
    if (event.type == EventType::kTookOffice || event.type == EventType::kLeftOffice) continue;
    auto [it, fresh] = cache->try_emplace(e);
    std::vector<std::string>& record = it->second;
    if (fresh) {
      ContentStems(event.summary, &record);
      ContentStems(event.id, &record);
    }
    std::vector<std::string> shared;
    bool proper = false;
    uint32_t first = frame.date_first, end = frame.date_end;
    for (size_t s = 0; s < stems.size(); ++s) {
      if (std::find(record.begin(), record.end(), stems[s]) != record.end()) {
        shared.push_back(stems[s]);
        proper = proper || stem_proper[s];
        first = std::min(first, stem_token[s]);
        end = std::max(end, stem_token[s] + 1);
      }
    }
    const Mention* taking_part = nullptr;
    for (const Mention* m : named) {
      if (timeline.Participates(m->entity, e)) {
        taking_part = m;
        break;
      }
    }
    const int words = static_cast<int>(shared.size());
    // Without a name the mentions know, a shared name of its own.
    const bool match = month ? (taking_part != nullptr && words >= 1) || (proper && words >= 3) ||
                                   words >= 4
                             : (taking_part != nullptr && words >= 1) || (proper && words >= 2) ||
                                   words >= 3;
    if (!match) continue;
    if (taking_part != nullptr) {
      first = std::min(first, taking_part->first_token);
      end = std::max(end, taking_part->end_token);
    }
    const int score = words + (taking_part != nullptr ? 2 : 0);
    if (score > best_score) {
      best_score = score;
      best = e;
      best_first = first;
      best_end = end;
      best_words = shared;
    }
  }
  if (best_score == 0) return false;

  const Timeline::Event event = timeline.event(best);
  claim->kind = frame.years_back > 0 ? ClaimKind::kAnniversary : ClaimKind::kEventDate;
  claim->verdict = Verdict::kSupported;
  claim->found = Claim::Found::kBySharedWords;
  claim->begin = tokens[best_first].begin;
  claim->end = tokens[best_end - 1].end;
  claim->has_claimed = true;
  claim->claimed = frame.date;
  claim->evidence = {best};
  const std::string date_words = Quote(TokensText(text, tokens, frame.date_first, frame.date_end));
  std::string words;
  for (const std::string& w : best_words) words += (words.empty() ? "" : ", ") + w;
  claim->explanation =
      date_words + (frame.years_back > 0 ? " counts back " + std::to_string(frame.years_back) +
                                                " years to "
                                          : " is read as ") +
      FormatIsoDate(frame.date) + ". The timeline records on " + FormatIsoDate(event.date) +
      ": " + std::string(event.summary) + " (shared words: " + words + ")." +
      TimelineNote(timeline);
  return true;
}

}  // namespace factmark
