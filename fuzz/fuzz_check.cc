// check() on arbitrary bytes, with arbitrary published dates and both
// formats, against the default timeline. Beyond not crashing, the JSON it
// writes must parse and keep its promises: claim offsets inside the text (in
// UTF-16 units), and evidence behind every verdict that is not unverifiable.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "factmark/checker.h"
#include "fuzz_input.h"
#include "rapidjson/document.h"
#include "text/utf8.h"

namespace {

std::unique_ptr<factmark::Checker> checker;

void CheckResultJson(const std::string& json, std::string_view text) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) factmark::fuzz::Fail("check() wrote JSON that does not parse");
  if (!doc.HasMember("claims") || !doc["claims"].IsArray()) factmark::fuzz::Fail("no claims array");
  const size_t length = factmark::Utf16OffsetCursor(text).ToUtf16(text.size());
  for (const auto& claim : doc["claims"].GetArray()) {
    const uint64_t start = claim["start"].GetUint64();
    const uint64_t end = claim["end"].GetUint64();
    if (start > end || end > length) factmark::fuzz::Fail("a claim's offsets fall outside the text");
    const std::string verdict = claim["verdict"].GetString();
    if (verdict != "supported" && verdict != "contradicted" && verdict != "unverifiable") {
      factmark::fuzz::Fail("a verdict outside the documented three");
    }
    if (verdict != "unverifiable" && claim["evidence"].GetArray().Empty()) {
      factmark::fuzz::Fail("a verdict with no evidence");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const factmark::Status status = factmark::Checker::Load(
      factmark::fuzz::ReadFileOrDie(FACTMARK_WORLD_SNAPSHOT), &checker);
  if (!status.ok()) factmark::fuzz::Fail("the default timeline does not load");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const factmark::fuzz::CheckInput in = factmark::fuzz::ReadCheckInput(data, size);
  std::string out;
  const factmark::Status status = checker->Check(in.text, in.options, in.format, &out);
  if (status.ok() && in.format == factmark::ReportFormat::kJson) CheckResultJson(out, in.text);
  if (!status.ok() && status.message().empty()) factmark::fuzz::Fail("an error with no message");
  if (status.ok() && factmark::FindInvalidUtf8(in.text) != std::string_view::npos) {
    factmark::fuzz::Fail("invalid UTF-8 was checked");
  }
  return 0;
}
