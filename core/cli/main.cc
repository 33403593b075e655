// The native `factmark` program. Argument parsing, checking and reporting are
// the core's; this file only reads and writes files.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "factmark/batch.h"
#include "factmark/checker.h"
#include "factmark/command_line.h"
#include "factmark/dates.h"
#include "factmark/timeline_compiler.h"

namespace fs = std::filesystem;
using namespace factmark;

namespace {

// The default timeline sits beside the program (the build puts it there).
constexpr char kDefaultTimeline[] = "world.timeline";

bool ReadFile(const std::string& path, std::string* contents, std::string* error) {
  if (path == "-") {
    contents->assign(std::istreambuf_iterator<char>(std::cin),
                     std::istreambuf_iterator<char>());
    return true;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    *error = path + ": is a directory, not a file";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open (" + std::string(std::strerror(errno)) + ")";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return true;
}

std::string DefaultTimelinePath() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string(kDefaultTimeline)
            : (exe.parent_path() / kDefaultTimeline).string();
}

int Fail(const std::string& message, int code = kExitFailure) {
  std::cerr << "factmark: " << message << "\n";
  return code;
}

// Prints a report the core wrote, or says why it could not.
int PrintReport(const CommandLine& cl, const Status& status, const std::string& report) {
  if (!status.ok()) {
    const std::string where = cl.input == "-" ? "standard input" : cl.input;
    return Fail(where + ": " + status.message(),
                status.code() == Status::Code::kInvalidArgument ? kExitUsage
                                                                : kExitFailure);
  }
  std::cout << report;
  if (cl.format == ReportFormat::kJson) std::cout << "\n";
  return std::cout.flush() ? kExitOk : Fail("cannot write standard output");
}

// Loads the timelines the command line names: the --data files, with the
// default first when there are none or --with-default asks for it.
int LoadChecker(const CommandLine& cl, std::unique_ptr<Checker>* checker) {
  std::vector<std::string> paths;
  if (cl.data_files.empty() || cl.with_default) paths.push_back(DefaultTimelinePath());
  paths.insert(paths.end(), cl.data_files.begin(), cl.data_files.end());
  for (const std::string& path : paths) {
    std::string snapshot, error;
    if (!ReadFile(path, &snapshot, &error)) return Fail(error);
    const Status status = *checker ? (*checker)->AddTimeline(std::move(snapshot))
                                   : Checker::Load(std::move(snapshot), checker);
    if (!status.ok()) return Fail(path + ": " + status.message());
  }
  return kExitOk;
}

// "12,000 of 100,000 articles · 850 a second · ETA 1m 43s", redrawn on one
// line of a terminal.
class Progress {
 public:
  Progress(uint64_t total_bytes) : total_(total_bytes), on_(isatty(STDERR_FILENO) == 1),
                                   start_(std::chrono::steady_clock::now()) {}
  void Update(uint64_t lines, uint64_t bytes, bool last = false) {
    if (!on_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!last && now - drawn_ < std::chrono::milliseconds(200)) return;
    drawn_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? lines / seconds : 0;
    std::string line = "\r" + std::to_string(lines) + " articles";
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, " · %.0f a second · %.1f MB/s", rate,
                  seconds > 0 ? bytes / seconds / 1e6 : 0.0);
    line += buffer;
    if (total_ > 0 && bytes > 0 && !last) {
      const double eta = seconds * (static_cast<double>(total_) - bytes) / bytes;
      std::snprintf(buffer, sizeof buffer, " · %d%% · ETA %.0fs", static_cast<int>(100.0 * bytes / total_), eta);
      line += buffer;
    }
    std::cerr << line << (last ? "\n" : "   ") << std::flush;
  }

 private:
  uint64_t total_;
  bool on_;
  std::chrono::steady_clock::time_point start_, drawn_;
};

