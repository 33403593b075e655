#include "factmark/command_line.h"

#include <cstdlib>

#include "io/json.h"

namespace factmark {

#ifndef FACTMARK_VERSION
#define FACTMARK_VERSION "0.0.0"
#endif

std::string VersionText() { return "factmark " FACTMARK_VERSION; }

std::string UsageText() {
  return "usage:\n"
         "  factmark check [--published YYYY-MM-DD] [--data FILE]... [--with-default]\n"
         "                 [--format json|text] FILE|-\n"
         "      Check the dated claims of a UTF-8 text file (- reads standard input)\n"
         "      and print the result JSON or a text report. --data loads a compiled\n"
         "      timeline instead of the default (give it more than once for several);\n"
         "      --with-default keeps the default beside them.\n"
         "  factmark check --jsonl [--jobs N] [--data FILE]... FILE|-\n"
         "      Check one article per line of JSON Lines ({\"id\", \"published\",\n"
         "      \"text\"}; the Node CLI also reads \"html\") on every core, and print\n"
         "      one result line per input line, in order; a bad line gives an error\n"
         "      line for its id and the run goes on.\n"
         "  factmark check PAGE.html --out COPY.html [--published YYYY-MM-DD]\n"
         "      (Node CLI) Write a saved page's annotated copy that opens offline.\n"
         "  factmark dates [--published YYYY-MM-DD] [--format json|text] FILE|-\n"
         "      List the dates, times, durations and sets in a text, normalized.\n"
         "  factmark compile-data DIR... -o FILE\n"
         "      Validate the timeline sources in DIR and write a snapshot.\n"
         "  factmark stats [--data FILE]... [--with-default] [--format text|json]\n"
         "      Count a timeline's records by type, country and decade.\n"
         "  factmark --help | --version\n"
         "\n"
         "exit codes: 0 success, 1 the input or the timeline could not be used,\n"
         "2 the command line is wrong.\n";
}

namespace {

Status Usage(const std::string& problem) {
  return Status::InvalidArgument(problem + " (see `factmark --help`)");
}

// Reads the value of an option given as "--name VALUE" or "--name=VALUE".
bool OptionValue(const std::vector<std::string>& args, size_t* i,
                 const std::string& name, std::string* value, Status* error) {
  const std::string& arg = args[*i];
  if (arg == name) {
    if (*i + 1 >= args.size()) {
      *error = Usage(name + " needs a value");
      return true;
    }
    *value = args[++*i];
    return true;
  }
  if (arg.rfind(name + "=", 0) == 0) {
    *value = arg.substr(name.size() + 1);
    return true;
  }
  return false;
}

Status ParseCheck(const std::vector<std::string>& args, CommandLine* out) {
  const bool dates = out->command == CommandLine::Command::kDates;
  const bool stats = out->command == CommandLine::Command::kStats;
  const bool check = out->command == CommandLine::Command::kCheck;
  if (stats) out->format = ReportFormat::kText;
  bool have_input = false;
  for (size_t i = 1; i < args.size(); ++i) {
    Status error;
    std::string value;
    if (!stats && OptionValue(args, &i, "--published", &value, &error)) {
      if (!error.ok()) return error;
      out->options.published = value;
    } else if (OptionValue(args, &i, "--data", &value, &error)) {
      if (!error.ok()) return error;
      if (dates) return Usage("dates needs no timeline; drop --data");
      if (value.empty()) return Usage("--data needs a FILE");
      out->data_files.push_back(value);
    } else if (!dates && args[i] == "--with-default") {
      out->with_default = true;
    } else if (check && args[i] == "--jsonl") {
      out->jsonl = true;
    } else if (check && OptionValue(args, &i, "--jobs", &value, &error)) {
      if (!error.ok()) return error;
      char* end = nullptr;
      const long jobs = std::strtol(value.c_str(), &end, 10);
      if (value.empty() || *end != '\0' || jobs < 1 || jobs > 256) {
        return Usage("--jobs must be a number from 1 to 256, not \"" + value + "\"");
      }
      out->jobs = static_cast<int>(jobs);
    } else if (check && OptionValue(args, &i, "--out", &value, &error)) {
      if (!error.ok()) return error;
      if (value.empty()) return Usage("--out needs a FILE");
      out->out = value;
    } else if (OptionValue(args, &i, "--format", &value, &error)) {
      if (!error.ok()) return error;
      if (value == "json") {
        out->format = ReportFormat::kJson;
      } else if (value == "text") {
        out->format = ReportFormat::kText;
      } else {
        return Usage("--format must be json or text, not \"" + value + "\"");
      }
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      return Usage("unknown option " + args[i]);
    } else if (stats) {
      return Usage("stats takes no FILE; name timelines with --data");
    } else if (have_input) {
      return Usage(std::string(dates ? "dates" : "check") +
                   " takes one FILE (or - for standard input)");
    } else {
      out->input = args[i];
      have_input = true;
    }
  }
  if (out->with_default && out->data_files.empty()) {
    return Usage("--with-default goes with --data FILE (the default is loaded anyway)");
  }
  if (out->jsonl && out->format != ReportFormat::kJson) {
    return Usage("--jsonl writes JSON Lines; drop --format text");
  }
  if (out->jsonl && !out->options.published.empty()) {
    return Usage("--jsonl takes each article's date from its line; drop --published");
  }
  if (out->jsonl && !out->out.empty()) return Usage("--out writes one page; drop --jsonl");
  if (out->jobs != 0 && !out->jsonl) return Usage("--jobs goes with --jsonl");
  if (!have_input && !stats) {
    return Usage(std::string(dates ? "dates" : "check") +
                 " needs a FILE to read (or - for standard input)");
  }
  return Status::Ok();
}

Status ParseCompileData(const std::vector<std::string>& args, CommandLine* out) {
  for (size_t i = 1; i < args.size(); ++i) {
    Status error;
    std::string value;
    if (OptionValue(args, &i, "-o", &value, &error) ||
        OptionValue(args, &i, "--output", &value, &error)) {
      if (!error.ok()) return error;
      out->output = value;
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      return Usage("unknown option " + args[i]);
    } else {
      out->source_dirs.push_back(args[i]);
    }
  }
  if (out->source_dirs.empty()) return Usage("compile-data needs a source DIR");
  if (out->output.empty()) return Usage("compile-data needs -o FILE");
  return Status::Ok();
}

}  // namespace

std::string CommandLineJson(const CommandLine& cl) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  static constexpr const char* kCommands[] = {"help",  "version", "check",
                                              "compile-data", "dates", "stats"};
  w.StartObject();
  w.Key("command");
  w.String(kCommands[static_cast<int>(cl.command)]);
  w.Key("published");
  w.String(cl.options.published);
  w.Key("format");
  w.String(cl.format == ReportFormat::kJson ? "json" : "text");
  w.Key("data");
  w.StartArray();
  for (const std::string& file : cl.data_files) w.String(file);
  w.EndArray();
  w.Key("withDefault");
  w.Bool(cl.with_default);
  w.Key("input");
  w.String(cl.input);
  w.Key("sources");
  w.StartArray();
  for (const std::string& dir : cl.source_dirs) w.String(dir);
  w.EndArray();
  w.Key("output");
  w.String(cl.output);
  w.Key("jsonl");
  w.Bool(cl.jsonl);
  w.Key("jobs");
  w.Int(cl.jobs);
  w.Key("out");
  w.String(cl.out);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

Status ParseCommandLine(const std::vector<std::string>& args, CommandLine* out) {
  *out = CommandLine();
  if (args.empty()) return Usage("no command given");
  const std::string& command = args[0];
  if (command == "--help" || command == "-h" || command == "help") {
    out->command = CommandLine::Command::kHelp;
    return Status::Ok();
  }
  if (command == "--version") {
    out->command = CommandLine::Command::kVersion;
    return Status::Ok();
  }
  if (command == "check") {
    out->command = CommandLine::Command::kCheck;
    return ParseCheck(args, out);
  }
  if (command == "dates") {
    out->command = CommandLine::Command::kDates;
    return ParseCheck(args, out);
  }
  if (command == "stats") {
    out->command = CommandLine::Command::kStats;
    return ParseCheck(args, out);
  }
  if (command == "compile-data") {
    out->command = CommandLine::Command::kCompileData;
    return ParseCompileData(args, out);
  }
  return Usage("unknown command \"" + command + "\"");
}

}  // namespace factmark
