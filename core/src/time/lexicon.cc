#include "time/lexicon.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <unordered_map>
#include <vector>

namespace factmark {
namespace {

// FNV-1a: a few instructions a byte, and the words are short.
inline uint32_t HashWord(std::string_view word) {
  uint32_t h = 2166136261u;
  for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

struct Table {
  std::unordered_map<std::string_view, LexEntry> words;  // while building
  // A cheap first test: is any word of this length, first and last letter?
  std::array<std::array<uint32_t, 26>, 17> shapes{};  // bit: last letter
  // The lookup table: open addressing over a power of two, linear probing.
  static constexpr uint32_t kSlots = 2048;
  struct Slot {
    std::string_view word;
    const LexEntry* entry = nullptr;
  };
  std::array<Slot, kSlots> slots{};
  // Words of at most 8 letters, by their packed form: one multiply to hash,
  // one integer compare to confirm.
  struct ShortSlot {
    uint64_t packed = 0;
    const LexEntry* entry = nullptr;
  };
  std::array<ShortSlot, kSlots> short_slots{};

  LexEntry& Add(std::string_view word) {
    shapes[word.size()][word[0] - 'a'] |= 1u << (word.back() - 'a');
    return words[word];
  }

  static uint32_t HashPacked(uint64_t packed) {
    return static_cast<uint32_t>((packed * 0x9E3779B97F4A7C15ull) >> 53);  // 11 bits
  }

  // The entries side by side, so the tagger reads them from a few cache
  // lines rather than from the map's scattered nodes.
  std::vector<LexEntry> entries;

  void Seal() {
    static_assert(kSlots == 2048, "HashPacked yields 11 bits");
    entries.reserve(words.size());
    for (const auto& [word, entry] : words) {
      entries.push_back(entry);
      const LexEntry* stored = &entries.back();
      if (word.size() <= 8) {
        const uint64_t packed = PackShortWord(word);
        uint32_t at = HashPacked(packed);
        while (short_slots[at].entry != nullptr) at = (at + 1) & (kSlots - 1);
        short_slots[at] = ShortSlot{packed, stored};
      }
      uint32_t at = HashWord(word) & (kSlots - 1);
      while (slots[at].entry != nullptr) at = (at + 1) & (kSlots - 1);
      slots[at] = Slot{word, stored};
    }
  }
  void Month(std::string_view w, int m, bool abbreviation = false) {
    LexEntry& e = Add(w);
    e.flags |= kLexMonth;
    e.value = m;
    e.abbreviation = abbreviation;
  }
  void Weekday(std::string_view w, int d, bool abbreviation = false) {
    LexEntry& e = Add(w);
    e.flags |= kLexWeekday;
    e.value = d;
    e.abbreviation = abbreviation;
  }
  void Number(std::string_view w, int n) {
    LexEntry& e = Add(w);
    e.flags |= kLexNumber;
    e.number = n;
  }
  void Ordinal(std::string_view w, int n) {
    LexEntry& e = Add(w);
    e.flags |= kLexOrdinal;
    e.number = n;
  }
  void Unit(std::string_view w, TimeUnit u, bool plural) {
    LexEntry& e = Add(w);
    e.flags |= kLexUnit;
    e.unit = u;
    e.plural = plural;
  }
  void Flagged(std::string_view w, uint32_t flag, int value = 0) {
    LexEntry& e = Add(w);
    e.flags |= flag;
    e.value = value;
  }
  // A flag with no value of its own: never overwrites a month or an offset.
  void Mark(std::string_view w, uint32_t flag) { Add(w).flags |= flag; }
  void SetAdverb(std::string_view w, TimeUnit u) {
    LexEntry& e = Add(w);
    e.flags |= kLexSetAdverb;
    e.unit = u;
  }
  void Word(std::string_view w, LexWord word) {
    LexEntry& e = Add(w);
    e.flags |= kLexFunction;
    e.word = word;
  }
};

Table BuildTable() {
  Table t;
  constexpr std::string_view kMonths[] = {"january", "february", "march", "april",
                                          "may", "june", "july", "august",
                                          "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) t.Month(kMonths[m], m + 1);
  constexpr std::string_view kMonthAbbreviations[] = {"jan", "feb", "mar", "apr", "",
                                                       "jun", "jul", "aug", "sep", "oct",
                                                       "nov", "dec"};
  for (int m = 0; m < 12; ++m) {
    if (!kMonthAbbreviations[m].empty()) t.Month(kMonthAbbreviations[m], m + 1, true);
  }
  t.Month("sept", 9, true);

  constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                            "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) t.Weekday(kWeekdays[d], d + 1);
  constexpr std::string_view kWeekdayAbbreviations[] = {"mon", "tue", "wed", "thu",
                                                        "fri", "sat", "sun"};
  for (int d = 0; d < 7; ++d) t.Weekday(kWeekdayAbbreviations[d], d + 1, true);
  t.Weekday("tues", 2, true);
  t.Weekday("thurs", 4, true);

  constexpr std::string_view kOnes[] = {"zero", "one", "two", "three", "four", "five",
                                        "six", "seven", "eight", "nine", "ten", "eleven",
                                        "twelve", "thirteen", "fourteen", "fifteen",
                                        "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int n = 0; n < 20; ++n) t.Number(kOnes[n], n);
  constexpr std::string_view kTens[] = {"twenty", "thirty", "forty", "fifty",
                                        "sixty", "seventy", "eighty", "ninety"};
  for (int n = 0; n < 8; ++n) t.Number(kTens[n], 20 + 10 * n);
  t.Number("hundred", 100);
  t.Number("thousand", 1000);
  t.Number("dozen", 12);

  constexpr std::string_view kOrdinals[] = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  for (int n = 0; n < 20; ++n) t.Ordinal(kOrdinals[n], n + 1);
  t.Ordinal("thirtieth", 30);
  t.Ordinal("twenty-first", 21);  // never matched as one token; kept for clarity

  struct UnitName {
    std::string_view singular, plural;
    TimeUnit unit;
  };
  constexpr UnitName kUnits[] = {
      {"second", "seconds", TimeUnit::kSecond}, {"minute", "minutes", TimeUnit::kMinute},
      {"hour", "hours", TimeUnit::kHour},       {"day", "days", TimeUnit::kDay},
      {"week", "weeks", TimeUnit::kWeek},       {"month", "months", TimeUnit::kMonth},
      {"quarter", "quarters", TimeUnit::kQuarter}, {"year", "years", TimeUnit::kYear},
      {"decade", "decades", TimeUnit::kDecade}, {"century", "centuries", TimeUnit::kCentury},
  };
  for (const UnitName& u : kUnits) {
    t.Unit(u.singular, u.unit, false);
    t.Unit(u.plural, u.unit, true);
  }
  t.Unit("yr", TimeUnit::kYear, false);
  t.Unit("yrs", TimeUnit::kYear, true);
  t.Unit("hr", TimeUnit::kHour, false);
  t.Unit("hrs", TimeUnit::kHour, true);
  t.Unit("min", TimeUnit::kMinute, false);
  t.Unit("mins", TimeUnit::kMinute, true);
  t.Unit("fortnight", TimeUnit::kWeek, false);  // handled as two weeks
  t.Unit("fortnights", TimeUnit::kWeek, true);

  t.Flagged("spring", kLexSeason, 0);
  t.Flagged("summer", kLexSeason, 1);
  t.Flagged("fall", kLexSeason, 2);
  t.Flagged("autumn", kLexSeason, 2);
  t.Flagged("winter", kLexSeason, 3);

  t.Flagged("morning", kLexDayPart, 0);
  t.Flagged("afternoon", kLexDayPart, 1);
  t.Flagged("evening", kLexDayPart, 2);
  t.Flagged("night", kLexDayPart, 3);

  t.Flagged("today", kLexDayWord, 0);
  t.Flagged("yesterday", kLexDayWord, -1);
  t.Flagged("tomorrow", kLexDayWord, 1);
  t.Flagged("tonight", kLexDayWord, 0);

  t.Flagged("last", kLexRelative, -1);
  t.Flagged("past", kLexRelative, -1);
  t.Flagged("previous", kLexRelative, -1);
  t.Flagged("preceding", kLexRelative, -1);
  t.Flagged("next", kLexRelative, 1);
  t.Flagged("coming", kLexRelative, 1);
  t.Flagged("following", kLexRelative, 1);
  t.Flagged("upcoming", kLexRelative, 1);
  t.Flagged("this", kLexRelative, 0);
  t.Flagged("current", kLexRelative, 0);

  t.Flagged("now", kLexReference, 0);
  t.Flagged("currently", kLexReference, 0);
  t.Flagged("nowadays", kLexReference, 0);
  t.Flagged("recently", kLexReference, -1);
  t.Flagged("lately", kLexReference, -1);
  t.Flagged("soon", kLexReference, 1);

  t.SetAdverb("hourly", TimeUnit::kHour);
  t.SetAdverb("daily", TimeUnit::kDay);
  t.SetAdverb("nightly", TimeUnit::kDay);
  t.SetAdverb("weekly", TimeUnit::kWeek);
  t.SetAdverb("monthly", TimeUnit::kMonth);
  t.SetAdverb("quarterly", TimeUnit::kQuarter);
  t.SetAdverb("annually", TimeUnit::kYear);
  t.SetAdverb("yearly", TimeUnit::kYear);

  for (std::string_view w : {"to", "will", "shall", "would", "ll", "due", "scheduled", "expected",
                             "going", "plans", "plan", "planned", "intends", "set",
                             "upcoming", "tomorrow", "should", "could", "might", "may", "payable"}) {
    t.Mark(w, kLexFuture);
  }
  for (std::string_view w :
       {"was", "were", "had", "did", "said", "took", "met", "won", "lost", "began", "became",
        "came", "went", "made", "held", "left", "gave", "got", "told", "saw", "sold", "bought",
        "fell", "rose", "paid", "ran", "led", "spoke", "wrote", "sent", "brought", "found",
        "kept", "thought", "felt", "struck", "fought", "ago", "knew", "grew", "drew", "threw",
        "flew", "chose", "broke", "stood", "sat", "lay", "woke", "wore", "swore", "sworn",
        "taken", "begun", "been", "done", "gone", "seen", "given", "shot", "built", "spent",
        "lent", "meant", "heard", "won", "hung", "dug", "stuck", "caught", "taught", "sought",
        "fled", "slid", "quit", "died"}) {
    t.Mark(w, kLexPast);
  }
  for (std::string_view w : {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt",
                             "utc", "bst", "cet", "cest", "kst", "jst", "et", "pt"}) {
    t.Mark(w, kLexTimeZone);
  }
  // Nouns after which a four-digit number is a count, not a year.
  for (std::string_view w :
       {"people", "persons", "troops", "soldiers", "votes", "points", "shares", "workers",
        "employees", "jobs", "times", "miles", "kilometers", "kilometres", "km", "meters",
        "metres", "feet", "tons", "tonnes", "pounds", "dollars", "euros", "yen", "barrels",
        "units", "cars", "members", "students", "homes", "houses", "acres", "words",
        "pages", "copies", "deaths", "cases", "patients", "residents", "households",
        "seats", "percent", "children", "women", "men", "refugees", "prisoners", "police",
        "officers", "delegates", "visitors", "fans", "victims", "casualties", "civilians",
        "hectares", "calories", "rounds", "missiles", "rockets", "flights", "passengers",
        "vehicles", "companies", "firms", "stores", "schools", "villages", "tanks",
        "aircraft", "planes", "ships", "boats", "items", "files", "documents", "signatures",
        "lives", "babies", "animals", "species", "degrees", "mph", "cc", "mb", "gb", "kb",
        "megawatts", "watts", "volts", "followers", "views", "users", "customers",
        "subscribers", "readers", "viewers", "applications", "jobs", "sq", "square"}) {
    t.Mark(w, kLexCountNoun);
  }

  struct Named {
    std::string_view word;
    LexWord id;
  };
  constexpr Named kWords[] = {
      {"the", LexWord::kThe}, {"a", LexWord::kA}, {"an", LexWord::kAn},
      {"of", LexWord::kOf}, {"and", LexWord::kAnd}, {"or", LexWord::kOr},
      {"to", LexWord::kTo}, {"in", LexWord::kIn}, {"on", LexWord::kOn},
      {"at", LexWord::kAt}, {"for", LexWord::kFor}, {"since", LexWord::kSince},
      {"by", LexWord::kBy}, {"until", LexWord::kUntil}, {"till", LexWord::kUntil},
      {"from", LexWord::kFrom}, {"between", LexWord::kBetween},
      {"through", LexWord::kThrough}, {"during", LexWord::kDuring},
      {"within", LexWord::kWithin}, {"before", LexWord::kBefore},
      {"after", LexWord::kAfter}, {"ago", LexWord::kAgo}, {"earlier", LexWord::kEarlier},
      {"later", LexWord::kLater}, {"more", LexWord::kMore}, {"than", LexWord::kThan},
      {"over", LexWord::kOver}, {"nearly", LexWord::kNearly}, {"almost", LexWord::kAlmost},
      {"about", LexWord::kAbout}, {"around", LexWord::kAround},
      {"roughly", LexWord::kRoughly}, {"approximately", LexWord::kApproximately},
      {"some", LexWord::kSome}, {"least", LexWord::kLeast}, {"most", LexWord::kMost},
      {"up", LexWord::kUp}, {"less", LexWord::kLess}, {"under", LexWord::kUnder},
      {"fewer", LexWord::kFewer}, {"early", LexWord::kEarly}, {"mid", LexWord::kMid},
      {"late", LexWord::kLate}, {"middle", LexWord::kMiddle}, {"end", LexWord::kEnd},
      {"beginning", LexWord::kBeginning}, {"start", LexWord::kStart},
      {"just", LexWord::kJust}, {"well", LexWord::kWell}, {"no", LexWord::kNo},
      {"several", LexWord::kSeveral}, {"few", LexWord::kFew}, {"couple", LexWord::kCouple},
      {"many", LexWord::kMany}, {"half", LexWord::kHalf}, {"every", LexWord::kEvery},
      {"each", LexWord::kEach}, {"per", LexWord::kPer}, {"times", LexWord::kTimes},
      {"once", LexWord::kOnce}, {"twice", LexWord::kTwice}, {"noon", LexWord::kNoon},
      {"midnight", LexWord::kMidnight}, {"am", LexWord::kAm}, {"pm", LexWord::kPm},
      {"oclock", LexWord::kOclock}, {"fiscal", LexWord::kFiscal}, {"s", LexWord::kS},
      {"th", LexWord::kTh}, {"st", LexWord::kSt}, {"nd", LexWord::kNd},
      {"rd", LexWord::kRd}, {"hence", LexWord::kHence}, {"now", LexWord::kNow},
      {"same", LexWord::kSame}, {"that", LexWord::kThat}, {"day", LexWord::kDay},
      {"weekend", LexWord::kWeekend}, {"weekends", LexWord::kWeekend},
      {"present", LexWord::kPresent}, {"past", LexWord::kPast},
      {"future", LexWord::kFuture}, {"christmas", LexWord::kChristmas},
      {"eve", LexWord::kEve}, {"new", LexWord::kNew}, {"year", LexWord::kYear},
      {"thanksgiving", LexWord::kThanksgiving}, {"independence", LexWord::kIndependence},
      {"quarter", LexWord::kQuarter}, {"century", LexWord::kCentury},
      {"long", LexWord::kLong}, {"old", LexWord::kOld}, {"first", LexWord::kFirst},
      {"second", LexWord::kSecond}, {"last", LexWord::kLast}, {"this", LexWord::kThis},
      {"next", LexWord::kNext}, {"following", LexWord::kFollowing},
      {"previous", LexWord::kPrevious}, {"recent", LexWord::kRecent},
      {"current", LexWord::kCurrent}, {"coming", LexWord::kComing},
      {"latest", LexWord::kLatest}, {"full", LexWord::kFull}, {"final", LexWord::kFinal},
  };
  for (const Named& n : kWords) t.Word(n.word, n.id);

  // Which grammar families may begin at each word: every word with a
  // temporal meaning opens its own, and the function words the grammar opens
  // with ("the first quarter", "a month", "more than", "every year") theirs.
  // Prepositions open nothing.
  for (auto& [word, e] : t.words) {
    uint16_t o = 0;
    if (e.flags & (kLexMonth | kLexWeekday)) o |= kOpensCalendar | kOpensClock;
    if (e.flags & kLexWeekday) o |= kOpensRelative;
    if (e.flags & kLexNumber) o |= kOpensCalendar | kOpensDuration | kOpensSet;
    if (e.flags & kLexOrdinal) o |= kOpensCalendar | kOpensPeriod;
    if (e.flags & kLexUnit) o |= kOpensDuration;
    if (e.flags & kLexSeason) o |= kOpensPeriod;
    if (e.flags & kLexDayWord) o |= kOpensRelative | kOpensClock;
    if (e.flags & kLexRelative) o |= kOpensRelative | kOpensDuration | kOpensClock;
    if (e.flags & kLexReference) o |= kOpensReference;
    if (e.flags & kLexSetAdverb) o |= kOpensSet;
    switch (e.word) {
      case LexWord::kThe:
        o |= kOpensCalendar | kOpensRelative | kOpensPeriod | kOpensReference |
             kOpensDuration | kOpensModifier | kOpensClock;
        break;
      case LexWord::kA:
      case LexWord::kAn:
      case LexWord::kSeveral:
      case LexWord::kMany:
      case LexWord::kFew:
      case LexWord::kHalf:
      case LexWord::kRecent:
        o |= kOpensDuration;
        break;
      case LexWord::kMore:
      case LexWord::kLess:
      case LexWord::kFewer:
      case LexWord::kNo:
      case LexWord::kAt:
      case LexWord::kUp:
      case LexWord::kOver:
      case LexWord::kUnder:
      case LexWord::kNearly:
      case LexWord::kAlmost:
      case LexWord::kAbout:
      case LexWord::kAround:
      case LexWord::kRoughly:
      case LexWord::kApproximately:
      case LexWord::kSome:
      case LexWord::kJust:
      case LexWord::kWell:
      case LexWord::kEarly:
      case LexWord::kMid:
      case LexWord::kLate:
        o |= kOpensModifier;
        break;
      case LexWord::kEvery:
      case LexWord::kEach:
      case LexWord::kOnce:
      case LexWord::kTwice:
        o |= kOpensSet;
        break;
      case LexWord::kNoon:
      case LexWord::kMidnight:
        o |= kOpensClock;
        break;
      case LexWord::kEarlier:
      case LexWord::kLater:
        o |= kOpensRelative | kOpensClock;
        break;
      case LexWord::kFiscal:
        o |= kOpensCalendar | kOpensPeriod;
        break;
      case LexWord::kYear:
      case LexWord::kChristmas:
      case LexWord::kNew:
      case LexWord::kThanksgiving:
        o |= kOpensPeriod | kOpensClock;
        break;
      case LexWord::kPast:
      case LexWord::kComing:
        o |= kOpensDuration;
        break;
      default:
        break;
    }
    e.opens = o;
  }
  return t;
}

const Table& GetTable() {
  static const Table table = [] {
    Table t = BuildTable();
    t.Seal();  // after the last insertion: the slots point into `words`
    return t;
  }();
  return table;
}

}  // namespace

const LexiconShapes& GetLexiconShapes() {
  static LexiconShapes shapes = {};
  static const bool filled = [] {
    const Table& t = GetTable();
    for (size_t n = 0; n < 17; ++n) {
      for (size_t c = 0; c < 26; ++c) shapes[n][c] = t.shapes[n][c];
    }
    return true;
  }();
  (void)filled;
  return shapes;
}

const LexEntry* LookUpShortWord(uint64_t packed) {
  static const Table& t = GetTable();
  for (uint32_t at = Table::HashPacked(packed);; at = (at + 1) & (Table::kSlots - 1)) {
    const Table::ShortSlot& slot = t.short_slots[at];
    if (slot.entry == nullptr) return nullptr;
    if (slot.packed == packed) return slot.entry;
  }
}

const LexEntry* LookUpWord(std::string_view word) {
  if (word.size() <= 8) return word.empty() ? nullptr : LookUpShortWord(PackShortWord(word));
  static const Table& t = GetTable();
  if (word.empty() || word.size() > 16) return nullptr;
  const unsigned first = static_cast<unsigned char>(word[0]) - 'a';
  const unsigned last = static_cast<unsigned char>(word.back()) - 'a';
  if (first >= 26 || last >= 26 || !(t.shapes[word.size()][first] & (1u << last))) {
    return nullptr;
  }
  for (uint32_t at = HashWord(word) & (Table::kSlots - 1);; at = (at + 1) & (Table::kSlots - 1)) {
    const Table::Slot& slot = t.slots[at];
    if (slot.entry == nullptr) return nullptr;
    if (slot.word.size() == word.size() && slot.word[0] == word[0] &&
        std::char_traits<char>::compare(slot.word.data(), word.data(), word.size()) == 0) {
      return slot.entry;
    }
  }
}

}  // namespace factmark
