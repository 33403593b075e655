// The binary layout of a compiled timeline (format version 3). All integers
// are little-endian. A snapshot is a 64-byte header followed by the payload:
//
//   header  magic "FMKTLINE" | u32 format version | u32 header size (64)
//           | u64 payload size | checksum of the payload (32 bytes, see
//           data/checksum.h)
//           | u32 section count | u32 reserved (0)
//   payload section directory (count x {u32 tag, u32 offset, u32 size},
//           offsets from the payload's start), then the sections, each
//           4-byte aligned. Sections are arrays of fixed-size records read in
//           place; strings live in STRS and are referenced as {offset, length}.
#ifndef FACTMARK_DATA_SNAPSHOT_FORMAT_H_
#define FACTMARK_DATA_SNAPSHOT_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace factmark {
namespace snapshot {

constexpr char kMagic[8] = {'F', 'M', 'K', 'T', 'L', 'I', 'N', 'E'};
constexpr uint32_t kFormatVersion = 3;  // 3: a fast checksum in place of SHA-256
constexpr size_t kHeaderSize = 64;
constexpr size_t kDigestOffset = 24;
constexpr size_t kSectionCountOffset = 56;
constexpr size_t kDirectoryEntrySize = 12;

constexpr uint32_t Tag(const char (&name)[5]) {
  return uint32_t(uint8_t(name[0])) | uint32_t(uint8_t(name[1])) << 8 |
         uint32_t(uint8_t(name[2])) << 16 | uint32_t(uint8_t(name[3])) << 24;
}

// Sections and their record sizes in bytes.
constexpr uint32_t kMetaTag = Tag("META");  // one MetaRecord
constexpr uint32_t kStringsTag = Tag("STRS");  // UTF-8 bytes
constexpr uint32_t kEntitiesTag = Tag("ENTS");  // EntityRecord, by index
constexpr uint32_t kAliasesTag = Tag("ALIA");  // AliasRecord, sorted by key
constexpr uint32_t kEventsTag = Tag("EVTS");  // EventRecord, sorted by date
constexpr uint32_t kSourcesTag = Tag("SRCS");  // StrRef, per event ranges
constexpr uint32_t kParticipantsTag = Tag("PART");  // by entity, then date
constexpr uint32_t kTriggersTag = Tag("TRIG");  // TriggerRecord, by key
constexpr uint32_t kTitlesTag = Tag("TITL");  // TitleRecord, by key
constexpr uint32_t kTermsTag = Tag("TERM");  // TermRecord, by office, then start
constexpr uint32_t kHoldersTag = Tag("HOLD");  // u32 term index, by holder, then start

//   MetaRecord        StrRef name, StrRef version, i32 coverage end (days
//                     since 1970-01-01), u32 longest alias, u32 longest
//                     trigger, u32 longest title (in tokens)           32 bytes
//   StrRef            u32 offset, u32 length into STRS                  8 bytes
//   EntityRecord      StrRef id, StrRef name, u32 kind, u32 jurisdiction
//                     entity (kNone: none)                             24 bytes
//   AliasRecord       StrRef folded key, u32 entity, u32 flags         16 bytes
//   EventRecord       StrRef id, StrRef summary, i32 first day,
//                     u8 precision, u8 end precision (kNoEnd: none),
//                     u16 type, u32 first source, u32 source count,
//                     i32 end's first day, u32 place entity (kNone)    40 bytes
//   ParticipantRecord u32 entity, u32 event, u32 role                  12 bytes
//   TriggerRecord     StrRef folded phrase, u32 event type             12 bytes
//   TitleRecord       StrRef folded phrase, u32 office entity          12 bytes
//   TermRecord        u32 office, u32 holder, i32 start's first day,
//                     i32 end's first day, u8 start precision, u8 end
//                     precision (kNoEnd: in office), u8 began, u8 ended,
//                     u32 flags, u32 first source, u32 source count    32 bytes
constexpr size_t kMetaSize = 32;
constexpr size_t kStrRefSize = 8;
constexpr size_t kEntitySize = 24;
constexpr size_t kAliasSize = 16;
constexpr size_t kEventSize = 40;
constexpr size_t kParticipantSize = 12;
constexpr size_t kTriggerSize = 12;
constexpr size_t kTitleSize = 12;
constexpr size_t kTermSize = 32;
constexpr size_t kHolderSize = 4;

// No entity (a jurisdiction, a place), no end date.
constexpr uint32_t kNone = UINT32_MAX;
constexpr uint8_t kNoEnd = 0xFF;

// TermRecord flags.
constexpr uint32_t kTermActing = 1;

// AliasRecord flags.
constexpr uint32_t kAliasSurname = 1;  // a bare surname: resolved in context
constexpr uint32_t kAliasDemonym = 2;  // "South Korean": a country's adjective

// EntityRecord kinds are EntityKind values (timeline_model.h), below this.
constexpr uint32_t kEntityKindCount = 6;

// ParticipantRecord roles.
enum class Role : uint32_t { kSubject = 0, kObject = 1, kParticipant = 2 };
constexpr uint32_t kRoleCount = 3;

// A phrase longer than this many tokens is refused by the compiler.
constexpr uint32_t kMaxPhraseTokens = 12;

inline uint32_t ReadU32(const char* p) {
  uint8_t b[4];
  std::memcpy(b, p, 4);
  return uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 |
         uint32_t(b[3]) << 24;
}
inline int32_t ReadI32(const char* p) { return static_cast<int32_t>(ReadU32(p)); }
inline uint64_t ReadU64(const char* p) {
  return uint64_t(ReadU32(p)) | uint64_t(ReadU32(p + 4)) << 32;
}

}  // namespace snapshot
}  // namespace factmark

#endif  // FACTMARK_DATA_SNAPSHOT_FORMAT_H_
