// factmark_bench_check: the native full check (dates, mentions, claims,
// verdicts), timed three ways for `npm run bench` (bench/run.js):
//
//   factmark_bench_check throughput TIMELINE CORPUS.jsonl [--repetitions N]
//       MB/s of Checker::Check over every article of the corpus.
//   factmark_bench_check latency TIMELINE ARTICLE.txt PUBLISHED [--repetitions N]
//       microseconds per check of one article.
//   factmark_bench_check scale EVENTS ARTICLE.txt PUBLISHED
//       A synthetic timeline of EVENTS events (people, aliases, offices,
//       terms, dated events of every kind) built in memory and written as a
//       snapshot, then: its size, the time and memory to load it, and the
//       check latency of the article with it loaded. EVENTS 0: the default
//       timeline beside this program.
//   factmark_bench_check reference ITEMS.tsv ARTICLE.txt PUBLISHED
//       A timeline built in memory from dated items (one "YYYY-MM-DD<tab>text"
//       a line: Wikipedia's Current Events, which bench/run.js reads from
//       ../shared/data/reference when it is there): events only, each with
//       its text as the summary. The same figures as `scale`.
//
// Each prints one JSON line. Exit code 1 when an input cannot be read, 2 on
// a wrong command line.
#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "data/timeline_model.h"
#include "time/calendar.h"
#include "factmark/checker.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Article {
  factmark::CheckOptions options;
  std::string text;
};

std::string ReadAll(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *ok = static_cast<bool>(in);
  return buffer.str();
}

double Median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  const size_t n = xs.size();
  return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

// Resident memory of this process, in bytes (Linux).
long ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * 4096;
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "factmark_bench_check: %s\n", message.c_str());
  return 1;
}

int Usage() {
  std::fprintf(stderr,
               "usage: factmark_bench_check throughput TIMELINE CORPUS.jsonl [--repetitions N]\n"
               "       factmark_bench_check latency TIMELINE ARTICLE.txt PUBLISHED [--repetitions N]\n"
               "       factmark_bench_check scale EVENTS ARTICLE.txt PUBLISHED\n");
  return 2;
}

bool LoadChecker(const std::string& path, std::unique_ptr<factmark::Checker>* checker,
                 std::string* error) {
  bool ok = false;
  std::string bytes = ReadAll(path, &ok);
  if (!ok) {
    *error = "cannot read " + path;
    return false;
  }
  const factmark::Status status = factmark::Checker::Load(std::move(bytes), checker);
  if (!status.ok()) *error = path + ": " + status.message();
  return status.ok();
}

int Throughput(const std::string& timeline, const std::string& corpus, int repetitions) {
  std::unique_ptr<factmark::Checker> checker;
  std::string error;
  if (!LoadChecker(timeline, &checker, &error)) return Fail(error);
  std::ifstream in(corpus, std::ios::binary);
  if (!in) return Fail("cannot open " + corpus);
  std::vector<Article> articles;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("text")) continue;
    Article a;
    a.text.assign(doc["text"].GetString(), doc["text"].GetStringLength());
    if (doc.HasMember("published") && doc["published"].IsString()) a.options.published = doc["published"].GetString();
    bytes += a.text.size();
    articles.push_back(std::move(a));
  }
  std::string out;
  size_t claims = 0;
  std::vector<double> seconds;
  for (int r = 0; r <= repetitions; ++r) {  // the first pass warms up
    const auto t0 = Clock::now();
    size_t found = 0;
    for (const Article& a : articles) {
      if (!checker->Check(a.text, a.options, factmark::ReportFormat::kJson, &out).ok()) {
        return Fail("the check failed");
      }
      for (size_t at = out.find("\"verdict\":"); at != std::string::npos; at = out.find("\"verdict\":", at + 10)) ++found;
    }
    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
    if (r > 0) seconds.push_back(s);
    claims = found;
  }
  const double mb = bytes / 1e6;
  std::printf("{\"engine\":\"native\",\"articles\":%zu,\"bytes\":%zu,\"claims\":%zu,"
              "\"repetitions\":%d,\"mb_per_s\":{\"median\":%.3f,\"min\":%.3f,\"max\":%.3f}}\n",
              articles.size(), bytes, claims, repetitions, mb / Median(seconds),
              mb / *std::max_element(seconds.begin(), seconds.end()),
              mb / *std::min_element(seconds.begin(), seconds.end()));
  return 0;
}

