#include "io/report.h"


#include "data/event_type.h"
#include "io/json.h"
#include "text/utf8.h"

namespace factmark {
namespace {

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
  const Timeline& first = *report.timelines.front();
  w.StartObject();
  WriteJsonKey(&w, "published");
  if (report.published.empty()) {
    w.Null();
  } else {
    WriteJsonString(&w, report.published);
  }
  // "dataset" is the first timeline; "datasets" lists every one loaded.
  auto write_dataset = [&w](const Timeline& t) {
    w.StartObject();
    WriteJsonKey(&w, "name");
    WriteJsonString(&w, t.name());
    WriteJsonKey(&w, "version");
    WriteJsonString(&w, t.version());
    WriteJsonKey(&w, "events");
    w.Uint(t.event_count());
    WriteJsonKey(&w, "coverage_end");
    WriteJsonString(&w, FormatIsoDate(PartialDate{CivilFromDays(t.coverage_end()),
                                                  Precision::kDay}));
    w.EndObject();
  };
  WriteJsonKey(&w, "dataset");
  write_dataset(first);
  WriteJsonKey(&w, "datasets");
  w.StartArray();
  for (const Timeline* t : report.timelines) write_dataset(*t);
  w.EndArray();

  WriteJsonKey(&w, "claims");
  w.StartArray();
  Utf16OffsetCursor utf16(report.text);
  for (const Claim& claim : *report.claims) {
    w.StartObject();
    WriteJsonKey(&w, "start");
    w.Uint(utf16.ToUtf16(claim.begin));
    WriteJsonKey(&w, "end");
    w.Uint(utf16.ToUtf16(claim.end));
    WriteJsonKey(&w, "text");
    WriteJsonString(&w, ClaimText(report.text, claim));
    WriteJsonKey(&w, "kind");
    WriteJsonString(&w, ClaimKindName(claim.kind));
    WriteJsonKey(&w, "verdict");
    WriteJsonString(&w, VerdictName(claim.verdict));
    WriteJsonKey(&w, "claimed");
    if (claim.has_claimed) {
      w.StartObject();
      WriteJsonKey(&w, "value");
      WriteJsonString(&w, FormatIsoDate(claim.claimed));
      WriteJsonKey(&w, "precision");
      WriteJsonString(&w, PrecisionName(claim.claimed.precision));
      w.EndObject();
    } else {
      w.Null();
    }
    WriteJsonKey(&w, "evidence");
    w.StartArray();
    const Timeline& timeline = *report.timelines[claim.timeline];
    for (uint32_t index : claim.evidence) {
      const Timeline::Event e = timeline.event(index);
      w.StartObject();
      WriteJsonKey(&w, "id");
      WriteJsonString(&w, e.id);
      WriteJsonKey(&w, "type");
      WriteJsonString(&w, EventTypeName(e.type));
      WriteJsonKey(&w, "date");
      WriteJsonString(&w, FormatIsoDate(e.date));
      WriteJsonKey(&w, "summary");
      WriteJsonString(&w, e.summary);
      WriteJsonKey(&w, "source");
      WriteJsonString(&w, e.sources.empty() ? std::string_view() : timeline.source(e.sources.begin));
      WriteJsonKey(&w, "dataset");
      WriteJsonString(&w, timeline.name());
      w.EndObject();
    }
    w.EndArray();
    WriteJsonKey(&w, "explanation");
    WriteJsonString(&w, claim.explanation);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string WriteTextReport(const CheckReport& report) {
  std::string out;
  std::string against;
  for (const Timeline* t : report.timelines) {
    if (!against.empty()) against += " and ";
    against += std::string(t->name()) + " " + std::string(t->version()) + " (" +
               std::to_string(t->event_count()) + " events)";
  }
  out += "factmark: " + std::to_string(report.claims->size()) +
         (report.claims->size() == 1 ? " claim" : " claims") + " checked against " +
         against + "; published date: " +
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
    const std::string_view quoted = ClaimText(text, claim);
    out += "\n[" + std::string(VerdictName(claim.verdict)) + "] " +
           std::string(ClaimKindName(claim.kind)) + "\n";
    out += "  " + lead + std::string(text.substr(from, to - from)) +
           (to < line_end ? "..." : "") + "\n";
    out += "  " + std::string(lead.size() + Columns(before), ' ') +
           std::string(Columns(quoted), '^') + "\n";
    out += "  " + claim.explanation + "\n";
    const Timeline& timeline = *report.timelines[claim.timeline];
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
