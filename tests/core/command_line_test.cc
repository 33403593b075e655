#include "factmark/command_line.h"

#include <gtest/gtest.h>

namespace factmark {
namespace {

TEST(CommandLine, ParsesCheck) {
  CommandLine cl;
  ASSERT_TRUE(ParseCommandLine({"check", "--published", "2025-07-28", "--data=x.timeline",
                                "--format", "text", "article.txt"},
                               &cl)
                  .ok());
  EXPECT_EQ(cl.command, CommandLine::Command::kCheck);
  EXPECT_EQ(cl.options.published, "2025-07-28");
  EXPECT_EQ(cl.data_files, (std::vector<std::string>{"x.timeline"}));
  EXPECT_FALSE(cl.with_default);
  EXPECT_EQ(cl.format, ReportFormat::kText);
  EXPECT_EQ(cl.input, "article.txt");
  ASSERT_TRUE(ParseCommandLine({"check", "-"}, &cl).ok());
  EXPECT_EQ(cl.input, "-");
  EXPECT_EQ(cl.format, ReportFormat::kJson);
  EXPECT_EQ(CommandLineJson(cl),
            R"({"command":"check","published":"","format":"json","data":[],"withDefault":false,)"
            R"("input":"-","sources":[],"output":"","jsonl":false,"jobs":0,"out":""})");
}

TEST(CommandLine, ParsesBatchAndSavedPageOptions) {
  CommandLine cl;
  ASSERT_TRUE(ParseCommandLine({"check", "--jsonl", "--jobs", "3", "archive.jsonl"}, &cl).ok());
  EXPECT_TRUE(cl.jsonl);
  EXPECT_EQ(cl.jobs, 3);
  ASSERT_TRUE(ParseCommandLine({"check", "page.html", "--out", "copy.html"}, &cl).ok());
  EXPECT_EQ(cl.out, "copy.html");
  // Each refusal says what to do instead.
  for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>>{
           {"check", "--jsonl", "--format", "text", "a.jsonl"},
           {"check", "--jsonl", "--published", "2025-01-01", "a.jsonl"},
           {"check", "--jsonl", "--out", "x.html", "a.jsonl"},
           {"check", "--jobs", "2", "a.txt"},
           {"check", "--jsonl", "--jobs", "0", "a.jsonl"},
           {"dates", "--jsonl", "a.txt"}}) {
    const Status status = ParseCommandLine(bad, &cl);
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument) << bad[1];
    EXPECT_NE(status.message().find("factmark --help"), std::string::npos) << status.message();
  }
}

TEST(CommandLine, ParsesSeveralTimelinesAndStats) {
  CommandLine cl;
  ASSERT_TRUE(ParseCommandLine({"check", "--data", "a.timeline", "--data=b.timeline",
                                "--with-default", "-"},
                               &cl)
                  .ok());
  EXPECT_EQ(cl.data_files, (std::vector<std::string>{"a.timeline", "b.timeline"}));
  EXPECT_TRUE(cl.with_default);
  ASSERT_TRUE(ParseCommandLine({"stats"}, &cl).ok());
  EXPECT_EQ(cl.command, CommandLine::Command::kStats);
  EXPECT_EQ(cl.format, ReportFormat::kText);
  ASSERT_TRUE(ParseCommandLine({"stats", "--data", "a.timeline", "--format", "json"}, &cl).ok());
  EXPECT_EQ(cl.format, ReportFormat::kJson);
  EXPECT_EQ(cl.data_files, (std::vector<std::string>{"a.timeline"}));
}

TEST(CommandLine, ParsesCompileData) {
  CommandLine cl;
  ASSERT_TRUE(ParseCommandLine({"compile-data", "a", "b", "-o", "out.timeline"}, &cl).ok());
  EXPECT_EQ(cl.source_dirs, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(cl.output, "out.timeline");
}

TEST(CommandLine, SaysWhatIsWrong) {
  CommandLine cl;
  auto message = [&](std::vector<std::string> args) {
    const Status s = ParseCommandLine(args, &cl);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
    return s.message();
  };
  EXPECT_NE(message({}).find("no command"), std::string::npos);
  EXPECT_NE(message({"chek"}).find("unknown command \"chek\""), std::string::npos);
  EXPECT_NE(message({"check"}).find("needs a FILE"), std::string::npos);
  EXPECT_NE(message({"check", "a", "b"}).find("one FILE"), std::string::npos);
  EXPECT_NE(message({"check", "--format", "xml", "a"}).find("json or text"), std::string::npos);
  EXPECT_NE(message({"check", "--published"}).find("needs a value"), std::string::npos);
  EXPECT_NE(message({"check", "--verbose", "a"}).find("unknown option --verbose"),
            std::string::npos);
  EXPECT_NE(message({"compile-data", "dir"}).find("-o FILE"), std::string::npos);
  EXPECT_NE(message({"check", "--with-default", "a"}).find("goes with --data"), std::string::npos);
  EXPECT_NE(message({"stats", "a"}).find("takes no FILE"), std::string::npos);
  EXPECT_NE(message({"dates", "--data", "x", "a"}).find("drop --data"), std::string::npos);
  EXPECT_NE(message({"chek"}).find("factmark --help"), std::string::npos);
}

}  // namespace
}  // namespace factmark
