#include "time/date_finder.h"

#include <array>
#include <string>

namespace factmark {
namespace {

struct MonthName {
  std::string_view name;
  int month;
};

// Full names and the abbreviations news style guides use. Matched
// case-sensitively on the first letter: "May" is a month, "may" is not.
constexpr std::array<MonthName, 24> kMonthNames = {{
    {"january", 1}, {"february", 2}, {"march", 3},    {"april", 4},
    {"may", 5},     {"june", 6},     {"july", 7},     {"august", 8},
    {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1},     {"feb", 2},      {"mar", 3},      {"apr", 4},
    {"jun", 6},     {"jul", 7},      {"aug", 8},      {"sep", 9},
    {"sept", 9},    {"oct", 10},     {"nov", 11},     {"dec", 12},
}};

class TokenView {
 public:
  TokenView(std::string_view text, const std::vector<Token>& tokens,
            uint32_t end)
      : text_(text), tokens_(tokens), end_(end) {}

  bool Has(uint32_t i) const { return i < end_; }
  std::string_view Text(uint32_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  const Token& At(uint32_t i) const { return tokens_[i]; }
  bool IsPunct(uint32_t i, std::string_view p) const {
    return Has(i) && tokens_[i].kind == TokenKind::kPunct && Text(i) == p;
  }

  // Month number of token i, or 0. Abbreviations may carry a period, which
  // *next is moved past.
  int Month(uint32_t i, uint32_t* next) const {
    if (!Has(i) || tokens_[i].kind != TokenKind::kWord) return 0;
    const std::string_view word = Text(i);
    if (word[0] < 'A' || word[0] > 'Z') return 0;
    std::string folded;
    AppendFoldedToken(word, &folded);
    for (const MonthName& m : kMonthNames) {
      if (m.name != folded) continue;
      *next = i + 1;
      if (folded.size() <= 4 && IsPunct(i + 1, ".") &&
          !At(i + 1).space_before) {
        *next = i + 2;
      }
      return m.month;
    }
    return 0;
  }

  // Value of a number token of 1..`max_digits` digits, or -1.
  int Number(uint32_t i, size_t min_digits, size_t max_digits) const {
    if (!Has(i) || tokens_[i].kind != TokenKind::kNumber) return -1;
    const std::string_view digits = Text(i);
    if (digits.size() < min_digits || digits.size() > max_digits) return -1;
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
  }

  // A day of month at i ("4", "4th"); sets *next past it. Returns 0 if none.
  int Day(uint32_t i, uint32_t* next) const {
    const int day = Number(i, 1, 2);
    if (day < 1 || day > 31) return 0;
    *next = i + 1;
    if (Has(i + 1) && At(i + 1).kind == TokenKind::kWord &&
        !At(i + 1).space_before) {
      std::string suffix;
      AppendFoldedToken(Text(i + 1), &suffix);
      if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
        return 0;  // "4pm", "4km": not a day
      }
      *next = i + 2;
    }
    // "4.5" or "4,000" is a quantity, not a day.
    if (Has(*next) && !At(*next).space_before &&
        (IsPunct(*next, ".") || IsPunct(*next, ",")) &&
        Number(*next + 1, 1, 9) >= 0 && !At(*next + 1).space_before) {
      return 0;
    }
    return day;
  }

  // A four-digit year at i not glued to more digits ("2025", not "2025.5").
  int Year(uint32_t i) const {
    const int year = Number(i, 4, 4);
    if (year < 1000) return -1;
    if (Has(i + 1) && !At(i + 1).space_before &&
        (IsPunct(i + 1, ".") || IsPunct(i + 1, ",")) &&
        Number(i + 2, 1, 9) >= 0 && !At(i + 2).space_before) {
      return -1;
    }
    return year;
  }

 private:
  std::string_view text_;
  const std::vector<Token>& tokens_;
  uint32_t end_;
};

// Tries every date form starting at token i; on success fills *out.
bool MatchDateAt(const TokenView& v, uint32_t i, DateMention* out) {
  uint32_t next = 0;
  // "2025-06-04"
  const int iso_year = v.Number(i, 4, 4);
  if (iso_year >= 1000 && v.IsPunct(i + 1, "-") && v.IsPunct(i + 3, "-") &&
      !v.At(i + 1).space_before && !v.At(i + 2).space_before &&
      !v.At(i + 3).space_before && !v.At(i + 4).space_before) {
    const int month = v.Number(i + 2, 2, 2);
    const int day = v.Number(i + 4, 2, 2);
    if (month >= 1 && day >= 1) {
      *out = DateMention{i, i + 5, iso_year, month, day};
      return true;
    }
  }
  // "June 4", "June 4, 2025", "Jun. 4 2025", "June 2025"
  if (const int month = v.Month(i, &next)) {
    uint32_t after_day = 0;
    if (const int day = v.Day(next, &after_day)) {
      *out = DateMention{i, after_day, 0, month, day};
      uint32_t year_at = after_day;
      if (v.IsPunct(year_at, ",")) ++year_at;
      const int year = v.Year(year_at);
      if (year > 0) {
        out->year = year;
        out->end_token = year_at + 1;
      }
      return true;
    }
    const int year = v.Year(next);
    if (year > 0) {
      *out = DateMention{i, next + 1, year, month, 0};
      return true;
    }
    return false;
  }
  // "4 June", "4 June 2025", "4th June"
  if (const int day = v.Day(i, &next)) {
    uint32_t after_month = 0;
    if (const int month = v.Month(next, &after_month)) {
      *out = DateMention{i, after_month, 0, month, day};
      const int year = v.Year(after_month);
      if (year > 0) {
        out->year = year;
        out->end_token = after_month + 1;
      }
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<DateMention> FindDates(std::string_view text,
                                   const std::vector<Token>& tokens,
                                   uint32_t first, uint32_t end) {
  std::vector<DateMention> dates;
  const TokenView view(text, tokens, end);
  for (uint32_t i = first; i < end;) {
    DateMention mention{};
    if (MatchDateAt(view, i, &mention)) {
      dates.push_back(mention);
      i = mention.end_token;
    } else {
      ++i;
    }
  }
  return dates;
}

bool ResolvePastDate(const DateMention& mention, bool has_published,
                     int32_t published, PartialDate* out) {
  const Precision precision =
      mention.day == 0 ? Precision::kMonth : Precision::kDay;
  const int day = mention.day == 0 ? 1 : mention.day;
  if (mention.year != 0) {
    if (!IsValidDate(mention.year, mention.month, day)) return false;
    *out = PartialDate{CivilDate{mention.year, mention.month, day}, precision};
    return true;
  }
  if (!has_published) return false;
  const CivilDate reference = CivilFromDays(published);
  // Walk back from the published year; February 29 may need a few years.
  for (int year = reference.year; year > reference.year - 8 && year >= 1;
       --year) {
    if (!IsValidDate(year, mention.month, day)) continue;
    const PartialDate candidate{CivilDate{year, mention.month, day}, precision};
    if (candidate.first_day() <= published) {
      *out = candidate;
      return true;
    }
  }
  return false;
}

}  // namespace factmark
