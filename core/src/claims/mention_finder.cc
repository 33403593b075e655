#include "claims/mention_finder.h"

#include "data/timeline_model.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace factmark {
namespace {

// Folded keys of the phrases starting at token `first`: keys[k] spans k+1
// words. Hyphens between words are skipped ("Jae-myung"); any other
// punctuation ends the phrase. ends[k] is one past the last token used.
// Whether the token before `end` is joined to the word after a hyphen at
// `end` ("Secretary-General").
bool JoinedByHyphen(std::string_view text, const std::vector<Token>& tokens, uint32_t end,
                    uint32_t sentence_end) {
  if (end + 1 >= sentence_end) return false;
  const Token& hyphen = tokens[end];
  return TokenText(text, hyphen) == "-" &&
         hyphen.begin == tokens[end - 1].end && tokens[end + 1].begin == hyphen.end &&
         tokens[end + 1].kind != TokenKind::kPunct;
}

// The one entity among the surname records `aliases` with a term, in an
// office one of `titles` names, that covers `day`; -1 if none or several.
int64_t HolderBySurname(const Timeline& timeline, IndexRange aliases, IndexRange titles,
                        int32_t day) {
  int64_t found = -1;
  for (uint32_t r = aliases.begin; r < aliases.end; ++r) {
    const uint32_t entity = timeline.alias(r).entity;
    const IndexRange held = timeline.TermsOfHolder(entity);
    for (uint32_t h = held.begin; h < held.end; ++h) {
      const Timeline::Term term = timeline.term(timeline.holder_term(h));
      bool named = false;
      for (uint32_t t = titles.begin; t < titles.end && !named; ++t) {
        named = timeline.title_office(t) == term.office;
      }
      const bool covers = term.start.first_day() <= day &&
                          (!term.has_end || term.end.last_day() >= day);
      if (!named || !covers) continue;
      if (found >= 0 && found != entity) return -1;
      found = entity;
    }
  }
  return found;
}

// The folded phrases starting at `first` that some alias, trigger or title
// is (their kinds in *kinds), growing a word at a time while some key
// starts with the words so far.
// "the president" after "President Lee Jae Myung ...": the person last
// named with a title for the same office. Adds an entity mention over "the
// <title>" (resolved in context, like a surname), before the title's own.
void ResolveTheTitle(const Timeline& timeline, std::string_view text,
                     const std::vector<Token>& tokens, std::vector<Mention>* mentions) {
  struct Titled {
    IndexRange titles;
    uint32_t person;
  };
  std::vector<Titled> named;  // most recent last
  std::vector<Mention> added;
  const std::vector<Mention>& all = *mentions;
  auto shares_office = [&](IndexRange a, IndexRange b) {
    for (uint32_t i = a.begin; i < a.end; ++i) {
      for (uint32_t j = b.begin; j < b.end; ++j) {
        if (timeline.title_office(i) == timeline.title_office(j)) return true;
      }
    }
    return false;
  };
  for (size_t m = 0; m < all.size(); ++m) {
    const Mention& title = all[m];
    if (title.kind != Mention::Kind::kTitle) continue;
    const Mention* person = nullptr;
    for (size_t n = m + 1; n < all.size() && all[n].first_token <= title.end_token; ++n) {
      if (all[n].kind == Mention::Kind::kEntity && all[n].first_token == title.end_token) {
        person = &all[n];
      }
    }
    if (person != nullptr) {
      if (timeline.entity(person->entity).kind == static_cast<uint32_t>(EntityKind::kPerson)) {
        named.push_back({title.titles, person->entity});
      }
      continue;
    }
    if (title.first_token == 0) continue;
    const Token& before = tokens[title.first_token - 1];
    if (TokenText(text, before) != "the" &&
        TokenText(text, before) != "The") {
      continue;
    }
    for (size_t k = named.size(); k-- > 0;) {
      if (shares_office(named[k].titles, title.titles)) {
        added.push_back({Mention::Kind::kEntity, title.first_token - 1, title.end_token,
                         named[k].person, EventType::kCount, 0, {}, true});
        break;
      }
    }
  }
  if (added.empty()) return;
  for (Mention& m : added) mentions->push_back(m);
  std::stable_sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) {
    return a.first_token < b.first_token;
  });
}

void PhraseKeys(const Timeline& timeline, std::string_view text, const std::vector<Token>& tokens,
                uint32_t first, uint32_t end, uint32_t max_words,
                std::vector<std::string>* keys, std::vector<uint32_t>* ends,
                std::vector<uint8_t>* kinds) {
  keys->clear();
  ends->clear();
  kinds->clear();
  std::string key;
  uint32_t i = first;
  while (i < end && keys->size() < max_words) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct) {
      const std::string_view p = TokenText(text, t);
      const bool joins = !keys->empty() && i + 1 < end && tokens[i + 1].kind != TokenKind::kPunct;
      const bool hyphen = p == "-" && joins;
      // The period of an initial: "S. Jaishankar", "Harry S. Truman".
      const bool initial = p == "." && joins && tokens[i - 1].end - tokens[i - 1].begin == 1;
      if (!hyphen && !initial) break;
      ++i;
      continue;
    }
    if (!key.empty()) key.push_back(' ');
    AppendFoldedToken(TokenText(text, t), &key);
    const uint8_t kind = timeline.PhraseKind(key);
    if (kind == 0) break;
    keys->push_back(key);
    ends->push_back(++i);
    kinds->push_back(kind);
    if (!(kind & Timeline::kPhrasePrefix)) break;
  }
}

}  // namespace

