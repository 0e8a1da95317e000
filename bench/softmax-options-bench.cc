// smax's softmax options (issue 15): scale and an f16 mask fused into the passes, log-softmax, next to
// plain softmax on the same rows, to a separate scale-and-mask pass over the tensor followed by smax's
// softmax in place (what a runtime does without the options), and to memcpy of the same bytes.
//
// Benchmark names: op/<implementation>/<rows>x<channels>/threads:<T>, as bench/operator-bench.h, with
// implementation one of
//   smax:auto                      plain softmax (the reference of the ratios)
//   smax:auto+scale+mask_f16       softmax(s * x + mask), the mask f16, one row of it per row
//   separate:scale+mask_f16        the same as a separate pass (smax's own scale-and-mask kernel over the
//                                  whole tensor into the output), then smax:auto in place on the output
//   smax:<algorithm>+log           log-softmax, for every algorithm that computes it
//   smax:auto+log+scale+mask_f16   all of it
//   memcpy                         the input to the output (bytes: 8 per element)
// The 1x16M rows run from memory: there the mask's 2 bytes per element add to the traffic.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "operator-bench.h"
#include "smax.h"
#include "smax/config.h"

namespace {

const std::vector<smax_bench::Shape>& OptionShapes() {
  // 1x1000: the smoke test's case (bench/CMakeLists.txt).
  static const std::vector<smax_bench::Shape> shapes = {{1, 1000}, {1, 4096}, {1024, 1024}, {4096, 128}, {1, 16777216}};
  return shapes;
}

// The mask of a shape: f16 bit patterns, one row per row; every 8th entry -inf (0xfc00), the others
// small values in [-1, 1].
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

constexpr float kScale = 0.125f;  // 1/sqrt(64)

struct Variant {
  std::string name;
  enum smax_algorithm algorithm;
  uint32_t flags;  // SMAX_OPTION_*
  bool mask;
  bool separate;  // the scale and mask as a pass of their own
};

std::vector<Variant> Variants() {
  std::vector<Variant> variants = {
      {"smax:auto", smax_algorithm_auto, 0, false, false},
      {"smax:auto+scale+mask_f16", smax_algorithm_auto, 0, true, false},
      {"separate:scale+mask_f16", smax_algorithm_auto, 0, true, true},
      {"smax:auto+log+scale+mask_f16", smax_algorithm_auto, SMAX_OPTION_LOG_SOFTMAX, true, false},
  };
  for (int a = 0; a < SMAX_ALGORITHM_COUNT; a++) {
    if (a != smax_algorithm_three_pass_reload) {
      const enum smax_algorithm algorithm = (enum smax_algorithm) a;
      variants.push_back({std::string("smax:") + smax_algorithm_string(algorithm) + "+log", algorithm,
                          SMAX_OPTION_LOG_SOFTMAX, false, false});
    }
  }
  return variants;
}

// The separate pass: z = s * x + mask over the whole tensor into the output, through the same kernel the
// fused path uses, so that the comparison is about the extra pass over memory only.
struct SeparatePass {
  const float* x;
  const uint16_t* mask;
  float* y;
  size_t channels;
};

void SeparateRow(void* context, size_t row) {
  const SeparatePass* pass = static_cast<const SeparatePass*>(context);
  const float coefficients[2] = {kScale, 1.0f};
  const size_t offset = row * pass->channels;
  smax_get_config()->vscaleaddmaskf16(pass->channels * sizeof(float), pass->x + offset, pass->mask + offset,
                                      pass->y + offset, coefficients, nullptr);
}

void Register(const smax_bench::Shape& shape, size_t threads, const Variant& variant) {
  const std::string name = smax_bench::OperatorName(variant.name, shape, threads);
  benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
    smax_bench::OperatorBuffers& buffers = smax_bench::Buffers(shape.elements());
    const std::vector<uint16_t>& mask = MaskF16(shape.elements());
    pthreadpool_t pool = smax_bench::ThreadPool(threads);
    smax_softmax_options options = {};
    options.flags = variant.flags;
    options.scale = variant.mask && !variant.separate ? kScale : 1.0f;
    options.mask_type = variant.mask && !variant.separate ? smax_mask_type_f16 : smax_mask_type_none;
    smax_softmax_tensors tensors = {};
    tensors.mask = options.mask_type != smax_mask_type_none ? mask.data() : nullptr;
    tensors.mask_stride = shape.channels;
    const float* input = variant.separate ? buffers.output.get() : buffers.input.get();
    smax_operator_t op = nullptr;
    enum smax_status status = smax_create_softmax_nc_f32_ex(variant.algorithm, 0, &options, &op);
    if (status == smax_status_success) {
      status = smax_reshape_softmax_nc_f32(op, shape.channels, shape.channels, shape.channels, shape.rows, pool);
    }
    if (status == smax_status_success) {
      status = smax_setup_softmax_nc_f32_ex(op, input, buffers.output.get(), &tensors);
    }
    if (status != smax_status_success) {
      smax_delete_operator(op);
      state.SkipWithError((std::string("operator setup failed: ") + smax_status_string(status)).c_str());
      return;
    }
    SeparatePass pass = {buffers.input.get(), mask.data(), buffers.output.get(), shape.channels};
    for (auto _ : state) {
      if (variant.separate) {
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
    smax_bench::SetThroughputCounters(state, double(shape.elements()), 8.0 * double(shape.elements()));
  })->UseRealTime();
}

}  // namespace

int main(int argc, char** argv) {
  if (!cpuinfo_initialize()) return 1;
  smax_bench::AddCpuContext();
  const enum smax_status status = smax_initialize();
  if (status != smax_status_success) {
    std::fprintf(stderr, "softmax-options-bench: smax_initialize failed: %s\n", smax_status_string(status));
    return 1;
  }
  benchmark::AddCustomContext("smax_isa", smax_get_isa_name());
  for (const smax_bench::Shape& shape : OptionShapes()) {
    for (size_t threads : smax_bench::ThreadCounts()) {
      smax_bench::RegisterMemoryReferences(shape, threads);
      for (const Variant& variant : Variants()) {
        Register(shape, threads, variant);
      }
    }
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
