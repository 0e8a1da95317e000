// smax's operator: the case table's rows for softmax-bench (bench/operator-cases.h), next to the
// memory references (bench/operator-bench.h).
//
// Implementations: smax:<algorithm> for every public algorithm (smax_algorithm_string's names) through
// the operator API, and smax:running_max_two_pass, auto's internal path for rows beyond the last-level
// cache, through the plan the operator would make for it (src/smax/plan.h), so that auto can be shown
// next to each path it chooses between. The label of a smax:auto case names the path auto took there.
// Operations: softmax, and log_softmax (SMAX_OPTION_LOG_SOFTMAX through smax_create_softmax_nc_f32_ex).
//
// Run it with SMAX_ISA=scalar to measure the scalar baseline (scripts/bench-suite does, in a second
// process). The JSON context records the ISA and the kernel chosen for every family.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "operator-bench.h"
#include "smax.h"
#include "smax/config.h"
#include "smax/plan.h"

// Log-softmax (issue 15) is declared in smax.h before it is built. The reference is weak, so that this
// binary links while the library lacks it and its log_softmax cases report that instead; drop this
// line once smax_create_softmax_nc_f32_ex is in the library.
extern "C" enum smax_status smax_create_softmax_nc_f32_ex(enum smax_algorithm, uint32_t,
                                                          const struct smax_softmax_options*, smax_operator_t*)
    __attribute__((weak));

