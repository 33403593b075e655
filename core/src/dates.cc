#include "factmark/dates.h"


#include "io/json.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "text_input.h"
#include "time/temporal_tagger.h"

namespace factmark {
Status FindTemporalExpressions(std::string_view text, const CheckOptions& options,
                               ReportFormat format, std::string* out) {
  PublishedDate published;
  Status status = ValidateTextInput(text, options, &published);
  if (!status.ok()) return status;
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<SentenceSpan> sentences = SplitSentences(text, tokens);
  const std::vector<TemporalExpression> expressions =
      TagTemporalExpressions(text, tokens, sentences, published);

  if (format == ReportFormat::kText) {
    out->clear();
    *out += "factmark: " + std::to_string(expressions.size()) +
            (expressions.size() == 1 ? " expression" : " expressions") +
            "; published date: " +
            (options.published.empty() ? std::string("unknown") : options.published) + "\n";
    Utf16OffsetCursor utf16(text);
    for (const TemporalExpression& e : expressions) {
      const uint32_t begin = tokens[e.first_token].begin;
      const uint32_t end = tokens[e.end_token - 1].end;
      const uint32_t start16 = utf16.ToUtf16(begin);
      *out += std::to_string(start16) + "-" + std::to_string(utf16.ToUtf16(end)) + "\t" +
              std::string(TimexTypeName(e.type)) + "\t" + e.value +
              (e.mod == TimexMod::kNone ? "" : "\t" + std::string(TimexModName(e.mod))) +
              "\t\u201C" + std::string(text.substr(begin, end - begin)) + "\u201D (" +
              std::string(AnchorName(e.anchor)) + ")\n";
    }
    return Status::Ok();
  }

  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("published");
  if (options.published.empty()) {
    w.Null();
  } else {
    WriteJsonString(&w, options.published);
  }
  w.Key("expressions");
  w.StartArray();
  Utf16OffsetCursor utf16(text);
  for (const TemporalExpression& e : expressions) {
    const uint32_t begin = tokens[e.first_token].begin;
    const uint32_t end = tokens[e.end_token - 1].end;
    w.StartObject();
    w.Key("start");
    w.Uint(utf16.ToUtf16(begin));
    w.Key("end");
    w.Uint(utf16.ToUtf16(end));
    w.Key("text");
    WriteJsonString(&w, text.substr(begin, end - begin));
    w.Key("type");
    WriteJsonString(&w, TimexTypeName(e.type));
    w.Key("value");
    WriteJsonString(&w, e.value);
    w.Key("mod");
    if (e.mod == TimexMod::kNone) {
      w.Null();
    } else {
      WriteJsonString(&w, TimexModName(e.mod));
    }
    w.Key("anchor");
    WriteJsonString(&w, AnchorName(e.anchor));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out->assign(buffer.GetString(), buffer.GetSize());
  return Status::Ok();
}

}  // namespace factmark
