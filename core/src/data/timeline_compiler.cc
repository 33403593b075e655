// Reads the timeline's source files into a TimelineModel, refusing anything
// doubtful with "FILE:LINE: problem", then writes the snapshot.
//
// Files are recognized by name:
//   dataset.json                       name, version, coverage_end
//   entities.jsonl, *.entities.jsonl   one entity per line
//   events.jsonl, *.events.jsonl       one event per line
//   terms.jsonl, *.terms.jsonl         one term of office per line
//   triggers.tsv, *.triggers.tsv       EVENT-TYPE <tab> phrase, per line
//   titles.tsv, *.titles.tsv           OFFICE-ID <tab> title, per line
#include "factmark/timeline_compiler.h"

#include <algorithm>
#include <map>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <set>
#include <tuple>
#include <string_view>
#include <unordered_map>

#include "data/timeline_model.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace factmark {
namespace {

constexpr size_t kMaxErrors = 50;

enum class FileRole { kNone, kDataset, kEntities, kEvents, kTerms, kTriggers, kTitles };

std::string_view BaseName(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool NameIs(std::string_view name, std::string_view role_name) {
  if (name == role_name) return true;
  return name.size() > role_name.size() + 1 &&
         name.substr(name.size() - role_name.size()) == role_name &&
         name[name.size() - role_name.size() - 1] == '.';
}

FileRole RoleOf(std::string_view path) {
  const std::string_view name = BaseName(path);
  if (name == "dataset.json") return FileRole::kDataset;
  if (NameIs(name, "entities.jsonl")) return FileRole::kEntities;
  if (NameIs(name, "events.jsonl")) return FileRole::kEvents;
  if (NameIs(name, "terms.jsonl")) return FileRole::kTerms;
  if (NameIs(name, "triggers.tsv")) return FileRole::kTriggers;
  if (NameIs(name, "titles.tsv")) return FileRole::kTitles;
  return FileRole::kNone;
}

bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > 128) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
      return false;
    }
  }
  return id.front() != '-';
}

bool IsWebUrl(std::string_view url) {
  const bool scheme = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
  const size_t host = url.find("://") + 3;
  return scheme && url.size() > host &&
         url.find_first_of(" \t\n\r\"<>") == std::string_view::npos;
}

// One line of one file, for messages.
struct Where {
  const std::string* path;
  size_t line;
};

class Compiler {
 public:
  void Read(const SourceFile& file);
  Status Finish(std::string* snapshot);

 private:
  // Records "PLACE: problem"; past kMaxErrors, only that there were more.
  void ErrorAt(const std::string& place, const std::string& problem) {
    if (errors_.size() < kMaxErrors) {
      errors_.push_back(place + ": " + problem);
    } else {
      truncated_ = true;
    }
  }
  void Error(const Where& at, const std::string& problem) {
    ErrorAt(*at.path + ":" + std::to_string(at.line), problem);
  }

  // Each JSON Lines line as a parsed object, or an error.
  template <typename Fn>
  void ForEachJsonLine(const SourceFile& file, Fn fn);

  // Typed field access that reports what is wrong.
  bool GetString(const rapidjson::Value& object, const char* key, const Where& at,
                 std::string* out, bool required = true);
  bool GetStringArray(const rapidjson::Value& object, const char* key,
                      const Where& at, std::vector<std::string>* out,
                      bool required);
  void CheckKeys(const rapidjson::Value& object, const Where& at,
                 std::initializer_list<std::string_view> allowed);
  bool ClaimId(const std::string& id, const Where& at);

  void ReadDataset(const SourceFile& file);
  void ReadEntity(const rapidjson::Value& object, const Where& at);
  void ReadEvent(const rapidjson::Value& object, const Where& at);
  void ReadTerm(const rapidjson::Value& object, const Where& at);
  // "sources": one or more http(s) URLs.
  bool GetSources(const rapidjson::Value& object, const Where& at,
                  std::vector<std::string>* out);
  // The entity named `id`, or kNoEntity after reporting it at `where`.
  uint32_t Resolve(const std::string& id, const std::string& where);
  // Checks terms (overlaps) and adds the events they imply.
  void FinishTerms();
  void ReadTriggers(const SourceFile& file);
  void ReadTitles(const SourceFile& file);

