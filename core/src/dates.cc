#include "factmark/dates.h"

#include "io/json_text.h"
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
              std::string(TimexTypeName(e.type)) + "\t" + std::string(e.value.view()) +
              (e.mod == TimexMod::kNone ? "" : "\t" + std::string(TimexModName(e.mod))) +
              "\t\u201C" + std::string(text.substr(begin, end - begin)) + "\u201D (" +
              std::string(AnchorName(e.anchor)) + ")\n";
    }
    return Status::Ok();
  }

  JsonText json(out);
  json.Room(64 + JsonText::StringRoom(options.published));
  json.Raw("{\"published\":");
  if (options.published.empty()) {
    json.Null();
  } else {
    json.String(options.published);
  }
  json.Raw(",\"expressions\":[");
  Utf16OffsetCursor utf16(text);
  for (size_t k = 0; k < expressions.size(); ++k) {
    const TemporalExpression& e = expressions[k];
    const uint32_t begin = tokens[e.first_token].begin;
    const uint32_t end = tokens[e.end_token - 1].end;
    const std::string_view span = text.substr(begin, end - begin);
    // Keys, punctuation and the fixed names take under 160 bytes.
    json.Room(160 + JsonText::StringRoom(span) + JsonText::StringRoom(e.value));
    json.Raw(k == 0 ? "{\"start\":" : ",{\"start\":").Uint(utf16.ToUtf16(begin));
    json.Raw(",\"end\":").Uint(utf16.ToUtf16(end));
    json.Raw(",\"text\":").String(span);
    json.Raw(",\"type\":").String(TimexTypeName(e.type));
    json.Raw(",\"value\":").String(e.value);
    json.Raw(",\"mod\":");
    if (e.mod == TimexMod::kNone) {
      json.Null();
    } else {
      json.String(TimexModName(e.mod));
    }
    json.Raw(",\"anchor\":").String(AnchorName(e.anchor)).Raw("}");
  }
  json.Room(2);
  json.Raw("]}");
  return Status::Ok();
}

}  // namespace factmark