// Median microseconds per check of `text`, after a warm-up.
double Latency(const factmark::Checker& checker, const std::string& text,
               const std::string& published, int repetitions) {
  factmark::CheckOptions options;
  options.published = published;
  std::string out;
  for (int i = 0; i < 5; ++i) checker.Check(text, options, factmark::ReportFormat::kJson, &out);
  std::vector<double> micros;
  for (int i = 0; i < repetitions; ++i) {
    const auto t0 = Clock::now();
    checker.Check(text, options, factmark::ReportFormat::kJson, &out);
    micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
  }
  return Median(micros);
}

// A synthetic timeline of about `events` events: people with aliases and
// surnames, countries and offices with titles, terms of office, and dated
// events of many types, each with a summary and a source.
std::string SyntheticSnapshot(size_t events) {
  using namespace factmark;
  TimelineModel m;
  m.name = "synthetic";
  m.version = std::to_string(events);
  m.coverage_end = PartialDate{CivilDate{2025, 12, 31}, Precision::kDay};
  const size_t people = std::max<size_t>(10, events / 10);
  const size_t countries = std::max<size_t>(5, events / 2000);
  uint32_t seed = 12345;
  auto next = [&seed]() { seed = seed * 1103515245u + 12345u; return seed >> 8; };
  static const char* kSyllables[] = {"ka", "lo", "mi", "ren", "sa", "to", "vel", "an", "dor", "is",
                                     "ne", "pra", "ul", "zo", "bek", "har"};
  auto word = [&](int syllables) {
    std::string w;
    for (int i = 0; i < syllables; ++i) w += kSyllables[next() % 16];
    w[0] = static_cast<char>(w[0] - 32);
    return w;
  };
  for (size_t c = 0; c < countries; ++c) {
    ModelEntity country;
    country.id = "country-" + std::to_string(c);
    country.name = word(3) + "land";
    country.kind = EntityKind::kCountry;
    country.demonyms = {word(3) + "ian"};
    m.entities.push_back(country);
    ModelEntity office;
    office.id = "office-" + std::to_string(c);
    office.name = "President of " + country.name;
    office.kind = EntityKind::kOffice;
    office.jurisdiction = static_cast<uint32_t>(m.entities.size() - 1);
    m.entities.push_back(office);
    m.titles.push_back({"President of " + country.name, static_cast<uint32_t>(m.entities.size() - 1)});
  }
  const size_t first_person = m.entities.size();
  for (size_t p = 0; p < people; ++p) {
    ModelEntity person;
    person.id = "person-" + std::to_string(p);
    const std::string given = word(2), family = word(3);
    person.name = given + " " + family + " " + std::to_string(p);
    person.aliases = {given + " " + family + " " + word(1) + std::to_string(p)};
    person.surname = family + std::to_string(p);
    m.entities.push_back(person);
  }
  static const EventType kTypes[] = {EventType::kDied, EventType::kBorn, EventType::kSigned,
                                     EventType::kSummit, EventType::kLaunch, EventType::kDisaster,
                                     EventType::kElected, EventType::kResignation};
  for (size_t e = 0; e < events; ++e) {
    ModelEvent event;
    event.id = "event-" + std::to_string(e);
    event.type = kTypes[next() % 8];
    event.date = PartialDate{CivilDate{static_cast<int>(1900 + next() % 125),
                                       static_cast<int>(1 + next() % 12),
                                       static_cast<int>(1 + next() % 28)},
                             Precision::kDay};
    event.participants.push_back(
        {static_cast<uint32_t>(first_person + next() % people), snapshot::Role::kSubject});
    event.summary = "A synthetic event of the benchmark timeline, number " + std::to_string(e) + ".";
    event.sources = {"https://example.org/event/" + std::to_string(e)};
    m.events.push_back(std::move(event));
  }
  m.triggers = {{"died", EventType::kDied}, {"was born", EventType::kBorn},
                {"took office", EventType::kTookOffice}, {"signed", EventType::kSigned}};
  return WriteSnapshot(m);
}

