#include "claims/claim.h"

namespace factmark {

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kSupported:
      return "supported";
    case Verdict::kContradicted:
      return "contradicted";
    case Verdict::kUnverifiable:
      return "unverifiable";
  }
  return "unverifiable";
}

std::string_view ClaimKindName(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kEventDate:
      return "event-date";
    case ClaimKind::kRoleAtTime:
      return "role-at-time";
    case ClaimKind::kAnniversary:
      return "anniversary";
    case ClaimKind::kElapsedTime:
      return "elapsed-time";
  }
  return "event-date";
}

}  // namespace factmark
