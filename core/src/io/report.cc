#include "io/report.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "data/event_type.h"
#include "text/utf8.h"

namespace factmark {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void String(JsonWriter* w, std::string_view s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void Key(JsonWriter* w, std::string_view s) {
  w->Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// Bytes of context shown on each side of a claim in the text report.
constexpr size_t kContext = 60;

// Terminal columns of UTF-8 text, counting one per code point.
size_t Columns(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string WriteResultJson(const CheckReport& report) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  const Timeline& timeline = *report.timeline;
  w.StartObject();
  Key(&w, "published");
  if (report.published.empty()) {
    w.Null();
  } else {
    String(&w, report.published);
  }
  Key(&w, "dataset");
  w.StartObject();
  Key(&w, "name");
  String(&w, timeline.name());
  Key(&w, "version");
  String(&w, timeline.version());
  Key(&w, "events");
  w.Uint(timeline.event_count());
  w.EndObject();

  Key(&w, "claims");
  w.StartArray();
  Utf16OffsetCursor utf16(report.text);
  for (const Claim& claim : *report.claims) {
    w.StartObject();
    Key(&w, "start");
    w.Uint(utf16.ToUtf16(claim.begin));
    Key(&w, "end");
    w.Uint(utf16.ToUtf16(claim.end));
    Key(&w, "text");
    String(&w, report.text.substr(claim.begin, claim.end - claim.begin));
    Key(&w, "kind");
    String(&w, ClaimKindName(claim.kind));
    Key(&w, "verdict");
    String(&w, VerdictName(claim.verdict));
    Key(&w, "claimed");
    if (claim.has_claimed) {
      w.StartObject();
      Key(&w, "value");
      String(&w, FormatIsoDate(claim.claimed));
      Key(&w, "precision");
      String(&w, PrecisionName(claim.claimed.precision));
      w.EndObject();
    } else {
      w.Null();
    }
    Key(&w, "evidence");
    w.StartArray();
    for (uint32_t index : claim.evidence) {
      const Timeline::Event e = timeline.event(index);
      w.StartObject();
      Key(&w, "id");
      String(&w, e.id);
      Key(&w, "type");
      String(&w, EventTypeName(e.type));
      Key(&w, "date");
      String(&w, FormatIsoDate(e.date));
      Key(&w, "summary");
      String(&w, e.summary);
      Key(&w, "source");
      String(&w, e.sources.empty() ? std::string_view() : timeline.source(e.sources.begin));
      w.EndObject();
    }
    w.EndArray();
    Key(&w, "explanation");
    String(&w, claim.explanation);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string WriteTextReport(const CheckReport& report) {
  const Timeline& timeline = *report.timeline;
  std::string out;
  out += "factmark: " + std::to_string(report.claims->size()) +
         (report.claims->size() == 1 ? " claim" : " claims") + " checked against " +
         std::string(timeline.name()) + " " + std::string(timeline.version()) + " (" +
         std::to_string(timeline.event_count()) + " events); published date: " +
         (report.published.empty() ? std::string("unknown") : std::string(report.published)) +
         "\n";
  for (const Claim& claim : *report.claims) {
    // The claim in its line (cut to some context), underlined beneath.
    const std::string_view text = report.text;
    size_t line_begin = claim.begin == 0 ? std::string_view::npos
                                         : text.rfind('\n', claim.begin - 1);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    size_t line_end = text.find('\n', claim.end);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t from = claim.begin - line_begin > kContext ? claim.begin - kContext : line_begin;
    while ((static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
    size_t to = line_end - claim.end > kContext ? claim.end + kContext : line_end;
    while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) --to;
    const std::string lead = from > line_begin ? "..." : "";
    const std::string_view before = text.substr(from, claim.begin - from);
    const std::string_view quoted = text.substr(claim.begin, claim.end - claim.begin);
    out += "\n[" + std::string(VerdictName(claim.verdict)) + "] " +
           std::string(ClaimKindName(claim.kind)) + "\n";
    out += "  " + lead + std::string(text.substr(from, to - from)) +
           (to < line_end ? "..." : "") + "\n";
    out += "  " + std::string(lead.size() + Columns(before), ' ') +
           std::string(Columns(quoted), '^') + "\n";
    out += "  " + claim.explanation + "\n";
    for (uint32_t index : claim.evidence) {
      const Timeline::Event e = timeline.event(index);
      out += "  evidence: " + FormatIsoDate(e.date) + " " + std::string(e.summary);
      if (!e.sources.empty()) out += " <" + std::string(timeline.source(e.sources.begin)) + ">";
      out += "\n";
    }
  }
  return out;
}

}  // namespace factmark
