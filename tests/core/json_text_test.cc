#include "io/json_text.h"

#include <gtest/gtest.h>

#include <string>

#include "io/json.h"

namespace factmark {
namespace {

// What RapidJSON's writer makes of a string: JsonText must write the same.
std::string RapidJsonString(std::string_view s) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  WriteJsonString(&w, s);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string JsonTextString(std::string_view s) {
  std::string out;
  JsonText json(&out);
  json.Room(JsonText::StringRoom(s));
  json.String(s);
  json.Finish();
  return out;
}

TEST(JsonTextTest, EscapesEveryAsciiByteAsRapidJsonDoes) {
  for (int c = 0; c < 0x80; ++c) {
    const std::string s = std::string("a") + static_cast<char>(c) + "b";
    EXPECT_EQ(JsonTextString(s), RapidJsonString(s)) << "byte " << c;
  }
}

TEST(JsonTextTest, KeepsUtf8AndFillsTheWorstCaseRoom) {
  EXPECT_EQ(JsonTextString("4\u20136 June \u201990s"), "\"4\u20136 June \u201990s\"");
  // Every byte an escape: 6 bytes each, the most StringRoom allows for.
  const std::string controls(100, '\x01');
  EXPECT_EQ(JsonTextString(controls), RapidJsonString(controls));
  EXPECT_EQ(JsonTextString(controls).size(), JsonText::StringRoom(controls));
}

TEST(JsonTextTest, WritesNumbersNullAndGrowsAcrossCalls) {
  std::string out = "left over";
  {
    JsonText json(&out);
    json.Room(1);
    json.Raw("[");
    for (int k = 0; k < 1000; ++k) {
      json.Room(64);
      json.Raw(k == 0 ? "" : ",").Uint(static_cast<uint64_t>(k) * 1000003u);
    }
    json.Room(32);
    json.Raw(",").Uint(0).Raw(",").Uint(UINT64_MAX).Raw(",").Null().Raw("]");
  }  // the destructor trims the output
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartArray();
  for (int k = 0; k < 1000; ++k) w.Uint64(static_cast<uint64_t>(k) * 1000003u);
  w.Uint64(0);
  w.Uint64(UINT64_MAX);
  w.Null();
  w.EndArray();
  EXPECT_EQ(out, std::string(buffer.GetString(), buffer.GetSize()));
}

}  // namespace
}  // namespace factmark
