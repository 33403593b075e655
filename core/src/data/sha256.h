// SHA-256 (FIPS 180-4), used to detect corrupt timeline snapshots.
#ifndef FACTMARK_DATA_SHA256_H_
#define FACTMARK_DATA_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace factmark {

using Sha256Digest = std::array<uint8_t, 32>;

Sha256Digest Sha256(std::string_view bytes);

std::string ToHex(const Sha256Digest& digest);

}  // namespace factmark

#endif  // FACTMARK_DATA_SHA256_H_
