// Writes the fuzz targets' seed corpora from factmark's own test inputs, so
// each run starts from text and data the core already reads well:
//
//   factmark_fuzz_seeds OUT_DIR
//
// OUT_DIR/check and OUT_DIR/dates: the fixture and evaluation articles and
// every sentence of the tagger's gold set; OUT_DIR/snapshot: the tests'
// small timeline, compiled; OUT_DIR/compile: its sources, in the input format
// of fuzz_compile.cc. Inputs are prefixed as fuzz_input.h reads them.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../tests/core/test_timeline.h"
#include "factmark/timeline_compiler.h"
#include "rapidjson/document.h"

namespace fs = std::filesystem;

namespace {

// JSON format, a valid published date, 2025-07-28 (see ReadCheckInput).
const std::string kPublished2025("\x02\x3e\x92", 3);

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void Write(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: factmark_fuzz_seeds OUT_DIR\n");
    return 2;
  }
  const fs::path out = argv[1];
  const fs::path source = FACTMARK_SOURCE_DIR;
  for (const char* target : {"check", "dates", "snapshot", "compile"}) {
    fs::create_directories(out / target);
  }

  std::vector<std::string> texts;
  for (const char* dir : {"tests/fixtures/articles", "tests/eval/claims/articles"}) {
    for (const auto& entry : fs::directory_iterator(source / dir)) {
      if (entry.path().extension() == ".txt") texts.push_back(Read(entry.path()));
    }
  }
  std::istringstream gold(Read(source / "tests/core/data/temporal_expressions.jsonl"));
  for (std::string line; std::getline(gold, line);) {
    rapidjson::Document doc;
    doc.Parse(line.c_str());
    if (!doc.HasParseError() && doc.IsObject() && doc.HasMember("text") && doc["text"].IsString()) {
      texts.push_back(doc["text"].GetString());
    }
  }
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string name = "seed-" + std::to_string(i);
    Write(out / "check" / name, kPublished2025 + texts[i]);
    Write(out / "dates" / name, kPublished2025 + texts[i]);
  }

  const std::vector<factmark::SourceFile> sources = factmark::testing::SmallTimelineSources();
  std::string snapshot;
  if (!factmark::CompileTimeline(sources, &snapshot).ok()) {
    std::fprintf(stderr, "factmark_fuzz_seeds: the tests' small timeline does not compile\n");
    return 1;
  }
  Write(out / "snapshot" / "small-timeline", snapshot);
  std::string files;
  for (const factmark::SourceFile& file : sources) {
    if (!files.empty()) files += '\0';
    files += file.path + "\n" + file.contents;
  }
  Write(out / "compile" / "small-timeline", files);
  std::printf("factmark_fuzz_seeds: %zu texts, 1 snapshot, 1 source set in %s\n", texts.size(),
              out.c_str());
  return 0;
}
