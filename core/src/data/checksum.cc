#include "data/checksum.h"

#include <cstring>

namespace factmark {
namespace {

constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ull;
constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4Full;
constexpr uint64_t kPrime3 = 0x165667B19E3779F9ull;

inline uint64_t Rotate(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

inline uint64_t Round(uint64_t lane, uint64_t word) {
  return Rotate(lane + word * kPrime2, 31) * kPrime1;
}

inline uint64_t Avalanche(uint64_t h) {
  h ^= h >> 33;
  h *= kPrime2;
  h ^= h >> 29;
  h *= kPrime3;
  h ^= h >> 32;
  return h;
}

inline uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;  // little-endian machines only, as the snapshot format itself
}

}  // namespace

Checksum PayloadChecksum(std::string_view bytes) {
  uint64_t lane[4] = {kPrime1 + kPrime2, kPrime2, 0, 0 - kPrime1};
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  while (end - p >= 32) {
    for (int i = 0; i < 4; ++i) lane[i] = Round(lane[i], Load64(p + 8 * i));
    p += 32;
  }
  // The tail, and the length, so a truncation to a lane boundary shows.
  uint64_t tail = bytes.size();
  int i = 0;
  for (; end - p >= 8; p += 8, ++i) lane[i % 4] = Round(lane[i % 4], Load64(p));
  for (int shift = 0; p < end; ++p, shift += 8) tail ^= uint64_t(uint8_t(*p)) << (shift % 64);
  Checksum out;
  for (int k = 0; k < 4; ++k) {
    const uint64_t h = Avalanche(lane[k] ^ Rotate(tail * kPrime3, 17 + k) ^ (kPrime1 * (k + 1)));
    std::memcpy(out.data() + 8 * k, &h, 8);
    for (int j = 0; j < 4; ++j) lane[j] ^= h;  // every lane depends on every other
  }
  return out;
}

}  // namespace factmark
