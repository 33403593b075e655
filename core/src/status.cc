#include "factmark/status.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

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
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("error");
  w.StartObject();
  w.Key("code");
  w.String(status.code_name().data(),
           static_cast<rapidjson::SizeType>(status.code_name().size()));
  w.Key("message");
  w.String(status.message().data(),
           static_cast<rapidjson::SizeType>(status.message().size()));
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace factmark