  // Lines of a two-column file as (first field, phrase); the phrase is
  // checked to fold to 1..kMaxPhraseTokens words.
  template <typename Fn>
  void ForEachTsvLine(const SourceFile& file, Fn fn);

  TimelineModel model_;
  bool have_dataset_ = false;
  std::map<std::string, std::string> id_origin_;  // id -> "FILE:LINE"
  std::unordered_map<std::string, uint32_t> entity_index_;
  // Event participants name entities that may be defined in a later file.
  struct PendingParticipant {
    uint32_t event;
    std::string entity;
    snapshot::Role role;
    std::string where;
  };
  std::vector<PendingParticipant> pending_;
  struct PendingTitle {
    std::string office;
    std::string phrase;
    std::string where;
  };
  std::vector<PendingTitle> pending_titles_;
  // References by id from entities, events and terms, resolved in Finish.
  struct PendingEntityRef {
    uint32_t entity;
    std::string id;
    std::string where;
  };
  std::vector<PendingEntityRef> pending_jurisdictions_;
  struct PendingEventPlace {
    uint32_t event;
    std::string id;
    std::string where;
  };
  std::vector<PendingEventPlace> pending_places_;
  struct PendingTerm {
    std::string office, holder, where;
  };
  std::vector<PendingTerm> pending_terms_;  // parallel to model_.terms
  std::vector<std::string> errors_;
  bool truncated_ = false;
};

template <typename Fn>
void Compiler::ForEachJsonLine(const SourceFile& file, Fn fn) {
  size_t line_start = 0;
  size_t line_number = 0;
  while (line_start < file.contents.size()) {
    size_t line_end = file.contents.find('\n', line_start);
    if (line_end == std::string::npos) line_end = file.contents.size();
    ++line_number;
    std::string_view line(file.contents.data() + line_start, line_end - line_start);
    line_start = line_end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const Where at{&file.path, line_number};
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    if (doc.HasParseError()) {
      Error(at, std::string("invalid JSON at column ") +
                    std::to_string(doc.GetErrorOffset() + 1) + ": " +
                    rapidjson::GetParseError_En(doc.GetParseError()));
      continue;
    }
    if (!doc.IsObject()) {
      Error(at, "each line must be one JSON object");
      continue;
    }
    fn(static_cast<const rapidjson::Value&>(doc), at);
  }
}

bool Compiler::GetString(const rapidjson::Value& object, const char* key,
                         const Where& at, std::string* out, bool required) {
  const auto it = object.FindMember(key);
  if (it == object.MemberEnd()) {
    if (required) Error(at, std::string("missing \"") + key + "\"");
    return false;
  }
  if (!it->value.IsString() || it->value.GetStringLength() == 0) {
    Error(at, std::string("\"") + key + "\" must be a non-empty string");
    return false;
  }
  out->assign(it->value.GetString(), it->value.GetStringLength());
  return true;
}

bool Compiler::GetStringArray(const rapidjson::Value& object, const char* key,
                              const Where& at, std::vector<std::string>* out,
                              bool required) {
  const auto it = object.FindMember(key);
  if (it == object.MemberEnd()) {
    if (required) Error(at, std::string("missing \"") + key + "\"");
    return !required;
  }
  if (!it->value.IsArray()) {
    Error(at, std::string("\"") + key + "\" must be an array of strings");
    return false;
  }
  for (const auto& item : it->value.GetArray()) {
    if (!item.IsString() || item.GetStringLength() == 0) {
      Error(at, std::string("\"") + key + "\" must hold non-empty strings");
      return false;
    }
    out->emplace_back(item.GetString(), item.GetStringLength());
  }
  return true;
}

void Compiler::CheckKeys(const rapidjson::Value& object, const Where& at,
                         std::initializer_list<std::string_view> allowed) {
  for (const auto& member : object.GetObject()) {
    const std::string_view name(member.name.GetString(),
                                member.name.GetStringLength());
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      Error(at, "unknown field \"" + std::string(name) + "\"");
    }
  }
}

