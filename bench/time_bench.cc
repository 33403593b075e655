// factmark_bench_time: times factmark::FindTemporalExpressions (the native
// build of the temporal tagger) over the benchmark corpus, the way
// bench/time.js times the WebAssembly build and chrono-node.
//
//   factmark_bench_time CORPUS.jsonl [--repetitions N] [--warmup N]
//
// CORPUS.jsonl holds one {"published": "YYYY-MM-DD", "text": "..."} per line
// (bench/generate-corpus.js writes it). Every article is tagged with its
// published date and the JSON report format, once per repetition, after the
// warm-up passes. Prints one JSON line:
//
//   {"engine": "native", "bytes": ..., "articles": ..., "expressions": ...,
//    "repetitions": ..., "seconds": {"median", "min", "max"},
//    "mb_per_s": {"median", "min", "max"}}
//
// MB are 10^6 bytes of UTF-8 article text. Exit code 1 when the corpus cannot
// be read or the tagger reports an error, 2 on a wrong command line.
#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "factmark/checker.h"
#include "factmark/dates.h"
#include "factmark/status.h"

namespace {

struct Article {
  factmark::CheckOptions options;
  std::string text;
};

bool ReadCorpus(const char* path, std::vector<Article>* articles, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::string("cannot open ") + path;
    return false;
  }
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("text") ||
        !doc["text"].IsString()) {
      *error = std::string(path) + ":" + std::to_string(line_number) +
               ": not a {\"published\", \"text\"} object";
      return false;
    }
    Article article;
    article.text.assign(doc["text"].GetString(), doc["text"].GetStringLength());
    if (doc.HasMember("published") && doc["published"].IsString()) {
      article.options.published = doc["published"].GetString();
    }
    articles->push_back(std::move(article));
  }
  if (articles->empty()) {
    *error = std::string(path) + ": no articles";
    return false;
  }
  return true;
}

// Expressions in a JSON report: each has one "start" key. Texts are
// JSON-escaped, so a quote inside one never forms `"start":`.
size_t CountExpressions(std::string_view json) {
  static constexpr std::string_view kKey = "\"start\":";
  size_t count = 0;
  for (size_t at = json.find(kKey); at != std::string_view::npos;
       at = json.find(kKey, at + kKey.size())) {
    ++count;
  }
  return count;
}

// One pass over the corpus; returns false (with *error) when the tagger fails.
bool Pass(const std::vector<Article>& articles, std::string* out, size_t* expressions,
          std::string* error) {
  size_t found = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    const factmark::Status status = factmark::FindTemporalExpressions(
        articles[i].text, articles[i].options, factmark::ReportFormat::kJson, out);
    if (!status.ok()) {
      *error = "article " + std::to_string(i) + ": " + status.message();
      return false;
    }
    found += CountExpressions(*out);
  }
  *expressions = found;
  return true;
}

bool ParseCount(const char* text, int minimum, int* value) {
  char* end = nullptr;
  const long parsed = std::strtol(text, &end, 10);
  if (end == text || *end != '\0' || parsed < minimum || parsed > 1000) return false;
  *value = static_cast<int>(parsed);
  return true;
}

int Usage() {
  std::fprintf(stderr,
               "usage: factmark_bench_time CORPUS.jsonl [--repetitions N] [--warmup N]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  const char* corpus = nullptr;
  int repetitions = 7;
  int warmup = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--repetitions" && i + 1 < argc) {
      if (!ParseCount(argv[++i], 1, &repetitions)) return Usage();
    } else if (arg == "--warmup" && i + 1 < argc) {
      if (!ParseCount(argv[++i], 0, &warmup)) return Usage();
    } else if (!arg.empty() && arg[0] != '-' && corpus == nullptr) {
      corpus = argv[i];
    } else {
      return Usage();
    }
  }
  if (corpus == nullptr) return Usage();

  std::vector<Article> articles;
  std::string error;
  if (!ReadCorpus(corpus, &articles, &error)) {
    std::fprintf(stderr, "factmark_bench_time: %s\n", error.c_str());
    return 1;
  }
  size_t bytes = 0;
  for (const Article& a : articles) bytes += a.text.size();

  std::string out;
  size_t expressions = 0;
  for (int i = 0; i < warmup; ++i) {
    if (!Pass(articles, &out, &expressions, &error)) {
      std::fprintf(stderr, "factmark_bench_time: %s\n", error.c_str());
      return 1;
    }
  }
  std::vector<double> seconds;
  for (int i = 0; i < repetitions; ++i) {
    size_t found = 0;
    const auto start = std::chrono::steady_clock::now();
    const bool ok = Pass(articles, &out, &found, &error);
    const auto stop = std::chrono::steady_clock::now();
    if (!ok) {
      std::fprintf(stderr, "factmark_bench_time: %s\n", error.c_str());
      return 1;
    }
    if (i > 0 && found != expressions) {
      std::fprintf(stderr, "factmark_bench_time: repetitions disagree (%zu, %zu expressions)\n",
                   expressions, found);
      return 1;
    }
    expressions = found;
    seconds.push_back(std::chrono::duration<double>(stop - start).count());
  }

  std::vector<double> sorted = seconds;
  std::sort(sorted.begin(), sorted.end());
  const size_t n = sorted.size();
  const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf(
      "{\"engine\":\"native\",\"bytes\":%zu,\"articles\":%zu,\"expressions\":%zu,"
      "\"warmup\":%d,\"repetitions\":%d,"
      "\"seconds\":{\"median\":%.6f,\"min\":%.6f,\"max\":%.6f},"
      "\"mb_per_s\":{\"median\":%.3f,\"min\":%.3f,\"max\":%.3f}}\n",
      bytes, articles.size(), expressions, warmup, repetitions, median, sorted.front(),
      sorted.back(), mb / median, mb / sorted.back(), mb / sorted.front());
  return 0;
}
