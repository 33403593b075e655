#include "data/timeline.h"

#include <string>

#include "data/checksum.h"
#include "status_macros.h"
#include "text/utf8.h"


namespace factmark {

using namespace snapshot;

namespace {

std::string TagName(uint32_t tag) {
  std::string name;
  for (int i = 0; i < 4; ++i) {
    const char c = static_cast<char>(tag >> (8 * i));
    name.push_back(c >= 0x20 && c < 0x7F ? c : '?');
  }
  return name;
}

Status Corrupt(const std::string& what) {
  return Status::CorruptData("the timeline snapshot is corrupt: " + what);
}

// Dates the snapshot may hold: years 1..9999.
constexpr int32_t kFirstDay = -719162;  // 0001-01-01
constexpr int32_t kLastDay = 2932896;   // 9999-12-31

}  // namespace

Status Timeline::Open(std::string bytes, std::unique_ptr<Timeline>* out) {
  std::unique_ptr<Timeline> timeline(new Timeline());
  timeline->bytes_ = std::move(bytes);
  Status status = timeline->Validate();
  if (!status.ok()) return status;
  timeline->IndexPhrases();
  *out = std::move(timeline);
  return Status::Ok();
}

Status Timeline::Validate() {
  const std::string& b = bytes_;
  if (b.size() < sizeof kMagic || std::memcmp(b.data(), kMagic, sizeof kMagic) != 0) {
    return Status::CorruptData(
        "not a factmark timeline snapshot (the file does not start with the "
        "snapshot signature); compile sources with `factmark compile-data`");
  }
  if (b.size() < kHeaderSize) {
    return Corrupt("the file is truncated inside its header (" +
                   std::to_string(b.size()) + " bytes)");
  }
  const uint32_t version = ReadU32(b.data() + 8);
  if (version != kFormatVersion) {
    return Status::CorruptData(
        "the timeline snapshot has format version " + std::to_string(version) +
        ", this factmark reads version " + std::to_string(kFormatVersion) +
        "; recompile it with this factmark's `compile-data`");
  }
  if (ReadU32(b.data() + 12) != kHeaderSize) return Corrupt("bad header size");
  if (ReadU32(b.data() + kSectionCountOffset + 4) != 0) {
    return Corrupt("reserved header bytes are not zero");
  }
  const uint64_t payload_size = ReadU64(b.data() + 16);
  if (payload_size != b.size() - kHeaderSize) {
    return Corrupt("the header announces " + std::to_string(payload_size) +
                   " payload bytes but the file holds " +
                   std::to_string(b.size() - kHeaderSize) +
                   " (truncated or padded)");
  }
  const std::string_view payload(b.data() + kHeaderSize, payload_size);
  const Checksum digest = PayloadChecksum(payload);
  if (std::memcmp(digest.data(), b.data() + kDigestOffset, digest.size()) != 0) {
    return Corrupt("checksum mismatch (the payload's checksum differs: the file is damaged)");
  }
  if (payload_size > UINT32_MAX) return Corrupt("payload larger than 4 GiB");

  // The directory.
  const uint32_t count = ReadU32(b.data() + kSectionCountOffset);
  if (count > 64 || uint64_t{count} * kDirectoryEntrySize > payload_size) {
    return Corrupt("section directory out of bounds");
  }
  struct Wanted {
    uint32_t tag;
    Section* section;
    size_t record_size;
  };
  const Wanted wanted[] = {
      {kMetaTag, &meta_, kMetaSize},
      {kStringsTag, &strings_, 1},
      {kEntitiesTag, &entities_, kEntitySize},
      {kAliasesTag, &aliases_, kAliasSize},
      {kEventsTag, &events_, kEventSize},
      {kSourcesTag, &sources_, kStrRefSize},
      {kParticipantsTag, &participants_, kParticipantSize},
      {kTriggersTag, &triggers_, kTriggerSize},
      {kTitlesTag, &titles_, kTitleSize},
      {kTermsTag, &terms_, kTermSize},
      {kHoldersTag, &holders_, kHolderSize},
  };
  for (uint32_t i = 0; i < count; ++i) {
    const char* entry = payload.data() + i * kDirectoryEntrySize;
    const uint32_t tag = ReadU32(entry);
    const uint32_t offset = ReadU32(entry + 4);
    const uint32_t size = ReadU32(entry + 8);
    if (offset % 4 != 0 || offset > payload_size || size > payload_size - offset) {
      return Corrupt("section " + TagName(tag) + " lies outside the file");
    }
    // The section count sits in the header, outside the checksum: a count
    // raised by one would read a section's first bytes as a directory entry.
    // Sections start after the directory, and every tag is one this format
    // has, so such an entry cannot pass.
    if (offset < uint64_t{count} * kDirectoryEntrySize) {
      return Corrupt("section " + TagName(tag) + " overlaps the section directory");
    }
    bool known = false;
    for (const Wanted& w : wanted) known = known || w.tag == tag;
    if (!known) return Corrupt("section " + TagName(tag) + " is not part of this format");
    for (const Wanted& w : wanted) {
      if (w.tag != tag) continue;
      if (w.section->data != nullptr) {
        return Corrupt("section " + TagName(tag) + " appears twice");
      }
      if (size % w.record_size != 0) {
        return Corrupt("section " + TagName(tag) + " has a partial record");
      }
      w.section->data = payload.data() + offset;
      w.section->size = size;
    }
  }
  for (const Wanted& w : wanted) {
    if (w.section->data == nullptr) {
      return Corrupt("section " + TagName(w.tag) + " is missing");
    }
  }
  if (meta_.size != kMetaSize) return Corrupt("META must hold one record");
  entity_count_ = entities_.size / kEntitySize;
  alias_count_ = aliases_.size / kAliasSize;
  event_count_ = events_.size / kEventSize;
  source_count_ = sources_.size / kStrRefSize;
  participant_count_ = participants_.size / kParticipantSize;
  trigger_count_ = triggers_.size / kTriggerSize;
  title_count_ = titles_.size / kTitleSize;
  term_count_ = terms_.size / kTermSize;
  if (holders_.size / kHolderSize != term_count_) {
    return Corrupt("HOLD does not list every term once");
  }

  // Every string reference inside STRS and valid UTF-8.
  auto check_string = [&](const char* ref, const char* what) -> Status {
    const uint32_t offset = ReadU32(ref);
    const uint32_t length = ReadU32(ref + 4);
    if (offset > strings_.size || length > strings_.size - offset) {
      return Corrupt(std::string("a string of ") + what + " lies outside STRS");
    }
    if (FindInvalidUtf8(std::string_view(strings_.data + offset, length)) !=
        std::string_view::npos) {
      return Corrupt(std::string("a string of ") + what + " is not UTF-8");
    }
    return Status::Ok();
  };

  FACTMARK_RETURN_IF_ERROR(check_string(meta_.data, "META"));
  FACTMARK_RETURN_IF_ERROR(check_string(meta_.data + 8, "META"));
  name_ = String(meta_.data);
  version_ = String(meta_.data + 8);
  coverage_end_ = ReadI32(meta_.data + 16);
  longest_alias_ = ReadU32(meta_.data + 20);
  longest_trigger_ = ReadU32(meta_.data + 24);
  longest_title_ = ReadU32(meta_.data + 28);
  if (coverage_end_ < kFirstDay || coverage_end_ > kLastDay) {
    return Corrupt("coverage end date out of range");
  }
  if (longest_alias_ > kMaxPhraseTokens || longest_trigger_ > kMaxPhraseTokens ||
      longest_title_ > kMaxPhraseTokens) {
    return Corrupt("phrase length out of range");
  }

  for (uint32_t i = 0; i < entity_count_; ++i) {
    const char* r = entities_.data + i * kEntitySize;
    FACTMARK_RETURN_IF_ERROR(check_string(r, "an entity"));
    FACTMARK_RETURN_IF_ERROR(check_string(r + 8, "an entity"));
    if (ReadU32(r + 16) >= kEntityKindCount) return Corrupt("entity of unknown kind");
    const uint32_t jurisdiction = ReadU32(r + 20);
    if (jurisdiction != kNone && jurisdiction >= entity_count_) {
      return Corrupt("an office's jurisdiction refers to nothing");
    }
  }
  // Sections looked up by folded key: sorted keys, values in range.
  auto check_keyed = [&](const Section& section, size_t record_size,
                         uint32_t value_limit, const char* what) -> Status {
    std::string_view previous;
    for (uint32_t i = 0; i < section.size / record_size; ++i) {
      const char* r = section.data + i * record_size;
      FACTMARK_RETURN_IF_ERROR(check_string(r, what));
      if (ReadU32(r + 8) >= value_limit) {
        return Corrupt(std::string(what) + " refers to nothing");
      }
      const std::string_view key = String(r);
      if (i > 0 && key < previous) return Corrupt(std::string(what) + " is out of order");
      previous = key;
    }
    return Status::Ok();
  };
  FACTMARK_RETURN_IF_ERROR(check_keyed(aliases_, kAliasSize, entity_count_, "an alias"));
  FACTMARK_RETURN_IF_ERROR(check_keyed(triggers_, kTriggerSize,
                                       static_cast<uint32_t>(EventType::kCount),
                                       "a trigger"));
  FACTMARK_RETURN_IF_ERROR(check_keyed(titles_, kTitleSize, entity_count_, "a title"));
  for (uint32_t i = 0; i < source_count_; ++i) {
    FACTMARK_RETURN_IF_ERROR(check_string(sources_.data + i * kStrRefSize, "a source"));
  }
  int32_t previous_day = kFirstDay;
  for (uint32_t i = 0; i < event_count_; ++i) {
    const char* r = events_.data + i * kEventSize;
    FACTMARK_RETURN_IF_ERROR(check_string(r, "an event"));
    FACTMARK_RETURN_IF_ERROR(check_string(r + 8, "an event"));
    const int32_t day = ReadI32(r + 16);
    const auto precision = static_cast<uint8_t>(r[20]);
    uint16_t type;
    std::memcpy(&type, r + 22, 2);  // the format is little-endian, as is wasm
    const uint32_t first_source = ReadU32(r + 24);
    const uint32_t sources = ReadU32(r + 28);
    const auto end_precision = static_cast<uint8_t>(r[21]);
    const int32_t end_day = ReadI32(r + 32);
    const uint32_t place = ReadU32(r + 36);
    if (day < kFirstDay || day > kLastDay || day < previous_day) {
      return Corrupt("event dates out of range or out of order");
    }
    previous_day = day;
    if (precision > static_cast<uint8_t>(Precision::kYear) ||
        type >= static_cast<uint16_t>(EventType::kCount) ||
        (end_precision != kNoEnd && end_precision > static_cast<uint8_t>(Precision::kYear))) {
      return Corrupt("event with an unknown precision or type");
    }
    if (end_day < day || end_day > kLastDay) return Corrupt("event ends before it begins");
    if (place != kNone && place >= entity_count_) return Corrupt("event place refers to nothing");
    if (first_source > source_count_ || sources > source_count_ - first_source) {
      return Corrupt("event sources out of range");
    }
  }
  uint64_t previous_term = 0;
  for (uint32_t i = 0; i < term_count_; ++i) {
    const char* r = terms_.data + i * kTermSize;
    const uint32_t office = ReadU32(r);
    const uint32_t holder = ReadU32(r + 4);
    const int32_t start = ReadI32(r + 8);
    const int32_t end = ReadI32(r + 12);
    const auto start_precision = static_cast<uint8_t>(r[16]);
    const auto end_precision = static_cast<uint8_t>(r[17]);
    const uint32_t first_source = ReadU32(r + 24);
    const uint32_t sources = ReadU32(r + 28);
    if (office >= entity_count_ || holder >= entity_count_) {
      return Corrupt("a term refers to nothing");
    }
    if (start < kFirstDay || start > kLastDay ||
        start_precision > static_cast<uint8_t>(Precision::kYear) ||
        (end_precision != kNoEnd &&
         (end < start || end > kLastDay ||
          end_precision > static_cast<uint8_t>(Precision::kYear))) ||
        static_cast<uint8_t>(r[18]) >= static_cast<uint8_t>(TermStart::kCount) ||
        static_cast<uint8_t>(r[19]) >= static_cast<uint8_t>(TermEnd::kCount)) {
      return Corrupt("a term with impossible dates or kinds");
    }
    if (first_source > source_count_ || sources > source_count_ - first_source) {
      return Corrupt("term sources out of range");
    }
    const uint64_t order = uint64_t{office} << 32 | static_cast<uint32_t>(start - kFirstDay);
    if (i > 0 && order < previous_term) return Corrupt("terms out of order");
    previous_term = order;
  }
  uint64_t previous_holder = 0;
  for (uint32_t i = 0; i < term_count_; ++i) {
    const uint32_t term = ReadU32(holders_.data + i * kHolderSize);
    if (term >= term_count_) return Corrupt("HOLD refers to no term");
    const char* r = terms_.data + term * kTermSize;
    const uint64_t order =
        uint64_t{ReadU32(r + 4)} << 32 | static_cast<uint32_t>(ReadI32(r + 8) - kFirstDay);
    if (i > 0 && order < previous_holder) return Corrupt("HOLD out of order");
    previous_holder = order;
  }
  uint64_t previous = 0;
  for (uint32_t i = 0; i < participant_count_; ++i) {
    const char* r = participants_.data + i * kParticipantSize;
    const uint32_t entity = ReadU32(r);
    const uint32_t event = ReadU32(r + 4);
    if (entity >= entity_count_ || event >= event_count_ ||
        ReadU32(r + 8) >= kRoleCount) {
      return Corrupt("participant record out of range");
    }
    const uint64_t order = uint64_t{entity} << 32 | event;
    if (i > 0 && order < previous) return Corrupt("participants out of order");
    previous = order;
  }
  return Status::Ok();
}

std::string_view Timeline::String(const char* ref) const {
  return std::string_view(strings_.data + ReadU32(ref), ReadU32(ref + 4));
}

Timeline::Entity Timeline::entity(uint32_t index) const {
  const char* r = entities_.data + index * kEntitySize;
  return Entity{String(r), String(r + 8), ReadU32(r + 16), ReadU32(r + 20)};
}

Timeline::Event Timeline::event(uint32_t index) const {
  const char* r = events_.data + index * kEventSize;
  uint16_t type;
  std::memcpy(&type, r + 22, 2);
  const uint32_t first_source = ReadU32(r + 24);
  const auto end_precision = static_cast<uint8_t>(r[21]);
  const bool has_end = end_precision != kNoEnd;
  return Event{String(r),
               String(r + 8),
               PartialDate{CivilFromDays(ReadI32(r + 16)), static_cast<Precision>(r[20])},
               static_cast<EventType>(type),
               IndexRange{first_source, first_source + ReadU32(r + 28)},
               has_end,
               PartialDate{CivilFromDays(ReadI32(r + 32)),
                           has_end ? static_cast<Precision>(end_precision) : Precision::kDay},
               ReadU32(r + 36)};
}

IndexRange Timeline::EventsStartingIn(int32_t first_day, int32_t last_day) const {
  auto first_at = [&](int32_t day) {
    uint32_t lo = 0, hi = event_count_;
    while (lo < hi) {
      const uint32_t mid = lo + (hi - lo) / 2;
      if (ReadI32(events_.data + mid * kEventSize + 16) < day) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  return IndexRange{first_at(first_day), first_at(last_day + 1)};
}

std::string_view Timeline::source(uint32_t index) const {
  return String(sources_.data + index * kStrRefSize);
}

void Timeline::IndexPhrases() {
  const struct {
    const Section* section;
    size_t size;
    uint8_t kind;
  } kinds[] = {{&aliases_, kAliasSize, kPhraseAlias},
               {&triggers_, kTriggerSize, kPhraseTrigger},
               {&titles_, kTitleSize, kPhraseTitle}};
  size_t records = 0;
  for (const auto& k : kinds) records += k.section->size / k.size;
  phrases_.reserve(records * 2);
  for (const auto& k : kinds) {
    const size_t n = k.section->size / k.size;
    for (size_t i = 0; i < n; ++i) {
      const std::string_view key = String(k.section->data + i * k.size);
      phrases_[key] |= k.kind;
      for (size_t space = key.find(' '); space != std::string_view::npos;
           space = key.find(' ', space + 1)) {
        phrases_[key.substr(0, space)] |= kPhrasePrefix;
      }
    }
  }
}

IndexRange Timeline::FindByKey(const Section& section, size_t record_size,
                               std::string_view key) const {
  const uint32_t n = static_cast<uint32_t>(section.size / record_size);
  auto key_at = [&](uint32_t i) { return String(section.data + i * record_size); };
  uint32_t lo = 0, hi = n;
  while (lo < hi) {  // first record with key >= `key`
    const uint32_t mid = lo + (hi - lo) / 2;
    if (key_at(mid) < key) lo = mid + 1; else hi = mid;
  }
  uint32_t end = lo;
  while (end < n && key_at(end) == key) ++end;
  return IndexRange{lo, end};
}

IndexRange Timeline::FindAliases(std::string_view key) const {
  return FindByKey(aliases_, kAliasSize, key);
}

Timeline::Alias Timeline::alias(uint32_t record) const {
  const char* r = aliases_.data + record * kAliasSize;
  return Alias{ReadU32(r + 8), ReadU32(r + 12)};
}

IndexRange Timeline::FindTriggers(std::string_view key) const {
  return FindByKey(triggers_, kTriggerSize, key);
}

EventType Timeline::trigger_type(uint32_t record) const {
  return static_cast<EventType>(ReadU32(triggers_.data + record * kTriggerSize + 8));
}

IndexRange Timeline::FindTitles(std::string_view key) const {
  return FindByKey(titles_, kTitleSize, key);
}

uint32_t Timeline::title_office(uint32_t record) const {
  return ReadU32(titles_.data + record * kTitleSize + 8);
}

bool Timeline::Participates(uint32_t entity, uint32_t event) const {
  const IndexRange range = ParticipationsOf(entity);
  uint32_t lo = range.begin, hi = range.end;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    const uint32_t at = ReadU32(participants_.data + mid * kParticipantSize + 4);
    if (at == event) return true;
    if (at < event) lo = mid + 1; else hi = mid;
  }
  return false;
}

IndexRange Timeline::ParticipationsOf(uint32_t entity) const {
  uint32_t lo = 0, hi = participant_count_;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    if (ReadU32(participants_.data + mid * kParticipantSize) < entity) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  uint32_t end = lo;
  while (end < participant_count_ &&
         ReadU32(participants_.data + end * kParticipantSize) == entity) {
    ++end;
  }
  return IndexRange{lo, end};
}

Timeline::Participation Timeline::participation(uint32_t record) const {
  const char* r = participants_.data + record * kParticipantSize;
  return Participation{ReadU32(r + 4), static_cast<Role>(ReadU32(r + 8))};
}

}  // namespace factmark

namespace factmark {

Timeline::Term Timeline::term(uint32_t index) const {
  const char* r = terms_.data + index * kTermSize;
  const auto end_precision = static_cast<uint8_t>(r[17]);
  const bool has_end = end_precision != kNoEnd;
  const uint32_t first_source = ReadU32(r + 24);
  return Term{ReadU32(r),
              ReadU32(r + 4),
              PartialDate{CivilFromDays(ReadI32(r + 8)), static_cast<Precision>(r[16])},
              has_end,
              PartialDate{CivilFromDays(ReadI32(r + 12)),
                          has_end ? static_cast<Precision>(end_precision) : Precision::kDay},
              static_cast<TermStart>(r[18]),
              static_cast<TermEnd>(r[19]),
              (ReadU32(r + 20) & kTermActing) != 0,
              IndexRange{first_source, first_source + ReadU32(r + 28)}};
}

IndexRange Timeline::TermsOfOffice(uint32_t office) const {
  auto office_at = [&](uint32_t i) { return ReadU32(terms_.data + i * kTermSize); };
  uint32_t lo = 0, hi = term_count_;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    if (office_at(mid) < office) lo = mid + 1; else hi = mid;
  }
  uint32_t end = lo;
  while (end < term_count_ && office_at(end) == office) ++end;
  return IndexRange{lo, end};
}

uint32_t Timeline::holder_term(uint32_t record) const {
  return ReadU32(holders_.data + record * kHolderSize);
}

IndexRange Timeline::TermsOfHolder(uint32_t holder) const {
  auto holder_at = [&](uint32_t i) {
    return ReadU32(terms_.data + holder_term(i) * kTermSize + 4);
  };
  uint32_t lo = 0, hi = term_count_;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    if (holder_at(mid) < holder) lo = mid + 1; else hi = mid;
  }
  uint32_t end = lo;
  while (end < term_count_ && holder_at(end) == holder) ++end;
  return IndexRange{lo, end};
}

}  // namespace factmark