std::vector<Mention> FindMentions(const Timeline& timeline, std::string_view text,
                                  const std::vector<Token>& tokens,
                                  const std::vector<SentenceSpan>& sentences,
                                  const PublishedDate& published) {
  std::vector<Mention> mentions;
  // The last token position at which each entity was mentioned in full.
  std::unordered_map<uint32_t, uint32_t> full_mentions;
  auto last_full_mention = [&](uint32_t entity) -> int64_t {
    const auto it = full_mentions.find(entity);
    return it == full_mentions.end() ? -1 : int64_t{it->second};
  };

  const uint32_t longest = std::max(
      {timeline.longest_alias(), timeline.longest_trigger(), timeline.longest_title()});
  std::vector<std::string> keys;
  std::vector<uint32_t> ends;
  std::vector<uint8_t> kinds;
  for (const SentenceSpan& sentence : sentences) {
    uint32_t entity_free_from = sentence.first_token;
    uint32_t trigger_free_from = sentence.first_token;
    uint32_t title_free_from = sentence.first_token;
    for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
      if (tokens[i].kind == TokenKind::kPunct) continue;
      PhraseKeys(timeline, text, tokens, i, sentence.end_token, longest, &keys, &ends, &kinds);
      bool found_entity = i < entity_free_from;  // inside an earlier mention
      bool found_trigger = i < trigger_free_from;
      bool found_title = i < title_free_from;
      for (size_t k = keys.size(); k-- > 0;) {
        // A phrase ends at a word's end: "First Secretary" is not in
        // "first Secretary-General".
        if (JoinedByHyphen(text, tokens, ends[k], sentence.end_token)) continue;
        if (!found_entity && (kinds[k] & Timeline::kPhraseAlias)) {
          const IndexRange range = timeline.FindAliases(keys[k]);
          int64_t best_entity = -1, best_position = -1;
          bool full = false, ambiguous = false;
          for (uint32_t r = range.begin; r < range.end; ++r) {
            const Timeline::Alias alias = timeline.alias(r);
            if (!(alias.flags & snapshot::kAliasSurname)) {
              // A full name two entities share (the data says why) names
              // neither: leave it unresolved rather than guess.
              if (full && best_entity != alias.entity) ambiguous = true;
              best_entity = alias.entity;
              full = true;
              continue;
            }
            if (full) continue;
            const int64_t position = last_full_mention(alias.entity);
            if (position > best_position) {
              best_position = position;
              best_entity = alias.entity;
            }
          }
          if (ambiguous) best_entity = -1;
          // "President Lee" with no Lee named yet: whoever of that surname
          // held an office the title names at the published date.
          if (!full && best_position < 0 && !range.empty() && published.known &&
              !mentions.empty() && mentions.back().kind == Mention::Kind::kTitle &&
              mentions.back().end_token == i) {
            best_entity = HolderBySurname(timeline, range, mentions.back().titles, published.day);
            if (best_entity >= 0) best_position = i;
          }
          if (best_entity >= 0 && (full || best_position >= 0)) {
            const auto entity = static_cast<uint32_t>(best_entity);
            Mention m{Mention::Kind::kEntity, i, ends[k], entity,
                      EventType::kCount, 0, {}, !full};
            mentions.push_back(m);
            if (full) full_mentions[entity] = i;
            entity_free_from = ends[k];
            found_entity = true;
          }
        }
        if (!found_trigger && (kinds[k] & Timeline::kPhraseTrigger)) {
          const IndexRange range = timeline.FindTriggers(keys[k]);
          if (!range.empty()) {
            // One phrase may be listed under several types ("sank").
            EventTypeSet types = 0;
            for (uint32_t r = range.begin; r < range.end; ++r) {
              types |= TypeBit(timeline.trigger_type(r));
            }
            mentions.push_back({Mention::Kind::kTrigger, i, ends[k], 0,
                                timeline.trigger_type(range.begin), types, {}, false});
            trigger_free_from = ends[k];
            found_trigger = true;
          }
        }
        if (!found_title && (kinds[k] & Timeline::kPhraseTitle)) {
          const IndexRange range = timeline.FindTitles(keys[k]);
          if (!range.empty()) {
            mentions.push_back({Mention::Kind::kTitle, i, ends[k], 0,
                                EventType::kCount, 0, range, false});
            title_free_from = ends[k];
            found_title = true;
          }
        }
      }
    }
  }
  ResolveTheTitle(timeline, text, tokens, &mentions);
  return mentions;
}

}  // namespace factmark