namespace {

// The plan's internal API before and after issue 15's options (src/smax/plan.h on the core branch adds a
// `log` argument to smax_stages_for_algorithm and the row options to smax_make_plan): the overload that
// matches the library's signature is the one called, so this file builds on either. Drop the old ones
// once the options are on main.
inline const smax_softmax_stages* SoftmaxStages(const smax_softmax_stages* (*stages_for)(const smax_config*,
                                                                                  enum smax_algorithm, size_t),
                                         enum smax_algorithm algorithm, size_t channels) {
  return stages_for(smax_get_config(), algorithm, channels);
}

inline const smax_softmax_stages* SoftmaxStages(const smax_softmax_stages* (*stages_for)(const smax_config*,
                                                                                  enum smax_algorithm, size_t, bool),
                                         enum smax_algorithm algorithm, size_t channels) {
  return stages_for(smax_get_config(), algorithm, channels, false);
}

inline smax_plan SoftmaxPlan(smax_plan (*make_plan)(const smax_config*, const smax_softmax_stages*, size_t, size_t, size_t),
                      const smax_softmax_stages* stages, size_t channels, size_t rows, size_t threads) {
  return make_plan(smax_get_config(), stages, channels, rows, threads);
}

template <typename RowOptions>
inline smax_plan SoftmaxPlan(smax_plan (*make_plan)(const smax_config*, const smax_softmax_stages*, const RowOptions*, size_t,
                                             size_t, size_t),
                      const smax_softmax_stages* stages, size_t channels, size_t rows, size_t threads) {
  RowOptions plain = {};  // plain softmax: no flags, scale 1, no mask, groups of one row
  plain.scale = 1.0f;
  plain.group_rows = 1;
  return make_plan(smax_get_config(), stages, &plain, channels, rows, threads);
}

bool Initialize() {
  const enum smax_status status = smax_initialize();
  if (status != smax_status_success) {
    std::fprintf(stderr, "softmax-bench: smax_initialize failed: %s\n", smax_status_string(status));
    return false;
  }
  const char* cap = std::getenv("SMAX_ISA");
  benchmark::AddCustomContext("smax_isa", smax_get_isa_name());
  benchmark::AddCustomContext("smax_isa_env", cap != nullptr ? cap : "");
  for (size_t index = 0; index < smax_get_ukernel_family_count(); index++) {
    const char* family = smax_get_ukernel_family_name(index);
    benchmark::AddCustomContext(std::string("smax_kernel:") + family, smax_get_ukernel_name(family));
  }
  return true;
}

// Through the operator API: create (with options for log-softmax), reshape and set up outside the
// timed loop, smax_run_operator in it.
void RegisterOperator(const smax_bench::OperatorCase& c, enum smax_algorithm algorithm, uint32_t option_flags) {
  const smax_bench::Shape shape = c.shape;
  const size_t threads = c.threads;
  benchmark::RegisterBenchmark(c.Name().c_str(), [=](benchmark::State& state) {
    smax_bench::OperatorBuffers& buffers = smax_bench::Buffers(shape.elements());
    pthreadpool_t pool = smax_bench::ThreadPool(threads);
    smax_operator_t op = nullptr;
    enum smax_status status;
    if (option_flags == 0) {
      status = smax_create_softmax_nc_f32(algorithm, 0, &op);
    } else if (smax_create_softmax_nc_f32_ex == nullptr) {
      state.SkipWithError("this build of smax has no smax_create_softmax_nc_f32_ex (options, issue 15)");
      return;
    } else {
      struct smax_softmax_options options = {};
      options.flags = option_flags;
      options.scale = 1.0f;
      options.mask_type = smax_mask_type_none;
      options.group_rows = 1;
      status = smax_create_softmax_nc_f32_ex(algorithm, 0, &options, &op);
    }
    if (status == smax_status_success) {
      status = smax_reshape_softmax_nc_f32(op, shape.channels, shape.channels, shape.channels, shape.rows, pool);
    }
    if (status == smax_status_success) {
      status = smax_setup_softmax_nc_f32(op, buffers.input.get(), buffers.output.get());
    }
    if (status != smax_status_success) {
      smax_delete_operator(op);
      state.SkipWithError((std::string("operator setup failed: ") + smax_status_string(status)).c_str());
      return;
    }
    if (algorithm == smax_algorithm_auto) {
      // The path auto takes for this row length (the plan's choice; see src/softmax/plan.c).
      state.SetLabel(SoftmaxStages(smax_stages_for_algorithm, algorithm, shape.channels)->name);
    }
    for (auto _ : state) {
      status = smax_run_operator(op, pool);
      benchmark::ClobberMemory();
    }
    smax_delete_operator(op);
    if (status != smax_status_success) {
      state.SkipWithError((std::string("run failed: ") + smax_status_string(status)).c_str());
      return;
    }
    smax_bench::SetThroughputCounters(state, double(shape.elements()), 8.0 * double(shape.elements()));
  })->UseRealTime();
}

// An algorithm without a public value (auto's running-max two-pass): its stages through the plan the
// operator would make, run as the operator runs it.
void RegisterStages(const smax_bench::OperatorCase& c, const smax_softmax_stages* stages) {
  const smax_bench::Shape shape = c.shape;
  const size_t threads = c.threads;
  benchmark::RegisterBenchmark(c.Name().c_str(), [=](benchmark::State& state) {
    smax_bench::OperatorBuffers& buffers = smax_bench::Buffers(shape.elements());
    pthreadpool_t pool = smax_bench::ThreadPool(threads);
    const smax_plan plan = SoftmaxPlan(smax_make_plan, stages, shape.channels, shape.rows, threads);
    void* workspace = nullptr;
    if (plan.workspace_bytes != 0 && posix_memalign(&workspace, 64, plan.workspace_bytes) != 0) {
      state.SkipWithError("cannot allocate the plan's workspace");
      return;
    }
    smax_run_buffers run = {};
    run.x = buffers.input.get();
    run.x_stride = shape.channels;
    run.y = buffers.output.get();
    run.y_stride = shape.channels;
    run.workspace = workspace;
    for (auto _ : state) {
      smax_run_plan(&plan, &run, pool, PTHREADPOOL_FLAG_DISABLE_DENORMALS);
      benchmark::ClobberMemory();
    }
    std::free(workspace);
    smax_bench::SetThroughputCounters(state, double(shape.elements()), 8.0 * double(shape.elements()));
  })->UseRealTime();
}

bool RegisterCase(const smax_bench::OperatorCase& c) {
  const std::string prefix = "smax:";
  if (c.implementation.compare(0, prefix.size(), prefix) != 0) return false;
  const std::string algorithm = c.implementation.substr(prefix.size());
  uint32_t option_flags;
  if (c.operation == "softmax") {
    option_flags = 0;
  } else if (c.operation == "log_softmax") {
    option_flags = SMAX_OPTION_LOG_SOFTMAX;
  } else {
    return false;
  }
  for (int a = 0; a < SMAX_ALGORITHM_COUNT; a++) {
    if (algorithm == smax_algorithm_string((enum smax_algorithm) a)) {
      RegisterOperator(c, (enum smax_algorithm) a, option_flags);
      return true;
    }
  }
  if (algorithm == smax_running_max_two_pass_stages.name && option_flags == 0) {
    RegisterStages(c, &smax_running_max_two_pass_stages);
    return true;
  }
  return false;
}

}  // namespace

SMAX_OPERATOR_BENCH_MAIN("softmax-bench", Initialize, RegisterCase)
