// Writes a TimelineModel as snapshot bytes. Layout: see snapshot_format.h.
#include <algorithm>
#include <map>
#include <set>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "data/checksum.h"
#include "data/timeline_model.h"
#include "text/tokenizer.h"

namespace factmark {
namespace {

using namespace snapshot;

class ByteWriter {
 public:
  void U32(uint32_t v) {
    for (int i = 0; i < 4; ++i) bytes_.push_back(static_cast<char>(v >> (8 * i)));
  }
  void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
  void U64(uint64_t v) {
    U32(static_cast<uint32_t>(v));
    U32(static_cast<uint32_t>(v >> 32));
  }
  void U8(uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) {
    U8(static_cast<uint8_t>(v));
    U8(static_cast<uint8_t>(v >> 8));
  }
  void Bytes(std::string_view s) { bytes_.append(s.data(), s.size()); }
  void Align4() {
    while (bytes_.size() % 4 != 0) bytes_.push_back('\0');
  }
  std::string& bytes() { return bytes_; }

 private:
  std::string bytes_;
};

// Interns strings into the STRS pool; equal strings share their bytes.
class StringPool {
 public:
  std::pair<uint32_t, uint32_t> Add(const std::string& s) {
    auto it = offsets_.find(s);
    if (it == offsets_.end()) {
      it = offsets_.emplace(s, static_cast<uint32_t>(pool_.size())).first;
      pool_ += s;
    }
    return {it->second, static_cast<uint32_t>(s.size())};
  }
  void Write(ByteWriter* w, const std::string& s) {
    const auto ref = Add(s);
    w->U32(ref.first);
    w->U32(ref.second);
  }
  const std::string& bytes() const { return pool_; }

 private:
  std::unordered_map<std::string, uint32_t> offsets_;
  std::string pool_;
};

uint32_t CountTokens(const std::string& folded_key) {
  return folded_key.empty()
             ? 0
             : 1 + static_cast<uint32_t>(
                       std::count(folded_key.begin(), folded_key.end(), ' '));
}

// A phrase record (TRIG, TITL): a folded key and one value.
struct KeyedRecord {
  std::string key;
  uint32_t value;
};

// Writes phrase records sorted by key, then value, without repeats, and
// reports the longest key in tokens.
ByteWriter WriteKeyedRecords(std::vector<KeyedRecord> records, StringPool* strings,
                             uint32_t* longest) {
  std::sort(records.begin(), records.end(), [](const KeyedRecord& a, const KeyedRecord& b) {
    return a.key != b.key ? a.key < b.key : a.value < b.value;
  });
  records.erase(std::unique(records.begin(), records.end(),
                            [](const KeyedRecord& a, const KeyedRecord& b) {
                              return a.key == b.key && a.value == b.value;
                            }),
                records.end());
  ByteWriter bytes;
  for (const KeyedRecord& r : records) {
    if (r.key.empty()) continue;
    *longest = std::max(*longest, CountTokens(r.key));
    strings->Write(&bytes, r.key);
    bytes.U32(r.value);
  }
  return bytes;
}

}  // namespace

std::string WriteSnapshot(const TimelineModel& model) {
  StringPool strings;
  std::vector<std::pair<uint32_t, std::string>> sections;

  // Events sorted by date, ties by id, so lookups by date can bisect.
  std::vector<uint32_t> event_order(model.events.size());
  std::iota(event_order.begin(), event_order.end(), 0);
  std::sort(event_order.begin(), event_order.end(), [&](uint32_t a, uint32_t b) {
    const auto& ea = model.events[a];
    const auto& eb = model.events[b];
    if (ea.date.first_day() != eb.date.first_day()) {
      return ea.date.first_day() < eb.date.first_day();
    }
    return ea.id < eb.id;
  });
  std::vector<uint32_t> event_position(model.events.size());
  for (uint32_t pos = 0; pos < event_order.size(); ++pos) {
    event_position[event_order[pos]] = pos;
  }

  ByteWriter entities;
  for (const ModelEntity& e : model.entities) {
    strings.Write(&entities, e.id);
    strings.Write(&entities, e.name);
    entities.U32(static_cast<uint32_t>(e.kind));
    entities.U32(e.jurisdiction == kNoEntity ? kNone : e.jurisdiction);
  }

  struct Alias {
    std::string key;
    uint32_t entity;
    uint32_t flags;
  };
  std::vector<Alias> aliases;
  uint32_t longest_alias = 0;
  for (uint32_t i = 0; i < model.entities.size(); ++i) {
    const ModelEntity& e = model.entities[i];
    aliases.push_back({FoldPhrase(e.name), i, 0});
    for (const std::string& alias : e.aliases) {
      aliases.push_back({FoldPhrase(alias), i, 0});
    }
    for (const std::string& demonym : e.demonyms) {
      aliases.push_back({FoldPhrase(demonym), i, kAliasDemonym});
    }
    if (!e.surname.empty()) {
      aliases.push_back({FoldPhrase(e.surname), i, kAliasSurname});
    }
    for (const std::string& name : e.short_names) {
      aliases.push_back({FoldPhrase(name), i, kAliasSurname});
    }
  }
  // Articles name a dated event without its year ("the Kumamoto
  // earthquakes" for "2016 Kumamoto earthquakes"): that is an alias too,
  // unless another entity already goes by it or two events would share it.
  {
    std::map<std::string, int64_t> undated;  // key -> entity, or -1 if shared
    for (uint32_t i = 0; i < model.entities.size(); ++i) {
      const ModelEntity& e = model.entities[i];
      if (e.kind != EntityKind::kEvent || e.name.size() < 6 ||
          !std::all_of(e.name.begin(), e.name.begin() + 4,
                       [](char c) { return c >= '0' && c <= '9'; }) ||
          e.name[4] != ' ') {
        continue;
      }
      const std::string key = FoldPhrase(e.name.substr(5));
      const auto [it, inserted] = undated.emplace(key, i);
      if (!inserted) it->second = -1;
    }
    std::set<std::string> taken;
    for (const Alias& a : aliases) taken.insert(a.key);
    for (const auto& [key, entity] : undated) {
      if (entity >= 0 && !key.empty() && taken.count(key) == 0) {
        aliases.push_back({key, static_cast<uint32_t>(entity), 0});
      }
    }
  }
  // One record per (key, entity); a full alias wins over the same surname.
  std::sort(aliases.begin(), aliases.end(), [](const Alias& a, const Alias& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.entity != b.entity) return a.entity < b.entity;
    return a.flags < b.flags;
  });
  aliases.erase(std::unique(aliases.begin(), aliases.end(),
                            [](const Alias& a, const Alias& b) {
                              return a.key == b.key && a.entity == b.entity;
                            }),
                aliases.end());
  ByteWriter alias_bytes;
  for (const Alias& a : aliases) {
    if (a.key.empty()) continue;
    longest_alias = std::max(longest_alias, CountTokens(a.key));
    strings.Write(&alias_bytes, a.key);
    alias_bytes.U32(a.entity);
    alias_bytes.U32(a.flags);
  }

