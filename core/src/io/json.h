// RapidJSON writing with string_view, as every JSON factmark writes uses it.
#ifndef FACTMARK_IO_JSON_H_
#define FACTMARK_IO_JSON_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string_view>

namespace factmark {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

inline void WriteJsonString(JsonWriter* w, std::string_view s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

inline void WriteJsonKey(JsonWriter* w, std::string_view s) {
  w->Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

}  // namespace factmark

#endif  // FACTMARK_IO_JSON_H_
