// Operators other than softmax (top-k, sampler) behind the one public handle: smax_run_operator and
// smax_delete_operator dispatch to the kind's functions; the softmax reshape and setup functions reject
// an operator of another kind. Each kind keeps its own state (impl) and its own create / reshape / setup.
#ifndef SMAX_OPERATOR_KIND_H_
#define SMAX_OPERATOR_KIND_H_

#include <pthreadpool.h>

#include "smax.h"
#include "smax/common.h"

#ifdef __cplusplus
extern "C" {
#endif

struct smax_operator_kind {
  const char* name;
  // Runs a set-up operator; smax_status_invalid_state if it was not set up since its last reshape.
  enum smax_status (*run)(void* impl, pthreadpool_t threadpool);
  // Frees impl and everything it owns.
  void (*destroy)(void* impl);
};

// Wraps impl into a new operator of the kind; smax_status_out_of_memory (impl untouched) if that fails.
SMAX_INTERNAL enum smax_status smax_create_operator_of_kind(const struct smax_operator_kind* kind, void* impl,
                                                            smax_operator_t* op_out);

// The impl of an operator of this kind, or NULL for NULL or an operator of another kind.
SMAX_INTERNAL void* smax_operator_impl(smax_operator_t op, const struct smax_operator_kind* kind);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_OPERATOR_KIND_H_