  ByteWriter events, sources;
  uint32_t source_count = 0;
  struct Participation {
    uint32_t entity, event, role;
  };
  std::vector<Participation> participations;
  for (uint32_t pos = 0; pos < event_order.size(); ++pos) {
    const ModelEvent& e = model.events[event_order[pos]];
    strings.Write(&events, e.id);
    strings.Write(&events, e.summary);
    events.I32(e.date.first_day());
    events.U8(static_cast<uint8_t>(e.date.precision));
    events.U8(e.has_end ? static_cast<uint8_t>(e.end.precision) : kNoEnd);
    events.U16(static_cast<uint16_t>(e.type));
    events.U32(source_count);
    events.U32(static_cast<uint32_t>(e.sources.size()));
    events.I32(e.has_end ? e.end.first_day() : e.date.first_day());
    events.U32(e.place == kNoEntity ? kNone : e.place);
    for (const std::string& url : e.sources) strings.Write(&sources, url);
    source_count += static_cast<uint32_t>(e.sources.size());
    for (const ModelParticipant& p : e.participants) {
      participations.push_back({p.entity, pos, static_cast<uint32_t>(p.role)});
    }
  }
  std::sort(participations.begin(), participations.end(),
            [](const Participation& a, const Participation& b) {
              if (a.entity != b.entity) return a.entity < b.entity;
              if (a.event != b.event) return a.event < b.event;
              return a.role < b.role;
            });
  ByteWriter participant_bytes;
  for (const Participation& p : participations) {
    participant_bytes.U32(p.entity);
    participant_bytes.U32(p.event);
    participant_bytes.U32(p.role);
  }