bool Compiler::ClaimId(const std::string& id, const Where& at) {
  if (!IsValidId(id)) {
    Error(at, "id \"" + id + "\" must use only a-z, 0-9 and '-'");
    return false;
  }
  const std::string here = *at.path + ":" + std::to_string(at.line);
  const auto [it, inserted] = id_origin_.emplace(id, here);
  if (!inserted) {
    Error(at, "duplicate id \"" + id + "\" (first defined at " + it->second + ")");
    return false;
  }
  return true;
}

void Compiler::Read(const SourceFile& file) {
  const Where whole{&file.path, 1};
  const size_t bad = FindInvalidUtf8(file.contents);
  if (bad != std::string_view::npos) {
    const size_t line =
        1 + std::count(file.contents.begin(), file.contents.begin() + bad, '\n');
    Error(Where{&file.path, line},
          "not valid UTF-8 (byte " + std::to_string(bad) + ")");
    return;
  }
  switch (RoleOf(file.path)) {
    case FileRole::kDataset:
      ReadDataset(file);
      break;
    case FileRole::kEntities:
      ForEachJsonLine(file, [this](const rapidjson::Value& o, const Where& at) {
        ReadEntity(o, at);
      });
      break;
    case FileRole::kEvents:
      ForEachJsonLine(file, [this](const rapidjson::Value& o, const Where& at) {
        ReadEvent(o, at);
      });
      break;
    case FileRole::kTerms:
      ForEachJsonLine(file, [this](const rapidjson::Value& o, const Where& at) {
        ReadTerm(o, at);
      });
      break;
    case FileRole::kTriggers:
      ReadTriggers(file);
      break;
    case FileRole::kTitles:
      ReadTitles(file);
      break;
    case FileRole::kNone:
      Error(whole,
            "not a timeline source (expected dataset.json, entities.jsonl, "
            "events.jsonl, terms.jsonl, triggers.tsv or titles.tsv)");
      break;
  }
}

void Compiler::ReadDataset(const SourceFile& file) {
  const Where at{&file.path, 1};
  if (have_dataset_) {
    Error(at, "a second dataset.json; one timeline has one");
    return;
  }
  have_dataset_ = true;
  rapidjson::Document doc;
  doc.Parse(file.contents.data(), file.contents.size());
  if (doc.HasParseError() || !doc.IsObject()) {
    Error(at, "dataset.json must be one JSON object");
    return;
  }
  CheckKeys(doc, at, {"name", "version", "coverage_end", "description"});
  GetString(doc, "name", at, &model_.name);
  GetString(doc, "version", at, &model_.version);
  std::string coverage_end;
  if (GetString(doc, "coverage_end", at, &coverage_end) &&
      !ParseIsoDate(coverage_end, &model_.coverage_end)) {
    Error(at, "coverage_end \"" + coverage_end + "\" is not a real date (YYYY-MM-DD)");
  }
}

void Compiler::ReadEntity(const rapidjson::Value& object, const Where& at) {
  CheckKeys(object, at, {"id", "kind", "name", "aliases", "surname", "short_names", "demonyms",
                         "jurisdiction", "titles", "wikidata", "note"});
  ModelEntity entity;
  std::string kind;
  std::vector<std::string> titles;
  const bool ok = GetString(object, "id", at, &entity.id) &&
                  ClaimId(entity.id, at) &&
                  GetString(object, "kind", at, &kind) &&
                  GetString(object, "name", at, &entity.name) &&
                  GetStringArray(object, "aliases", at, &entity.aliases, false) &&
                  GetStringArray(object, "demonyms", at, &entity.demonyms, false) &&
                  GetStringArray(object, "short_names", at, &entity.short_names, false) &&
                  GetStringArray(object, "titles", at, &titles, false);
  if (!ok) return;
  if (!ParseEntityKind(kind, &entity.kind)) {
    Error(at, "unknown kind \"" + kind +
                  "\" (person, country, organization, place, office, event)");
    return;
  }
  GetString(object, "surname", at, &entity.surname, false);
  std::string note, wikidata, jurisdiction;
  entity.has_note = GetString(object, "note", at, &note, false);
  if (GetString(object, "wikidata", at, &wikidata, false) &&
      (wikidata.size() < 2 || wikidata[0] != 'Q' ||
       wikidata.find_first_not_of("0123456789", 1) != std::string::npos)) {
    Error(at, "wikidata \"" + wikidata + "\" is not a Wikidata item (Q and digits)");
  }
  for (const auto* list : {&entity.aliases, &entity.demonyms, &entity.short_names, &titles}) {
    for (const std::string& phrase : *list) {
      if (FoldPhrase(phrase).empty()) {
        Error(at, "\"" + phrase + "\" has no letters or digits");
        return;
      }
    }
  }
  const bool office = entity.kind == EntityKind::kOffice;
  const std::string here = *at.path + ":" + std::to_string(at.line);
  const auto index = static_cast<uint32_t>(model_.entities.size());
  if (GetString(object, "jurisdiction", at, &jurisdiction, false)) {
    pending_jurisdictions_.push_back({index, jurisdiction, here});
  } else if (office) {
    Error(at, "an office needs a \"jurisdiction\" (the country or organization it serves)");
  }
  if (!titles.empty() && !office) Error(at, "only an office has \"titles\"");
  if (!entity.demonyms.empty() && entity.kind != EntityKind::kCountry) {
    Error(at, "only a country has \"demonyms\"");
  }
  for (std::string& title : titles) pending_titles_.push_back({entity.id, std::move(title), here});
  entity_index_.emplace(entity.id, index);
  model_.entities.push_back(std::move(entity));
}