// A timeline of the dated items in `path` ("YYYY-MM-DD<tab>text" lines).
std::string ReferenceSnapshot(const std::string& path, size_t* events) {
  using namespace factmark;
  TimelineModel m;
  m.name = "current-events";
  m.version = "reference";
  m.coverage_end = PartialDate{CivilDate{2026, 12, 31}, Precision::kDay};
  ModelEntity world;
  world.id = "current-events";
  world.name = "Current events";
  world.kind = EntityKind::kEvent;
  m.entities.push_back(world);
  std::ifstream in(path, std::ios::binary);
  size_t n = 0;
  for (std::string line; std::getline(in, line);) {
    const size_t tab = line.find('\t');
    PartialDate date;
    if (tab != 10 || !ParseIsoDate(line.substr(0, 10), &date)) continue;
    ModelEvent event;
    event.id = "item-" + std::to_string(n++);
    event.type = EventType::kDeclaration;
    event.date = date;
    event.participants.push_back({0, snapshot::Role::kSubject});
    event.summary = line.substr(tab + 1, 300);
    // Cut at a character's start: the snapshot holds UTF-8 only.
    if (event.summary.size() == 300) {
      while (!event.summary.empty() && (uint8_t(event.summary.back()) & 0xC0) == 0x80) event.summary.pop_back();
      if (!event.summary.empty() && uint8_t(event.summary.back()) >= 0xC0) event.summary.pop_back();
    }
    event.sources = {"https://en.wikipedia.org/wiki/Portal:Current_events"};
    m.events.push_back(std::move(event));
  }
  *events = n;
  return n == 0 ? std::string() : WriteSnapshot(m);
}

int Scale(size_t events, const std::string& article_path, const std::string& published,
          const std::string& reference = "") {
  bool ok = false;
  const std::string text = ReadAll(article_path, &ok);
  if (!ok) return Fail("cannot read " + article_path);
  std::string snapshot;
  if (!reference.empty()) {
    snapshot = ReferenceSnapshot(reference, &events);
    if (snapshot.empty()) return Fail("no dated items in " + reference);
  } else if (events == 0) {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    snapshot = ReadAll((exe.parent_path() / "world.timeline").string(), &ok);
    if (!ok) return Fail("cannot read the default timeline beside this program");
  } else {
    snapshot = SyntheticSnapshot(events);
  }
  const size_t size = snapshot.size();
  const long before = ResidentBytes();
  const auto t0 = Clock::now();
  std::unique_ptr<factmark::Checker> checker;
  const factmark::Status status = factmark::Checker::Load(std::move(snapshot), &checker);
  const double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  if (!status.ok()) return Fail(status.message());
  const long after = ResidentBytes();
  const double micros = Latency(*checker, text, published, 51);
  std::printf("{\"events\":%zu,\"snapshot_bytes\":%zu,\"load_ms\":%.2f,\"memory_mb\":%.1f,"
              "\"check_us\":%.1f}\n",
              events, size, load_ms, (after - before + static_cast<long>(size)) / 1e6, micros);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  const std::string_view mode = argv[1];
  int repetitions = 5;
  std::vector<std::string> args;
  for (int i = 2; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--repetitions" && i + 1 < argc) {
      repetitions = std::max(1, std::atoi(argv[++i]));
    } else {
      args.push_back(argv[i]);
    }
  }
  if (mode == "throughput" && args.size() == 2) return Throughput(args[0], args[1], repetitions);
  if (mode == "latency" && args.size() == 3) {
    std::unique_ptr<factmark::Checker> checker;
    std::string error;
    if (!LoadChecker(args[0], &checker, &error)) return Fail(error);
    bool ok = false;
    const std::string text = ReadAll(args[1], &ok);
    if (!ok) return Fail("cannot read " + args[1]);
    std::printf("{\"engine\":\"native\",\"bytes\":%zu,\"check_us\":%.1f}\n", text.size(),
                Latency(*checker, text, args[2], std::max(repetitions, 51)));
    return 0;
  }
  if (mode == "reference" && args.size() == 3) return Scale(0, args[1], args[2], args[0]);
  if (mode == "scale" && args.size() == 3) {
    return Scale(static_cast<size_t>(std::strtoull(args[0].c_str(), nullptr, 10)), args[1], args[2]);
  }
  return Usage();
}
