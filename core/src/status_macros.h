// Early return for functions that return Status.
#ifndef FACTMARK_STATUS_MACROS_H_
#define FACTMARK_STATUS_MACROS_H_

#include "factmark/status.h"

#define FACTMARK_RETURN_IF_ERROR(expr)        \
  do {                                        \
    ::factmark::Status status_ = (expr);      \
    if (!status_.ok()) return status_;        \
  } while (0)

#endif  // FACTMARK_STATUS_MACROS_H_