void Compiler::ReadEvent(const rapidjson::Value& object, const Where& at) {
  CheckKeys(object, at, {"id", "type", "date", "end", "participants", "place", "summary",
                         "sources", "note"});
  ModelEvent event;
  std::string type, date, end, place;
  const bool ok = GetString(object, "id", at, &event.id) &&
                  ClaimId(event.id, at) && GetString(object, "type", at, &type) &&
                  GetString(object, "date", at, &date) &&
                  GetString(object, "summary", at, &event.summary) &&
                  GetSources(object, at, &event.sources);
  if (!ok) return;
  if (event.summary.find('\n') != std::string::npos || event.summary.size() > 300) {
    Error(at, "the summary must be one line of at most 300 bytes");
    return;
  }
  if (!ParseEventType(type, &event.type)) {
    Error(at, "unknown event type \"" + type + "\"");
    return;
  }
  if (!ParseIsoDate(date, &event.date)) {
    Error(at, "date \"" + date +
                  "\" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)");
    return;
  }
  if (GetString(object, "end", at, &end, false)) {
    if (!ParseIsoDate(end, &event.end)) {
      Error(at, "end \"" + end + "\" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)");
      return;
    }
    if (event.end.last_day() < event.date.first_day()) {
      Error(at, "end " + end + " is before date " + date);
      return;
    }
    event.has_end = true;
  }
  const auto participants = object.FindMember("participants");
  if (participants == object.MemberEnd() || !participants->value.IsArray() ||
      participants->value.Empty()) {
    Error(at, "\"participants\" must be a non-empty array");
    return;
  }
  // Participants wait here until the whole record is read: a record refused
  // half way must leave no reference to an event that was never added.
  const auto index = static_cast<uint32_t>(model_.events.size());
  std::vector<PendingParticipant> participants_read;
  for (const auto& p : participants->value.GetArray()) {
    std::string entity, role_name;
    if (!p.IsObject()) {
      Error(at, "each participant must be {\"entity\": ID, \"role\": ROLE}");
      return;
    }
    CheckKeys(p, at, {"entity", "role"});
    if (!GetString(p, "entity", at, &entity) || !GetString(p, "role", at, &role_name)) {
      return;
    }
    snapshot::Role role;
    if (role_name == "subject") {
      role = snapshot::Role::kSubject;
    } else if (role_name == "object") {
      role = snapshot::Role::kObject;
    } else if (role_name == "participant") {
      role = snapshot::Role::kParticipant;
    } else {
      Error(at, "unknown role \"" + role_name + "\" (subject, object, participant)");
      return;
    }
    participants_read.push_back({index, entity, role,
                                 *at.path + ":" + std::to_string(at.line)});
  }
  pending_.insert(pending_.end(), participants_read.begin(), participants_read.end());
  if (GetString(object, "place", at, &place, false)) {
    pending_places_.push_back({index, place, *at.path + ":" + std::to_string(at.line)});
  }
  model_.events.push_back(std::move(event));
}

