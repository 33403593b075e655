// The native `factmark` program. Argument parsing, checking and reporting are
// the core's; this file only reads and writes files.
#include <unistd.h>

#include <algorithm>
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

int RunCheck(const CommandLine& cl) {
  std::unique_ptr<Checker> checker;
  if (const int code = LoadChecker(cl, &checker); code != kExitOk) return code;
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