  // Terms by office, then start; HOLD lists them by holder, then start.
  std::vector<uint32_t> term_order(model.terms.size());
  std::iota(term_order.begin(), term_order.end(), 0);
  auto by = [&](bool office) {
    return [&, office](uint32_t a, uint32_t b) {
      const ModelTerm& ta = model.terms[a];
      const ModelTerm& tb = model.terms[b];
      const uint32_t ka = office ? ta.office : ta.holder;
      const uint32_t kb = office ? tb.office : tb.holder;
      if (ka != kb) return ka < kb;
      if (ta.start.first_day() != tb.start.first_day()) {
        return ta.start.first_day() < tb.start.first_day();
      }
      return a < b;
    };
  };
  std::sort(term_order.begin(), term_order.end(), by(true));
  ByteWriter term_bytes;
  std::vector<uint32_t> term_position(model.terms.size());
  for (uint32_t pos = 0; pos < term_order.size(); ++pos) {
    const ModelTerm& t = model.terms[term_order[pos]];
    term_position[term_order[pos]] = pos;
    term_bytes.U32(t.office);
    term_bytes.U32(t.holder);
    term_bytes.I32(t.start.first_day());
    term_bytes.I32(t.has_end ? t.end.first_day() : 0);
    term_bytes.U8(static_cast<uint8_t>(t.start.precision));
    term_bytes.U8(t.has_end ? static_cast<uint8_t>(t.end.precision) : kNoEnd);
    term_bytes.U8(static_cast<uint8_t>(t.began));
    term_bytes.U8(t.has_end ? static_cast<uint8_t>(t.ended) : 0);
    term_bytes.U32(t.acting ? kTermActing : 0);
    term_bytes.U32(source_count);
    term_bytes.U32(static_cast<uint32_t>(t.sources.size()));
    for (const std::string& url : t.sources) strings.Write(&sources, url);
    source_count += static_cast<uint32_t>(t.sources.size());
  }
  std::vector<uint32_t> holder_order(model.terms.size());
  std::iota(holder_order.begin(), holder_order.end(), 0);
  std::sort(holder_order.begin(), holder_order.end(), by(false));
  ByteWriter holder_bytes;
  for (uint32_t i : holder_order) holder_bytes.U32(term_position[i]);

  std::vector<KeyedRecord> triggers, titles;
  for (const ModelTrigger& t : model.triggers) {
    triggers.push_back({FoldPhrase(t.phrase), static_cast<uint32_t>(t.type)});
  }
  for (const ModelTitle& t : model.titles) titles.push_back({FoldPhrase(t.phrase), t.office});
  uint32_t longest_trigger = 0, longest_title = 0;
  ByteWriter trigger_bytes = WriteKeyedRecords(std::move(triggers), &strings, &longest_trigger);
  ByteWriter title_bytes = WriteKeyedRecords(std::move(titles), &strings, &longest_title);

  ByteWriter meta;
  strings.Write(&meta, model.name);
  strings.Write(&meta, model.version);
  meta.I32(model.coverage_end.last_day());
  meta.U32(longest_alias);
  meta.U32(longest_trigger);
  meta.U32(longest_title);

  sections.emplace_back(kMetaTag, std::move(meta.bytes()));
  sections.emplace_back(kEntitiesTag, std::move(entities.bytes()));
  sections.emplace_back(kAliasesTag, std::move(alias_bytes.bytes()));
  sections.emplace_back(kEventsTag, std::move(events.bytes()));
  sections.emplace_back(kSourcesTag, std::move(sources.bytes()));
  sections.emplace_back(kParticipantsTag, std::move(participant_bytes.bytes()));
  sections.emplace_back(kTriggersTag, std::move(trigger_bytes.bytes()));
  sections.emplace_back(kTitlesTag, std::move(title_bytes.bytes()));
  sections.emplace_back(kTermsTag, std::move(term_bytes.bytes()));
  sections.emplace_back(kHoldersTag, std::move(holder_bytes.bytes()));
  sections.emplace_back(kStringsTag, strings.bytes());  // last: complete now

  ByteWriter payload;
  const size_t directory_size = sections.size() * kDirectoryEntrySize;
  size_t offset = (directory_size + 3) / 4 * 4;
  for (const auto& [tag, bytes] : sections) {
    payload.U32(tag);
    payload.U32(static_cast<uint32_t>(offset));
    payload.U32(static_cast<uint32_t>(bytes.size()));
    offset = (offset + bytes.size() + 3) / 4 * 4;
  }
  payload.Align4();
  for (const auto& section : sections) {
    payload.Bytes(section.second);
    payload.Align4();
  }

  const Checksum digest = PayloadChecksum(payload.bytes());
  ByteWriter file;
  file.Bytes(std::string_view(kMagic, sizeof kMagic));
  file.U32(kFormatVersion);
  file.U32(static_cast<uint32_t>(kHeaderSize));
  file.U64(payload.bytes().size());
  file.Bytes(std::string_view(reinterpret_cast<const char*>(digest.data()),
                              digest.size()));
  file.U32(static_cast<uint32_t>(sections.size()));
  file.U32(0);
  file.Bytes(payload.bytes());
  return std::move(file.bytes());
}

}  // namespace factmark