bool Compiler::GetSources(const rapidjson::Value& object, const Where& at,
                          std::vector<std::string>* out) {
  if (!GetStringArray(object, "sources", at, out, true)) return false;
  if (out->empty()) {
    Error(at, "a record needs at least one source URL");
    return false;
  }
  for (const std::string& url : *out) {
    if (!IsWebUrl(url)) {
      Error(at, "source \"" + url + "\" is not an http(s) URL");
      return false;
    }
  }
  return true;
}

void Compiler::ReadTerm(const rapidjson::Value& object, const Where& at) {
  CheckKeys(object, at, {"office", "holder", "start", "end", "began", "ended", "acting",
                         "sources", "note"});
  ModelTerm term;
  PendingTerm pending;
  std::string start, end, began, ended;
  const bool ok = GetString(object, "office", at, &pending.office) &&
                  GetString(object, "holder", at, &pending.holder) &&
                  GetString(object, "start", at, &start) &&
                  GetString(object, "began", at, &began) && GetSources(object, at, &term.sources);
  if (!ok) return;
  if (!ParseIsoDate(start, &term.start)) {
    Error(at, "start \"" + start + "\" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)");
    return;
  }
  if (!ParseTermStart(began, &term.began)) {
    Error(at, "began \"" + began + "\" is not one of election, appointment, succession, "
                                   "inheritance, coup, revolution, acting, other");
    return;
  }
  const bool has_ended = GetString(object, "ended", at, &ended, false);
  if (GetString(object, "end", at, &end, false)) {
    if (!ParseIsoDate(end, &term.end)) {
      Error(at, "end \"" + end + "\" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)");
      return;
    }
    if (term.end.last_day() < term.start.first_day()) {
      Error(at, "end " + end + " is before start " + start);
      return;
    }
    if (!has_ended || !ParseTermEnd(ended, &term.ended)) {
      Error(at, "a term with an end needs \"ended\": term-end, election, resignation, "
                "death, impeachment, removal, coup, no-confidence or other");
      return;
    }
    term.has_end = true;
  } else if (has_ended) {
    Error(at, "\"ended\" without \"end\"");
    return;
  }
  const auto acting = object.FindMember("acting");
  if (acting != object.MemberEnd()) {
    if (!acting->value.IsBool()) {
      Error(at, "\"acting\" must be true or false");
      return;
    }
    term.acting = acting->value.GetBool();
  }
  pending.where = *at.path + ":" + std::to_string(at.line);
  model_.terms.push_back(std::move(term));
  pending_terms_.push_back(std::move(pending));
}

uint32_t Compiler::Resolve(const std::string& id, const std::string& where) {
  const auto it = entity_index_.find(id);
  if (it == entity_index_.end()) {
    ErrorAt(where, "unknown entity \"" + id + "\"");
    return kNoEntity;
  }
  return it->second;
}

