// smax's operator: the case table's rows for softmax-bench (bench/operator-cases.h), next to the
// memory references (bench/operator-bench.h).
//
// Implementations: smax:<algorithm> for every public algorithm (smax_algorithm_string's names) through
// the operator API, and smax:running_max_two_pass, auto's internal path for rows beyond the last-level
// cache, through the plan the operator would make for it (src/smax/plan.h), so that auto can be shown
// next to each path it chooses between. The label of a smax:auto case names the path auto took there.
// Operations: softmax; log_softmax (SMAX_OPTION_LOG_SOFTMAX); scale_mask (softmax(s * x + mask), an f16
// mask, next to plain softmax of the same rows and to a separate scale-and-mask pass); softmax_16bit and
// log_softmax_16bit (f16 and bf16 in and out, and bf16 in with f32 out, next to f32 rows).
//
// Run it with SMAX_ISA=scalar to measure the scalar baseline (scripts/bench-suite does, in a second
// process). The JSON context records the ISA and the kernel chosen for every family.
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "operator-bench.h"
#include "smax.h"
#include "smax/config.h"
#include "smax/plan.h"

namespace {

// Fused attention options (operation scale_mask): softmax(s * x + mask) with an f16 mask of the tensor's
// shape (one mask row per row), every 8th entry -inf, the others small values.
constexpr float kAttentionScale = 0.125f;  // 1/sqrt(64)

const std::vector<uint16_t>& MaskF16(size_t elements) {
  static std::vector<uint16_t> mask;
  if (mask.size() < elements) {
    mask.resize(elements);
    for (size_t i = 0; i < elements; i++) {
      mask[i] = i % 8 == 7 ? uint16_t(0xfc00) : uint16_t(0x3000 | (i * 2654435761u >> 20 & 0x3ff) | (i & 1) << 15);
    }
  }
  return mask;
}

// What a case runs beyond plain softmax.
struct CaseOptions {
  uint32_t flags = 0;     // SMAX_OPTION_*
  bool mask = false;      // scale and f16 mask fused into the operator
  bool separate = false;  // scale and f16 mask as a pass of their own over the tensor, then the operator in place
  smax_datatype input = smax_datatype_f32;
  smax_datatype output = smax_datatype_f32;
};

size_t TypeBytes(smax_datatype type) {
  return type == smax_datatype_f32 ? sizeof(float) : sizeof(uint16_t);
}

// The f32 input rounded to a 16-bit type (by smax's own narrowing kernel), and a 16-bit output, on pages
// of their own, kept for every case of that type.
struct Buffers16 {
  smax_bench::PageBuffer input;
  smax_bench::PageBuffer output;
  size_t capacity = 0;
};

Buffers16& Buffers16Of(smax_datatype type, size_t elements) {
  static Buffers16 buffers[3];
  Buffers16& b = buffers[type];
  if (elements > b.capacity) {
    const float* values = smax_bench::Buffers(elements).input.get();
    b.input = smax_bench::AllocatePages(elements);  // float-sized pages: room for the 16-bit elements
    b.output = smax_bench::AllocatePages(elements);
    uint16_t* bits = reinterpret_cast<uint16_t*>(b.input.get());
    const smax_config* config = smax_get_config();
    if (type == smax_datatype_f16) {
      config->f32_f16_vcvt(elements * sizeof(float), values, bits, nullptr);
    } else {
      config->f32_bf16_vcvt(elements * sizeof(float), values, bits, nullptr);
    }
    std::memset(b.output.get(), 0, elements * sizeof(float));  // page faults are not timed
    b.capacity = elements;
  }
  return b;
}

// The separate pass: z = s * x + mask over the whole tensor into the output, row by row across the
// threads, through the kernel the fused path uses, so that the comparison is about the pass only.
struct SeparatePass {
  const float* x;
  const uint16_t* mask;
  float* y;
  size_t channels;
};

void SeparateRow(void* context, size_t row) {
  const SeparatePass* pass = static_cast<const SeparatePass*>(context);
  const float coefficients[2] = {kAttentionScale, 1.0f};
  const size_t offset = row * pass->channels;
  smax_get_config()->vscaleaddmaskf16(pass->channels * sizeof(float), pass->x + offset, pass->mask + offset,
                                      pass->y + offset, coefficients, nullptr);
}

smax_plan PlainPlan(const smax_softmax_stages* stages, size_t channels, size_t rows, size_t threads) {
  return smax_make_plan(smax_get_config(), stages, &smax_plain_row_options, channels, rows, threads);
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

// Through the operator API: create (with options where the case has them), reshape and set up outside
// the timed loop, smax_run_operator in it (after the separate pass, for that baseline).
void RegisterOperator(const smax_bench::OperatorCase& c, enum smax_algorithm algorithm, CaseOptions extra) {
  const smax_bench::Shape shape = c.shape;
  const size_t threads = c.threads;
  benchmark::RegisterBenchmark(c.Name().c_str(), [=](benchmark::State& state) {
    smax_bench::OperatorBuffers& buffers = smax_bench::Buffers(shape.elements());
    const std::vector<uint16_t>& mask = MaskF16(extra.mask || extra.separate ? shape.elements() : 0);
    pthreadpool_t pool = smax_bench::ThreadPool(threads);
    struct smax_softmax_options options = {};
    options.flags = extra.flags;
    options.scale = extra.mask ? kAttentionScale : 1.0f;
    options.mask_type = extra.mask ? smax_mask_type_f16 : smax_mask_type_none;
    options.group_rows = 1;
    struct smax_softmax_tensors tensors = {};
    tensors.mask = extra.mask ? mask.data() : nullptr;
    tensors.mask_stride = shape.channels;
    // The separate pass leaves z in the output, and the operator runs on it in place.
    const void* input = extra.separate ? buffers.output.get() : buffers.input.get();
    void* output = buffers.output.get();
    if (extra.input != smax_datatype_f32) {
      Buffers16& narrow = Buffers16Of(extra.input, shape.elements());
      input = narrow.input.get();
      if (extra.output != smax_datatype_f32) output = narrow.output.get();
    }
    smax_operator_t op = nullptr;
    enum smax_status status = smax_create_softmax_nc(extra.input, extra.output, algorithm, 0, &options, &op);
    if (status == smax_status_success) {
      status = smax_reshape_softmax_nc(op, shape.channels, shape.channels, shape.channels, shape.rows, pool);
    }
    if (status == smax_status_success) {
      status = smax_setup_softmax_nc(op, input, output, &tensors);
    }
    if (status != smax_status_success) {
      smax_delete_operator(op);
      state.SkipWithError((std::string("operator setup failed: ") + smax_status_string(status)).c_str());
      return;
    }
    if (algorithm == smax_algorithm_auto) {
      // The path auto takes for this row length (the plan's choice; see src/softmax/plan.c).
      struct smax_row_options row_options = smax_plain_row_options;
      row_options.flags = extra.flags;
      row_options.input_type = extra.input;
      row_options.output_type = extra.output;
      state.SetLabel(smax_stages_for_options(smax_get_config(), algorithm, shape.channels, &row_options)->name);
    }
    SeparatePass pass = {buffers.input.get(), mask.data(), buffers.output.get(), shape.channels};
    for (auto _ : state) {
      if (extra.separate) {
        smax_bench::ParallelizeRows(threads, SeparateRow, &pass, shape.rows);
      }
      status = smax_run_operator(op, pool);
      benchmark::ClobberMemory();
    }
    smax_delete_operator(op);
    if (status != smax_status_success) {
      state.SkipWithError((std::string("run failed: ") + smax_status_string(status)).c_str());
      return;
    }
    const double bytes_per_element = double(TypeBytes(extra.input) + TypeBytes(extra.output));
    smax_bench::SetThroughputCounters(state, double(shape.elements()), bytes_per_element * double(shape.elements()));
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
    const smax_plan plan = PlainPlan(stages, shape.channels, shape.rows, threads);
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

// Implementations: smax:<algorithm>; for scale_mask also plain:<algorithm> (plain softmax of the same
// rows) and separate:<algorithm> (the scale-and-mask pass, then plain softmax in place).
bool RegisterCase(const smax_bench::OperatorCase& c) {
  const size_t colon = c.implementation.find(':');
  if (colon == std::string::npos) return false;
  const std::string kind = c.implementation.substr(0, colon);
  const std::string algorithm = c.implementation.substr(colon + 1);
  CaseOptions extra;
  if (c.operation == "softmax" && kind == "smax") {
  } else if (c.operation == "log_softmax" && kind == "smax") {
    extra.flags = SMAX_OPTION_LOG_SOFTMAX;
  } else if (c.operation == "scale_mask" && (kind == "smax" || kind == "plain" || kind == "separate")) {
    extra.mask = kind == "smax";
    extra.separate = kind == "separate";
  } else if (c.operation == "softmax_16bit" || c.operation == "log_softmax_16bit") {
    extra.flags = c.operation == "log_softmax_16bit" ? SMAX_OPTION_LOG_SOFTMAX : 0;
    // smax: f32 rows; <in>: 16-bit in and out; <in>_f32: 16-bit in, f32 out.
    const std::string in = kind.substr(0, kind.find('_'));
    const bool to_f32 = kind.size() > in.size();
    if (kind != "smax" && in != "f16" && in != "bf16") return false;
    if (to_f32 && kind.substr(in.size()) != "_f32") return false;
    extra.input = in == "f16" ? smax_datatype_f16 : in == "bf16" ? smax_datatype_bf16 : smax_datatype_f32;
    extra.output = to_f32 ? smax_datatype_f32 : extra.input;
  } else {
    return false;
  }
  for (int a = 0; a < SMAX_ALGORITHM_COUNT; a++) {
    if (algorithm == smax_algorithm_string((enum smax_algorithm) a)) {
      RegisterOperator(c, (enum smax_algorithm) a, extra);
      return true;
    }
  }
  if (algorithm == smax_running_max_two_pass_stages.name && c.operation == "softmax") {
    RegisterStages(c, &smax_running_max_two_pass_stages);
    return true;
  }
  return false;
}

}  // namespace

SMAX_OPERATOR_BENCH_MAIN("softmax-bench", Initialize, RegisterCase)
