#include "time/temporal_expression.h"

namespace factmark {

std::string_view TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

std::string_view TimexModName(TimexMod mod) {
  switch (mod) {
    case TimexMod::kNone: return "";
    case TimexMod::kBefore: return "BEFORE";
    case TimexMod::kAfter: return "AFTER";
    case TimexMod::kOnOrBefore: return "ON_OR_BEFORE";
    case TimexMod::kOnOrAfter: return "ON_OR_AFTER";
    case TimexMod::kLessThan: return "LESS_THAN";
    case TimexMod::kMoreThan: return "MORE_THAN";
    case TimexMod::kEqualOrLess: return "EQUAL_OR_LESS";
    case TimexMod::kEqualOrMore: return "EQUAL_OR_MORE";
    case TimexMod::kStart: return "START";
    case TimexMod::kMid: return "MID";
    case TimexMod::kEnd: return "END";
    case TimexMod::kApprox: return "APPROX";
  }
  return "";
}

std::string_view AnchorName(Anchor anchor) {
  switch (anchor) {
    case Anchor::kAbsolute: return "absolute";
    case Anchor::kPublished: return "published";
    case Anchor::kReference: return "reference";
    case Anchor::kUnresolved: return "unresolved";
  }
  return "absolute";
}

}  // namespace factmark