// --jsonl: one article per line, checked on every core, printed in order.
int RunBatch(const CommandLine& cl, const Checker& checker) {
  std::ifstream file;
  std::istream* in = &std::cin;
  uint64_t total_bytes = 0;
  if (cl.input != "-") {
    std::error_code ec;
    if (fs::is_directory(cl.input, ec)) return Fail(cl.input + ": is a directory, not a file");
    file.open(cl.input, std::ios::binary);
    if (!file) return Fail(cl.input + ": cannot open (" + std::string(std::strerror(errno)) + ")");
    total_bytes = fs::file_size(cl.input, ec);
    in = &file;
  }
  const unsigned jobs = cl.jobs > 0 ? static_cast<unsigned>(cl.jobs)
                                    : std::max(1u, std::thread::hardware_concurrency());
  // Lines go out in batches: read a batch, check it on `jobs` threads,
  // print it in input order, read the next.
  constexpr size_t kBatch = 512;
  std::vector<std::string> lines, outputs;
  uint64_t line_number = 0, done = 0, bytes = 0;
  Progress progress(total_bytes);
  std::string line;
  bool more = true;
  while (more) {
    lines.clear();
    while (lines.size() < kBatch && (more = static_cast<bool>(std::getline(*in, line)))) {
      bytes += line.size() + 1;
      lines.push_back(std::move(line));
    }
    outputs.assign(lines.size(), std::string());
    std::atomic<size_t> next{0};
    auto work = [&]() {
      for (size_t i; (i = next.fetch_add(1)) < lines.size();) {
        outputs[i] = CheckBatchLine(checker, lines[i], line_number + i + 1);
      }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs && t < lines.size(); ++t) threads.emplace_back(work);
    work();
    for (std::thread& t : threads) t.join();
    for (const std::string& out : outputs) {
      if (out.empty()) continue;
      std::cout << out << '\n';
      ++done;
    }
    line_number += lines.size();
    progress.Update(done, bytes);
  }
  progress.Update(done, bytes, true);
  return std::cout.flush() ? kExitOk : Fail("cannot write standard output");
}

int RunCheck(const CommandLine& cl) {
  if (!cl.out.empty()) {
    return Fail("--out writes an annotated copy of a saved page; the Node CLI does that "
                "(node web/cli/factmark.js check PAGE.html --out COPY.html)",
                kExitUsage);
  }
  std::unique_ptr<Checker> checker;
  if (const int code = LoadChecker(cl, &checker); code != kExitOk) return code;
  if (cl.jsonl) return RunBatch(cl, *checker);
  std::string text, error;
  if (!ReadFile(cl.input, &text, &error)) return Fail(error);
  std::string report;
  const Status status = checker->Check(text, cl.options, cl.format, &report);
  return PrintReport(cl, status, report);
}

int RunStats(const CommandLine& cl) {
  std::unique_ptr<Checker> checker;
  if (const int code = LoadChecker(cl, &checker); code != kExitOk) return code;
  std::cout << checker->Stats(cl.format);
  if (cl.format == ReportFormat::kJson) std::cout << "\n";
  return std::cout.flush() ? kExitOk : Fail("cannot write standard output");
}

int RunDates(const CommandLine& cl) {
  std::string text, error, report;
  if (!ReadFile(cl.input, &text, &error)) return Fail(error);
  return PrintReport(cl, FindTemporalExpressions(text, cl.options, cl.format, &report),
                     report);
}

int RunCompileData(const CommandLine& cl) {
  std::vector<SourceFile> files;
  for (const std::string& dir : cl.source_dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return Fail(dir + ": not a directory");
    std::vector<std::string> paths;
    for (fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec;
         it.increment(ec)) {
      if (it->is_regular_file(ec) && IsTimelineSourcePath(it->path().string())) {
        paths.push_back(it->path().string());
      }
    }
    if (ec) return Fail(dir + ": " + ec.message());
    std::sort(paths.begin(), paths.end());  // the same snapshot on every run
    for (const std::string& path : paths) {
      SourceFile file{path, {}};
      std::string error;
      if (!ReadFile(path, &file.contents, &error)) return Fail(error);
      files.push_back(std::move(file));
    }
  }
  std::string snapshot;
  const Status status = CompileTimeline(files, &snapshot);
  if (!status.ok()) {
    return Fail("the timeline sources were refused:\n" + status.message());
  }
  // Write beside the target and rename, so a reader never sees half a file.
  const std::string temp = cl.output + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(snapshot.data(), static_cast<std::streamsize>(snapshot.size()));
    if (!out.flush()) return Fail(temp + ": cannot write");
  }
  std::error_code ec;
  fs::rename(temp, cl.output, ec);
  if (ec) return Fail(cl.output + ": " + ec.message());
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  CommandLine cl;
  const Status status = ParseCommandLine(args, &cl);
  if (!status.ok()) return Fail(status.message(), kExitUsage);
  switch (cl.command) {
    case CommandLine::Command::kHelp:
      std::cout << UsageText();
      return kExitOk;
    case CommandLine::Command::kVersion:
      std::cout << VersionText() << "\n";
      return kExitOk;
    case CommandLine::Command::kCheck:
      return RunCheck(cl);
    case CommandLine::Command::kCompileData:
      return RunCompileData(cl);
    case CommandLine::Command::kDates:
      return RunDates(cl);
    case CommandLine::Command::kStats:
      return RunStats(cl);
  }
  return kExitUsage;
}
