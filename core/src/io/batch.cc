#include "factmark/batch.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "io/json.h"

namespace factmark {
namespace {

std::string ErrorLine(const std::string& id_json, uint64_t line_number, std::string_view code,
                      std::string_view message) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("id");
  w.RawValue(id_json.data(), id_json.size(), rapidjson::kStringType);
  w.Key("line");
  w.Uint64(line_number);
  w.Key("error");
  w.StartObject();
  w.Key("code");
  WriteJsonString(&w, code);
  w.Key("message");
  WriteJsonString(&w, message);
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace

std::string CheckBatchLine(const Checker& checker, std::string_view line, uint64_t line_number) {
  line = Trim(line);
  if (line.empty()) return {};
  rapidjson::Document doc;
  doc.Parse(line.data(), line.size());
  if (doc.HasParseError()) {
    return ErrorLine("null", line_number, "invalid-input",
                     "not JSON at byte " + std::to_string(doc.GetErrorOffset()) + " of the line: " +
                         rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject()) {
    return ErrorLine("null", line_number, "invalid-input",
                     "each line must be a JSON object with \"id\" and \"text\"");
  }
  // The id as given (a string or a number), echoed exactly.
  std::string id_json = "null";
  const auto id = doc.FindMember("id");
  if (id != doc.MemberEnd()) {
    if (!id->value.IsString() && !id->value.IsNumber()) {
      return ErrorLine("null", line_number, "invalid-input", "\"id\" must be a string or a number");
    }
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    id->value.Accept(w);
    id_json.assign(buffer.GetString(), buffer.GetSize());
  } else {
    return ErrorLine("null", line_number, "invalid-input", "the line has no \"id\"");
  }
  CheckOptions options;
  const auto published = doc.FindMember("published");
  if (published != doc.MemberEnd() && !published->value.IsNull()) {
    if (!published->value.IsString()) {
      return ErrorLine(id_json, line_number, "invalid-input",
                       "\"published\" must be a YYYY-MM-DD string or null");
    }
    options.published.assign(published->value.GetString(), published->value.GetStringLength());
  }
  const auto text = doc.FindMember("text");
  if (text == doc.MemberEnd()) {
    const bool html = doc.HasMember("html");
    return ErrorLine(id_json, line_number, html ? "unsupported-input" : "invalid-input",
                     html ? "\"html\" is read by the Node CLI (node web/cli/factmark.js), which "
                            "finds the article in the page; this program reads \"text\""
                          : "the line has no \"text\"");
  }
  if (!text->value.IsString()) {
    return ErrorLine(id_json, line_number, "invalid-input", "\"text\" must be a string");
  }
  std::string result;
  const Status status =
      checker.Check(std::string_view(text->value.GetString(), text->value.GetStringLength()),
                    options, ReportFormat::kJson, &result);
  if (!status.ok()) return ErrorLine(id_json, line_number, status.code_name(), status.message());
  // {"id": ..., then the result's own members.
  return "{\"id\":" + id_json + "," + result.substr(1);
}

}  // namespace factmark