void Compiler::FinishTerms() {
  const int32_t coverage_end = model_.coverage_end.last_day();
  std::vector<uint32_t> valid;
  for (uint32_t i = 0; i < model_.terms.size(); ++i) {
    ModelTerm& t = model_.terms[i];
    const PendingTerm& p = pending_terms_[i];
    t.office = Resolve(p.office, p.where);
    t.holder = Resolve(p.holder, p.where);
    if (t.office == kNoEntity || t.holder == kNoEntity) continue;
    if (model_.entities[t.office].kind != EntityKind::kOffice) {
      ErrorAt(p.where, "\"" + p.office + "\" is not an office");
      continue;
    }
    if (model_.entities[t.holder].kind != EntityKind::kPerson) {
      ErrorAt(p.where, "\"" + p.holder + "\" is not a person");
      continue;
    }
    if (have_dataset_ && t.start.first_day() > coverage_end) {
      ErrorAt(p.where, "the term starts after the coverage end");
      continue;
    }
    valid.push_back(i);
  }
  // Terms of one office may meet (the day one ends the next begins) but not
  // overlap; an acting holder serves beside a suspended one, so is exempt.
  std::vector<uint32_t> order;
  for (uint32_t i : valid) {
    if (!model_.terms[i].acting) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const ModelTerm& ta = model_.terms[a];
    const ModelTerm& tb = model_.terms[b];
    if (ta.office != tb.office) return ta.office < tb.office;
    return ta.start.first_day() < tb.start.first_day();
  });
  for (size_t k = 1; k < order.size(); ++k) {
    const ModelTerm& prev = model_.terms[order[k - 1]];
    const ModelTerm& next = model_.terms[order[k]];
    if (prev.office != next.office) continue;
    if (!prev.has_end) {
      ErrorAt(pending_terms_[order[k]].where,
              "this term of \"" + model_.entities[next.office].id +
                  "\" begins while the open term at " + pending_terms_[order[k - 1]].where +
                  " has not ended");
    } else if (next.start.first_day() < prev.end.first_day()) {
      ErrorAt(pending_terms_[order[k]].where,
              "this term of \"" + model_.entities[next.office].id +
                  "\" begins before the term at " + pending_terms_[order[k - 1]].where +
                  " ends");
    }
  }
  // Each term says its holder took office on its start and, when it ended,
  // left office on its end: claims about either are checked as events.
  std::set<std::tuple<uint16_t, int32_t, uint32_t, uint32_t>> written;
  for (const ModelEvent& e : model_.events) {
    uint32_t subject = kNoEntity, object = kNoEntity;
    for (const ModelParticipant& p : e.participants) {
      if (p.role == snapshot::Role::kSubject) subject = p.entity;
      if (p.role == snapshot::Role::kObject) object = p.entity;
    }
    written.emplace(static_cast<uint16_t>(e.type), e.date.first_day(), subject, object);
  }
  for (uint32_t i : valid) {
    const ModelTerm& t = model_.terms[i];
    const ModelEntity& holder = model_.entities[t.holder];
    const ModelEntity& office = model_.entities[t.office];
    for (const bool start : {true, false}) {
      if (!start && !t.has_end) continue;
      const PartialDate& date = start ? t.start : t.end;
      const EventType type = start ? EventType::kTookOffice : EventType::kLeftOffice;
      if (written.count({static_cast<uint16_t>(type), date.first_day(), t.holder, t.office})) {
        continue;  // the sources say it themselves
      }
      ModelEvent e;
      e.type = type;
      e.date = date;
      e.id = holder.id + (start ? "-took-office-" : "-left-office-") + office.id + "-" +
             FormatIsoDate(date);
      e.summary = holder.name + (start ? " took office as " : " left office as ") + office.name +
                  (t.acting ? " (acting)." : ".");
      e.participants = {{t.holder, snapshot::Role::kSubject}, {t.office, snapshot::Role::kObject}};
      e.sources = t.sources;
      if (!id_origin_.emplace(e.id, pending_terms_[i].where).second) {
        ErrorAt(pending_terms_[i].where, "the term's event id \"" + e.id + "\" is taken");
        continue;
      }
      model_.events.push_back(std::move(e));
    }
  }
}

template <typename Fn>
void Compiler::ForEachTsvLine(const SourceFile& file, Fn fn) {
  size_t line_start = 0, line_number = 0;
  const std::string& text = file.contents;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    ++line_number;
    std::string_view line(text.data() + line_start, line_end - line_start);
    line_start = line_end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const Where at{&file.path, line_number};
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos) {
      Error(at, "expected two fields separated by one tab");
      continue;
    }
    const std::string_view phrase = line.substr(tab + 1);
    const std::string key = FoldPhrase(phrase);
    if (key.empty()) {
      Error(at, "the phrase has no letters or digits");
      continue;
    }
    if (std::count(key.begin(), key.end(), ' ') + 1 >
        static_cast<long>(snapshot::kMaxPhraseTokens)) {
      Error(at, "phrase longer than " + std::to_string(snapshot::kMaxPhraseTokens) +
                    " words");
      continue;
    }
    fn(line.substr(0, tab), phrase, at);
  }
}

void Compiler::ReadTriggers(const SourceFile& file) {
  ForEachTsvLine(file, [this](std::string_view type, std::string_view phrase,
                              const Where& at) {
    ModelTrigger trigger{std::string(phrase), EventType::kTookOffice};
    if (!ParseEventType(type, &trigger.type)) {
      Error(at, "unknown event type \"" + std::string(type) + "\"");
      return;
    }
    model_.triggers.push_back(std::move(trigger));
  });
}

