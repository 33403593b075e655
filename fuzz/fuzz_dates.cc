// The temporal tagger alone on arbitrary bytes and published dates; its JSON
// must parse and its expressions lie inside the text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "factmark/dates.h"
#include "fuzz_input.h"
#include "rapidjson/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const factmark::fuzz::CheckInput in = factmark::fuzz::ReadCheckInput(data, size);
  std::string out;
  const factmark::Status status =
      factmark::FindTemporalExpressions(in.text, in.options, in.format, &out);
  if (!status.ok() || in.format != factmark::ReportFormat::kJson) return 0;
  rapidjson::Document doc;
  doc.Parse(out.data(), out.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc["expressions"].IsArray()) {
    factmark::fuzz::Fail("the tagger wrote JSON that does not parse");
  }
  // Each UTF-16 offset is at most the text's byte length (a unit per byte at most).
  for (const auto& e : doc["expressions"].GetArray()) {
    if (e["start"].GetUint64() > e["end"].GetUint64() || e["end"].GetUint64() > in.text.size()) {
      factmark::fuzz::Fail("an expression's offsets fall outside the text");
    }
  }
  return 0;
}
