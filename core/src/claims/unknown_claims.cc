#include "claims/unknown_claims.h"

#include "claims/frame_text.h"
#include "data/timeline_model.h"
#include "judge/explanation.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

namespace factmark {
namespace {

// Words that end a title: "Defence Minister", "NASA Administrator",
// "Hamas leader", "Governor General".
constexpr std::array<std::string_view, 30> kTitleHeads = {
    "president", "minister", "secretary", "chancellor", "governor", "administrator",
    "chairman", "chairwoman", "chair", "director", "leader", "chief", "archbishop",
    "cardinal", "ambassador", "mayor", "senator", "speaker", "premier", "king",
    "queen", "emperor", "general", "commissioner", "envoy", "spokesman",
    "spokeswoman", "prosecutor", "judge", "justice"};

// Past forms that do not end in -ed.
constexpr std::array<std::string_view, 36> kIrregularPast = {
    "was", "were", "became", "began", "won", "held", "went", "came", "fell",
    "took", "left", "met", "ran", "led", "made", "rose", "struck", "sank",
    "broke", "gave", "got", "had", "spent", "lost", "built", "hit", "shot",
    "stood", "sent", "brought", "fought", "flew", "drew", "grew", "swore", "wrote"};

// Verbs of saying: "said on Tuesday" dates a statement, not an event.
constexpr std::array<std::string_view, 10> kSaying = {
    "said", "told", "added", "noted", "stressed", "warned", "asked", "replied",
    "wrote", "tweeted"};

// What the finder asks of each word, looked up once per word: a sentence's
// every word is tested against every list, and one hash lookup costs less
// than a hundred comparisons.
enum WordClass : uint8_t {
  kTitleHead = 1,
  kIrregularPastVerb = 2,
  kSayingVerb = 4,
  kHedge = 8,  // kNotHappened
};

uint8_t ClassOf(std::string_view word) {
  static const std::unordered_map<std::string_view, uint8_t> classes = [] {
    std::unordered_map<std::string_view, uint8_t> m;
    for (std::string_view w : kTitleHeads) m[w] |= kTitleHead;
    for (std::string_view w : kIrregularPast) m[w] |= kIrregularPastVerb;
    for (std::string_view w : kSaying) m[w] |= kSayingVerb;
    for (std::string_view w : kNotHappened) m[w] |= kHedge;
    return m;
  }();
  const auto it = classes.find(word);
  return it == classes.end() ? 0 : it->second;
}

bool IsCapitalized(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

}  // namespace

std::vector<Claim> FindUnknownClaims(const Timeline& timeline, std::string_view text,
                                     const std::vector<Token>& tokens, const TextWords& words,
                                     const std::vector<SentenceSpan>& sentences,
                                     const std::vector<Mention>& mentions,
                                     const std::vector<TemporalExpression>& times,
                                     const PublishedDate& published) {
  std::vector<Claim> claims;
  const std::string note = TimelineNote(timeline);
  SentenceParts parts(mentions, times);
  for (const SentenceSpan& sentence : sentences) {
    parts.Advance(sentence);
    if (IsQuestion(text, tokens, sentence)) continue;
    const uint32_t first = sentence.first_token, end = sentence.end_token;
    const SentenceWords word(words, sentence);
    std::vector<uint8_t> classes(end - first);
    for (uint32_t i = first; i < end; ++i) classes[i - first] = ClassOf(word(i));
    auto is = [&](uint32_t i, WordClass c) {
      return i >= first && i < end && (classes[i - first] & c) != 0;
    };
    auto raw = [&](uint32_t i) {
      return i < end ? TokenText(text, tokens[i])
                     : std::string_view();
    };
    auto entity_at = [&](uint32_t i) -> const Mention* {
      for (size_t m = parts.mentions_begin; m < parts.mentions_end; ++m) {
        const Mention& mention = mentions[m];
        if (mention.kind == Mention::Kind::kEntity && mention.first_token == i) return &mention;
      }
      return nullptr;
    };
    auto claim_of = [&](uint32_t from, uint32_t to, ClaimKind kind, std::string why) {
      Claim c = ClaimOver(kind, tokens, from, to);
      c.found = Claim::Found::kAsUnknown;
      c.explanation = QuoteClaim(text, c) + " " + why + note;
      claims.push_back(std::move(c));
    };

    // A title before a name: "Russian Defence Minister Sergei Shoigu".
    for (uint32_t i = first; i + 1 < end; ++i) {
      if (!is(i, kTitleHead)) continue;
      uint32_t name = i + 1;
      if (word(name) == "-" && word(name + 1) == "elect") name += 2;  // "President-elect"
      // The name: capitalized words ("S. Somanath", "JB Pritzker").
      uint32_t name_end = name;
      while (name_end < end && name_end - name < 4 &&
             (IsCapitalized(raw(name_end)) ||
              (raw(name_end) == "." && name_end > name && raw(name_end - 1).size() == 1)) &&
             !is(name_end, kTitleHead)) {
        ++name_end;
      }
      const Mention* person = entity_at(name);
      if (person != nullptr) {
        if (timeline.entity(person->entity).kind != static_cast<uint32_t>(EntityKind::kPerson)) {
          continue;
        }
        name_end = person->end_token;
      } else if (name_end - name < 2) {
        continue;
      }
      // The title's own words before it: "Russian Defence", "NASA".
      uint32_t start = i;
      while (start > first && (IsCapitalized(raw(start - 1)) || word(start - 1) == "s" ||
                               word(start - 1) == "'" || word(start - 1) == "\xE2\x80\x99") &&
             start - 1 != first) {
        --start;
      }
      if (start == first + 1 && IsCapitalized(raw(first))) start = first;
      const std::string who(TokensText(text, tokens, name, name_end));
      claim_of(start, name_end, ClaimKind::kRoleAtTime,
               "names a role, but the timeline has no term of office for " + who +
                   " that this title names, so it cannot say.");
      i = name_end;
    }

    // Segments between commas, each with its dates and durations. A past
    // verb before a date dates what it says ("FTX filed for bankruptcy on
    // November 11"); a date heading its segment goes with the words after
    // it ("In 1979, Soviet troops began ...", "and on Saturday, ...").
    auto is_past = [&](uint32_t i) {
      const std::string_view w = word(i);
      return is(i, kIrregularPastVerb) ||
             (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !IsCapitalized(raw(i)));
    };
    // How many words before each say something did not happen, and how
    // many are past verbs (not of saying), counted once: a sentence naming
    // many dates would otherwise be read again for each of them.
    std::vector<uint32_t> hedges(end - first + 1, 0), pasts(end - first + 1, 0);
    for (uint32_t i = first; i < end; ++i) {
      hedges[i + 1 - first] = hedges[i - first] + (is(i, kHedge) ? 1 : 0);
      pasts[i + 1 - first] = pasts[i - first] + (is_past(i) && !is(i, kSayingVerb) ? 1 : 0);
    }
    // Whether [from, to) reports a past event: a past verb, and no word
    // saying it did not, may not or will happen.
    auto reports_event = [&](uint32_t from, uint32_t to) {
      if (from >= to) return false;
      return hedges[to - first] == hedges[from - first] && pasts[to - first] > pasts[from - first];
    };
    auto is_break = [&](uint32_t i) { return word(i) == "," || word(i) == ";" || word(i) == ":"; };
    uint32_t seg = first;
    while (seg < end) {
      uint32_t seg_end = seg;
      while (seg_end < end && !is_break(seg_end)) ++seg_end;
      uint32_t lead = seg;
      while (lead < seg_end && (word(lead) == "and" || word(lead) == "but" || word(lead) == "then")) {
        ++lead;
      }
      for (size_t d = parts.times_begin; d < parts.times_end; ++d) {
        const TemporalExpression& e = times[d];
        if (e.first_token < lead || e.first_token >= seg_end) continue;
        const std::string_view after = word(e.end_token);
        bool compound = false;  // "a 10-year plan"
        for (uint32_t i = e.first_token; i < e.end_token; ++i) compound = compound || word(i) == "-";
        if (after == "'" || after == "\xE2\x80\x99" || compound) continue;  // "Monday's ceremony"
        const bool head = e.first_token == lead ||
                          (e.first_token == lead + 1 && (word(lead) == "in" || word(lead) == "on"));
        uint32_t from = lead, to = e.end_token;
        if (head) {
          uint32_t words_from = e.end_token + (word(e.end_token) == "," ? 1 : 0);
          to = words_from;
          while (to < end && !is_break(to)) ++to;
          from = e.first_token;
          if (to <= words_from || !reports_event(words_from, to)) continue;
        } else if (!reports_event(lead, e.first_token)) {
          continue;
        }
        if (e.type == TimexType::kDate && e.is_calendar_date && e.anchor != Anchor::kUnresolved) {
          if (published.known && e.date.first_day() > published.day) continue;
          claim_of(from, to, ClaimKind::kEventDate,
                   "dates something that happened (" + FormatIsoDate(e.date) +
                       "), but the timeline has no record of it to check against.");
        } else if (e.type == TimexType::kDuration && e.amount > 0) {
          claim_of(from, to, ClaimKind::kElapsedTime,
                   "measures a span of time, but the timeline has no records of where it "
                   "starts and ends to measure it by.");
        }
      }
      seg = seg_end + 1;
    }
  }
  return claims;
}

}  // namespace factmark