void Compiler::ReadTitles(const SourceFile& file) {
  ForEachTsvLine(file, [this](std::string_view office, std::string_view phrase,
                              const Where& at) {
    pending_titles_.push_back({std::string(office), std::string(phrase),
                               *at.path + ":" + std::to_string(at.line)});
  });
}

Status Compiler::Finish(std::string* snapshot) {
  // References resolve only once every file is read.
  for (const PendingParticipant& p : pending_) {
    const auto it = entity_index_.find(p.entity);
    if (it == entity_index_.end()) {
      ErrorAt(p.where, "unknown entity \"" + p.entity + "\"");
      continue;
    }
    model_.events[p.event].participants.push_back({it->second, p.role});
  }
  for (const PendingEntityRef& r : pending_jurisdictions_) {
    model_.entities[r.entity].jurisdiction = Resolve(r.id, r.where);
  }
  for (const PendingEventPlace& r : pending_places_) {
    model_.events[r.event].place = Resolve(r.id, r.where);
  }
  FinishTerms();
  for (const PendingTitle& t : pending_titles_) {
    const auto it = entity_index_.find(t.office);
    if (it == entity_index_.end() ||
        model_.entities[it->second].kind != EntityKind::kOffice) {
      ErrorAt(t.where, "\"" + t.office + "\" is not an office entity");
      continue;
    }
    model_.titles.push_back({t.phrase, it->second});
  }
  // Two entities may share a surname (resolved in context) but an alias
  // only when a note on one of them says why: an article's "Georgia" is
  // then ambiguous, and factmark leaves it unresolved.
  std::map<std::string, const ModelEntity*> alias_owner;
  for (const ModelEntity& e : model_.entities) {
    std::set<std::string> keys{FoldPhrase(e.name)};
    for (const std::string& alias : e.aliases) keys.insert(FoldPhrase(alias));
    for (const std::string& demonym : e.demonyms) keys.insert(FoldPhrase(demonym));
    for (const std::string& key : keys) {
      if (FoldPhrase(key).empty()) continue;
      if (std::count(key.begin(), key.end(), ' ') + 1 >
          static_cast<long>(snapshot::kMaxPhraseTokens)) {
        ErrorAt(id_origin_[e.id], "alias \"" + key + "\" longer than " +
                                      std::to_string(snapshot::kMaxPhraseTokens) + " words");
        continue;
      }
      const auto [it, inserted] = alias_owner.emplace(key, &e);
      if (!inserted && !e.has_note && !it->second->has_note) {
        ErrorAt(id_origin_[e.id], "alias \"" + key + "\" is also claimed by \"" +
                                      it->second->id +
                                      "\"; add a \"note\" saying why both are right");
      }
    }
  }
  if (!have_dataset_) ErrorAt("dataset.json", "missing (name, version, coverage_end)");
  if (!errors_.empty()) {
    std::string message;
    for (const std::string& e : errors_) message += e + "\n";
    if (truncated_) message += "(more problems not shown)\n";
    message.pop_back();
    return Status::InvalidData(std::move(message));
  }
  *snapshot = WriteSnapshot(model_);
  return Status::Ok();
}

}  // namespace

std::string_view EntityKindName(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson: return "person";
    case EntityKind::kCountry: return "country";
    case EntityKind::kOrganization: return "organization";
    case EntityKind::kPlace: return "place";
    case EntityKind::kOffice: return "office";
    case EntityKind::kEvent: return "event";
    case EntityKind::kCount: break;
  }
  return "unknown";
}

bool ParseEntityKind(std::string_view name, EntityKind* out) {
  for (uint32_t i = 0; i < static_cast<uint32_t>(EntityKind::kCount); ++i) {
    if (EntityKindName(static_cast<EntityKind>(i)) == name) {
      *out = static_cast<EntityKind>(i);
      return true;
    }
  }
  return false;
}

bool IsTimelineSourcePath(const std::string& path) {
  return RoleOf(path) != FileRole::kNone;
}

Status CompileTimeline(const std::vector<SourceFile>& files,
                       std::string* snapshot) {
  Compiler compiler;
  for (const SourceFile& file : files) compiler.Read(file);
  return compiler.Finish(snapshot);
}

}  // namespace factmark
