// The command line shared by the native `factmark` program and the Node CLI,
// parsed in one place so both accept exactly the same arguments.
#ifndef FACTMARK_COMMAND_LINE_H_
#define FACTMARK_COMMAND_LINE_H_

#include <string>
#include <vector>

#include "factmark/checker.h"
#include "factmark/status.h"

namespace factmark {

// Exit codes of both CLIs.
enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,  // the input, the timeline or an output could not be used
  kExitUsage = 2,    // the command line itself is wrong
};

struct CommandLine {
  enum class Command { kHelp, kVersion, kCheck, kCompileData, kDates, kStats };
  Command command = Command::kHelp;

  // check, dates and stats
  CheckOptions options;
  ReportFormat format = ReportFormat::kJson;  // stats: kText unless --format json
  // --data FILE, as often as wanted: these timelines instead of the default,
  // or beside it with --with-default.
  std::vector<std::string> data_files;
  bool with_default = false;
  std::string input;  // FILE, or "-" for standard input
  bool jsonl = false;  // check: the input is JSON Lines, one article a line
  int jobs = 0;        // --jsonl: worker threads; 0 for one per core
  std::string out;     // check (Node CLI): write an annotated copy of a saved page

  // compile-data
  std::vector<std::string> source_dirs;
  std::string output;  // -o FILE
};

// Parses the arguments after the program name. Errors are kInvalidArgument
// with a message that says what to type instead.
Status ParseCommandLine(const std::vector<std::string>& args, CommandLine* out);

// The parsed command line as JSON, for the Node CLI: {"command": "check",
// "published": "", "format": "json", "data": [], "withDefault": false,
// "input": "-", "sources": [], "output": ""}.
std::string CommandLineJson(const CommandLine& command_line);

// The text printed by `factmark --help`.
std::string UsageText();

// The version printed by `factmark --version`.
std::string VersionText();

}  // namespace factmark

#endif  // FACTMARK_COMMAND_LINE_H_
