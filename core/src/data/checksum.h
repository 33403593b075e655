// The checksum of a snapshot's payload: it detects a file damaged on disk or
// in transit (a flipped bit, a truncation the size field missed), not an
// adversary, so it is built for speed: four 64-bit lanes that each mix
// every fourth 8-byte word by multiplication and rotation, then a final
// avalanche. It reads a 1.85 MB snapshot in well under a millisecond, where
// SHA-256 took about 13 ms natively and more in wasm.
#ifndef FACTMARK_DATA_CHECKSUM_H_
#define FACTMARK_DATA_CHECKSUM_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace factmark {

using Checksum = std::array<uint8_t, 32>;

Checksum PayloadChecksum(std::string_view bytes);

}  // namespace factmark

#endif  // FACTMARK_DATA_CHECKSUM_H_
