#include "data/checksum.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace factmark {
namespace {

// Every one-bit flip and every truncation of a payload changes its checksum.
TEST(PayloadChecksum, SeesEveryFlippedBitAndTruncation) {
  std::string payload;
  for (int i = 0; i < 300; ++i) payload.push_back(static_cast<char>(i * 37 + 11));
  const Checksum original = PayloadChecksum(payload);
  for (size_t byte = 0; byte < payload.size(); ++byte) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string flipped = payload;
      flipped[byte] = static_cast<char>(flipped[byte] ^ (1 << bit));
      EXPECT_NE(PayloadChecksum(flipped), original) << byte << ":" << bit;
    }
  }
  std::set<Checksum> seen{original};
  for (size_t n = 0; n < payload.size(); ++n) {
    EXPECT_TRUE(seen.insert(PayloadChecksum(payload.substr(0, n))).second) << n;
  }
  // The same bytes, the same checksum.
  EXPECT_EQ(PayloadChecksum(std::string(payload)), original);
}

}  // namespace
}  // namespace factmark
