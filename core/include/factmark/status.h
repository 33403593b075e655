// factmark reports every failure as a Status value; no function in the core
// throws. A Status is cheap to copy when it is OK (no message is allocated).
#ifndef FACTMARK_STATUS_H_
#define FACTMARK_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace factmark {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // a caller's option or command-line argument is wrong
    kInvalidInput,     // the text to check cannot be read (e.g. not UTF-8)
    kInvalidData,      // timeline sources refused by the compiler
    kCorruptData,      // a compiled timeline snapshot cannot be trusted
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string message) {
    return Status(Code::kInvalidArgument, std::move(message));
  }
  static Status InvalidInput(std::string message) {
    return Status(Code::kInvalidInput, std::move(message));
  }
  static Status InvalidData(std::string message) {
    return Status(Code::kInvalidData, std::move(message));
  }
  static Status CorruptData(std::string message) {
    return Status(Code::kCorruptData, std::move(message));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Stable name of the code, as used in JSON errors: "invalid-input", ...
  std::string_view code_name() const;

 private:
  Status(Code code, std::string message)
      : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

// {"error": {"code": "invalid-input", "message": "..."}}: how an error
// crosses to JavaScript and into JSON output.
std::string ErrorJson(const Status& status);

}  // namespace factmark

#endif  // FACTMARK_STATUS_H_
