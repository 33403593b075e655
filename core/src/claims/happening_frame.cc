#include "claims/happening_frame.h"

#include "claims/frame_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace factmark {
namespace {

bool AllDigits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// A date N years before `day`, the same day of the year; false on February
// 29 of a year without one.
bool YearsBefore(int32_t day, int years, PartialDate* out) {
  CivilDate d = CivilFromDays(day);
  d.year -= years;
  if (!IsValidDate(d.year, d.month, d.day)) return false;
  *out = PartialDate{d, Precision::kDay};
  return true;
}

}  // namespace

std::vector<HappeningFrame> FindHappeningFrames(std::string_view text,
                                                const std::vector<Token>& tokens,
                                                const TextWords& words,
                                                const std::vector<SentenceSpan>& sentences,
                                                const std::vector<TemporalExpression>& times,
                                                const PublishedDate& published) {
  std::vector<HappeningFrame> frames;
  size_t next = 0;
  for (const SentenceSpan& sentence : sentences) {
    while (next < times.size() && times[next].first_token < sentence.first_token) ++next;
    size_t end = next;
    while (end < times.size() && times[end].first_token < sentence.end_token) ++end;
    if (next == end || IsQuestion(text, tokens, sentence)) continue;
    const SentenceWords word(words, sentence);
    // Commas, colons and dashes ("BERLIN — ...") bound the words of a date.
    auto is_break = [&](uint32_t i) {
      const std::string_view w = word(i);
      if (w == "," || w == ";" || w == ":" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93") return true;
      return w == "-" && i > sentence.first_token && tokens[i - 1].end < tokens[i].begin;
    };
    // Where each word's stretch starts and ends, and how many words saying
    // something did not, may not or will happen come before each word, read
    // once: a sentence naming many dates would otherwise be walked again
    // for each of them.
    const uint32_t first = sentence.first_token, last = sentence.end_token;
    std::vector<uint32_t> starts(last - first + 1), ends(last - first + 1),
        not_happened(last - first + 1, 0);
    for (uint32_t i = first; i <= last; ++i) {
      starts[i - first] = i == first || is_break(i - 1) ? i : starts[i - first - 1];
      if (i > first) {
        const bool hedge = std::find(kNotHappened.begin(), kNotHappened.end(), word(i - 1)) !=
                           kNotHappened.end();
        not_happened[i - first] = not_happened[i - first - 1] + (hedge ? 1 : 0);
      }
    }
    for (uint32_t i = last + 1; i-- > first;) {
      ends[i - first] = i == last || is_break(i) ? i : ends[i - first + 1];
    }
    auto SegmentStart = [&](uint32_t i) { return i <= first ? i : starts[std::min(i, last) - first]; };
    auto SegmentEnd = [&](uint32_t i) { return i >= last ? i : ends[i - first]; };
    // Whether [from, to) says something did not, may not or will happen.
    auto hedged = [&](uint32_t from, uint32_t to) {
      return from < to && not_happened[to - first] > not_happened[from - first];
    };

    // The day the sentence speaks from: a stated day, else the published one.
    const TemporalExpression* stated_day = nullptr;
    for (size_t d = next; d < end; ++d) {
      const TemporalExpression& e = times[d];
      if (e.type == TimexType::kDate && e.is_calendar_date && e.anchor != Anchor::kUnresolved &&
          e.date.precision == Precision::kDay) {
        stated_day = &e;
        break;
      }
    }

    // Anniversaries: "the 70th anniversary of ...", "marks 80 years since ...".
    bool anniversary = false;
    for (uint32_t i = sentence.first_token; i + 2 < sentence.end_token; ++i) {
      int years = 0;
      uint32_t words_from = 0;
      if (word(i) == "anniversary" && word(i + 1) == "of" && i >= sentence.first_token + 2) {
        const std::string_view suffix = word(i - 1);
        const std::string_view number = word(i - 2);
        if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") &&
            AllDigits(number) && number.size() <= 4) {
          years = std::stoi(std::string(number));
          words_from = i + 2;
        }
      }
      // Only "since" ends "marks 80 years since": asked first, so a sentence
      // full of dates is not searched again for each of its words.
      for (size_t d = next; d < end && years == 0 && word(i) == "since"; ++d) {
        const TemporalExpression& e = times[d];
        if (e.type == TimexType::kDuration && e.unit == TimeUnit::kYear && e.amount > 0 &&
            e.mod == TimexMod::kNone && e.end_token == i && word(i) == "since" &&
            e.first_token > sentence.first_token &&
            (word(e.first_token - 1) == "marks" || word(e.first_token - 1) == "marked" ||
             word(e.first_token - 1) == "mark")) {
          years = static_cast<int>(e.amount);
          words_from = i + 1;
        }
      }
      if (years <= 0 || years > 3000) continue;
      const int32_t from_day = stated_day != nullptr ? stated_day->date.first_day()
                               : published.known ? published.day
                                                 : INT32_MIN;
      PartialDate target;
      if (from_day == INT32_MIN || !YearsBefore(from_day, years, &target)) continue;
      if (hedged(sentence.first_token, sentence.end_token)) break;
      HappeningFrame frame;
      frame.first_token = words_from;
      frame.end_token = SegmentEnd(words_from);
      frame.date_first = stated_day != nullptr ? std::min(stated_day->first_token, i) : i;
      frame.date_end = words_from;
      frame.date = target;
      frame.years_back = years;
      frames.push_back(frame);
      anniversary = true;
      break;
    }
    if (anniversary) continue;

    // Dated sentences: each day or month the sentence names. A stretch
    // naming more than kMostDatesPerStretch dates is a list, not a sentence
    // about an event; its first dates are matched and the rest are not, as
    // each is compared with every word of the stretch (dates back to back
    // with no comma would otherwise cost their count times the stretch).
    constexpr uint32_t kMostDatesPerStretch = 8;
    uint32_t stretch = UINT32_MAX, dates_in_stretch = 0;
    for (size_t d = next; d < end; ++d) {
      const TemporalExpression& e = times[d];
      if (e.type != TimexType::kDate || !e.is_calendar_date || e.anchor == Anchor::kUnresolved ||
          e.date.precision == Precision::kYear) {
        continue;
      }
      if (published.known && e.date.first_day() > published.day) continue;  // ahead: a plan
      // The words that go with the date: its stretch between commas, and
      // for a date heading its stretch ("Ten years ago today, ..."), the
      // stretch after it.
      HappeningFrame frame;
      frame.first_token = SegmentStart(e.first_token);
      frame.end_token = SegmentEnd(e.end_token);
      // The verb that dates an event comes before the date ("was not
      // signed on ..."), unless the date heads the sentence.
      const uint32_t lead = frame.first_token;
      const bool head = (word(e.end_token) == "," || word(e.end_token) == ":") &&
                        (e.first_token == lead ||
                         (e.first_token == lead + 1 && (word(lead) == "in" || word(lead) == "on")));
      // A date heading the sentence is the date of all of it ("In 1945,
      // Truman, Stalin and Churchill opened ...").
      if (head) frame.end_token = lead == sentence.first_token ? sentence.end_token
                                                               : SegmentEnd(e.end_token + 1);
      // ", on June 4, 1944" says nothing itself: the words before it do.
      if (!head && e.first_token <= lead + 1 && lead > sentence.first_token &&
          frame.end_token <= e.end_token + 1) {
        frame.first_token = SegmentStart(lead - 1);
      }
      if (hedged(frame.first_token, head ? frame.end_token : e.first_token)) continue;
      if (frame.first_token != stretch) {
        stretch = frame.first_token;
        dates_in_stretch = 0;
      }
      if (++dates_in_stretch > kMostDatesPerStretch) continue;
      frame.date_first = e.first_token;
      frame.date_end = e.end_token;
      frame.date = e.date;
      frames.push_back(frame);
    }
  }
  return frames;
}

}  // namespace factmark
