// Names of public enum values, for logs and error messages.
#include "smax.h"

const char* smax_status_string(enum smax_status status) {
  switch (status) {
    case smax_status_success:
      return "success";
    case smax_status_uninitialized:
      return "uninitialized";
    case smax_status_invalid_parameter:
      return "invalid_parameter";
    case smax_status_invalid_state:
      return "invalid_state";
    case smax_status_unsupported_parameter:
      return "unsupported_parameter";
    case smax_status_unsupported_hardware:
      return "unsupported_hardware";
    case smax_status_out_of_memory:
      return "out_of_memory";
  }
  return "unknown_status";
}

const char* smax_algorithm_string(enum smax_algorithm algorithm) {
  switch (algorithm) {
    case smax_algorithm_auto:
      return "auto";
    case smax_algorithm_three_pass_recompute:
      return "three_pass_recompute";
    case smax_algorithm_three_pass_reload:
      return "three_pass_reload";
    case smax_algorithm_online:
      return "online";
    case smax_algorithm_two_pass:
      return "two_pass";
  }
  return "unknown_algorithm";
}
