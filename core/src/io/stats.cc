#include "io/stats.h"

#include <algorithm>
#include <map>
#include <set>

#include "data/timeline_model.h"
#include "io/json.h"

namespace factmark {
namespace {

struct Counts {
  std::map<std::string, uint32_t> entities_by_kind;
  std::map<std::string, uint32_t> events_by_type;
  std::map<std::string, uint32_t> events_by_country;  // by country name
  std::map<int, uint32_t> events_by_decade;           // 1950 for the 1950s
  uint32_t terms = 0, open_terms = 0, offices_with_terms = 0;
  int32_t first_day = 0, last_day = 0;
};

Counts Count(const Timeline& t) {
  Counts c;
  for (uint32_t i = 0; i < t.entity_count(); ++i) {
    ++c.entities_by_kind[std::string(EntityKindName(static_cast<EntityKind>(t.entity(i).kind)))];
  }
  // Each event's countries, from the participation index (by entity).
  std::vector<std::set<uint32_t>> countries(t.event_count());
  for (uint32_t entity = 0; entity < t.entity_count(); ++entity) {
    const IndexRange range = t.ParticipationsOf(entity);
    if (range.empty()) continue;
    std::set<uint32_t> of_entity;
    const Timeline::Entity e = t.entity(entity);
    auto add_office = [&](uint32_t office) {
      const uint32_t j = t.entity(office).jurisdiction;
      if (j != snapshot::kNone) of_entity.insert(j);
    };
    if (e.kind == static_cast<uint32_t>(EntityKind::kCountry)) of_entity.insert(entity);
    if (e.kind == static_cast<uint32_t>(EntityKind::kOffice)) add_office(entity);
    if (e.kind == static_cast<uint32_t>(EntityKind::kPerson)) {
      const IndexRange terms = t.TermsOfHolder(entity);
      for (uint32_t k = terms.begin; k < terms.end; ++k) {
        add_office(t.term(t.holder_term(k)).office);
      }
    }
    for (uint32_t r = range.begin; r < range.end; ++r) {
      countries[t.participation(r).event].insert(of_entity.begin(), of_entity.end());
    }
  }
  for (uint32_t i = 0; i < t.event_count(); ++i) {
    const Timeline::Event e = t.event(i);
    ++c.events_by_type[std::string(EventTypeName(e.type))];
    const int year = e.date.date.year;
    ++c.events_by_decade[year >= 0 ? year / 10 * 10 : (year - 9) / 10 * 10];
    if (e.place != snapshot::kNone &&
        t.entity(e.place).kind == static_cast<uint32_t>(EntityKind::kCountry)) {
      countries[i].insert(e.place);
    }
    bool any = false;
    for (uint32_t country : countries[i]) {
      if (t.entity(country).kind != static_cast<uint32_t>(EntityKind::kCountry)) continue;
      ++c.events_by_country[std::string(t.entity(country).name)];
      any = true;
    }
    if (!any) ++c.events_by_country["(no country)"];
    const int32_t first = e.date.first_day();
    const int32_t last = (e.has_end ? e.end : e.date).last_day();
    if (i == 0 || first < c.first_day) c.first_day = first;
    if (i == 0 || last > c.last_day) c.last_day = last;
  }
  c.terms = t.term_count();
  std::set<uint32_t> offices;
  for (uint32_t i = 0; i < t.term_count(); ++i) {
    const Timeline::Term term = t.term(i);
    offices.insert(term.office);
    c.open_terms += term.has_end ? 0 : 1;
  }
  c.offices_with_terms = static_cast<uint32_t>(offices.size());
  return c;
}

std::string Day(int32_t days) {
  return FormatIsoDate(PartialDate{CivilFromDays(days), Precision::kDay});
}

// Counts sorted from the largest, ties by name.
template <typename Key>
std::vector<std::pair<Key, uint32_t>> Largest(const std::map<Key, uint32_t>& counts) {
  std::vector<std::pair<Key, uint32_t>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

void WriteText(const Timeline& t, const Counts& c, std::string* out) {
  auto line = [out](const std::string& label, const std::string& value) {
    *out += "  " + label + std::string(label.size() < 22 ? 22 - label.size() : 1, ' ') + value + "\n";
  };
  *out += std::string(t.name()) + " " + std::string(t.version()) + "\n";
  line("coverage end", Day(t.coverage_end()));
  line("events", std::to_string(t.event_count()) +
                     (t.event_count() ? " (" + Day(c.first_day) + " to " + Day(c.last_day) + ")" : ""));
  line("terms of office", std::to_string(c.terms) + " (" + std::to_string(c.offices_with_terms) +
                              " offices; " + std::to_string(c.open_terms) + " in office)");
  std::string kinds;
  for (const auto& [kind, n] : c.entities_by_kind) {
    kinds += (kinds.empty() ? "" : ", ") + std::to_string(n) + " " + kind;
  }
  line("entities", std::to_string(t.entity_count()) + (kinds.empty() ? "" : " (" + kinds + ")"));
  *out += "  events by type\n";
  for (const auto& [type, n] : Largest(c.events_by_type)) line("  " + type, std::to_string(n));
  *out += "  events by country\n";
  for (const auto& [country, n] : Largest(c.events_by_country)) line("  " + country, std::to_string(n));
  *out += "  events by decade\n";
  for (const auto& [decade, n] : c.events_by_decade) {
    line("  " + std::to_string(decade) + "s", std::to_string(n));
  }
}

void WriteJson(const Timeline& t, const Counts& c, JsonWriter* w) {
  w->StartObject();
  WriteJsonKey(w, "name");
  WriteJsonString(w, t.name());
  WriteJsonKey(w, "version");
  WriteJsonString(w, t.version());
  WriteJsonKey(w, "coverage_end");
  WriteJsonString(w, Day(t.coverage_end()));
  WriteJsonKey(w, "events");
  w->Uint(t.event_count());
  WriteJsonKey(w, "first_date");
  if (t.event_count()) WriteJsonString(w, Day(c.first_day)); else w->Null();
  WriteJsonKey(w, "last_date");
  if (t.event_count()) WriteJsonString(w, Day(c.last_day)); else w->Null();
  WriteJsonKey(w, "terms");
  w->Uint(c.terms);
  WriteJsonKey(w, "offices_with_terms");
  w->Uint(c.offices_with_terms);
  WriteJsonKey(w, "entities");
  w->Uint(t.entity_count());
  auto map = [w](const char* key, const auto& counts, auto name) {
    WriteJsonKey(w, key);
    w->StartObject();
    for (const auto& [k, n] : counts) {
      WriteJsonKey(w, name(k));
      w->Uint(n);
    }
    w->EndObject();
  };
  auto same = [](const std::string& s) { return s; };
  map("entities_by_kind", c.entities_by_kind, same);
  map("events_by_type", c.events_by_type, same);
  map("events_by_country", c.events_by_country, same);
  map("events_by_decade", c.events_by_decade, [](int d) { return std::to_string(d) + "s"; });
  w->EndObject();
}

}  // namespace

std::string WriteTimelineStats(const std::vector<const Timeline*>& timelines,
                               ReportFormat format) {
  if (format == ReportFormat::kText) {
    std::string out;
    for (const Timeline* t : timelines) {
      if (!out.empty()) out += "\n";
      WriteText(*t, Count(*t), &out);
    }
    return out;
  }
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  WriteJsonKey(&w, "timelines");
  w.StartArray();
  for (const Timeline* t : timelines) WriteJson(*t, Count(*t), &w);
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace factmark
