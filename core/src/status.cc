#include "factmark/status.h"

#include "io/json.h"

namespace factmark {

std::string_view Status::code_name() const {
  switch (code_) {
    case Code::kOk:
      return "ok";
    case Code::kInvalidArgument:
      return "invalid-argument";
    case Code::kInvalidInput:
      return "invalid-input";
    case Code::kInvalidData:
      return "invalid-data";
    case Code::kCorruptData:
      return "corrupt-data";
  }
  return "unknown";
}

std::string ErrorJson(const Status& status) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("error");
  w.StartObject();
  w.Key("code");
  WriteJsonString(&w, status.code_name());
  w.Key("message");
  WriteJsonString(&w, status.message());
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace factmark
