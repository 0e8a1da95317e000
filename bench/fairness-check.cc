// A harness independent of Google Benchmark and of bench/operator-bench.h, for
// scripts/bench-fairness-check: it times smax's auto softmax, oneDNN's and XNNPACK's on the given shapes
// with its own loop, and prints one line per (library, shape) with the median time per call.
//
//   fairness-check --libs smax,onednn,xnnpack --threads T --shapes 1x4096,1024x1024 [--rounds 2]
//                  [--warmup-ms 10] [--item-ms 40]
//
// Every library is set up once per shape (operator or primitive created outside the timing, on one pair of
// page-aligned buffers shared by all), then the items are measured in rounds: in each round every shape,
// and for it every library in turn (the order of the libraries rotates from round to round), is warmed up
// for warmup-ms and timed for item-ms in samples of k back-to-back calls (k chosen so that a sample takes
// about 1 ms). An item's figure is the median over all its samples of all rounds. The per-process figure
// is all this binary reports: scripts/bench-fairness-check runs it in several processes and takes the best.
//
// Threads: T = 1 runs every library on the calling thread (smax and XNNPACK without a pool, oneDNN with
// omp_set_num_threads(1), so no OpenMP thread is ever started) and can measure all three in one process.
// With T > 1 oneDNN's OpenMP threads and pthreadpool's would compete: this binary then refuses more than
// one library (the script runs one process per library).
#include <omp.h>
#include <pthreadpool.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include <oneapi/dnnl/dnnl.hpp>
#include <xnnpack.h>

#include "smax.h"

namespace {

struct Options {
  std::vector<std::string> libs = {"smax", "onednn", "xnnpack"};
  size_t threads = 1;
  std::vector<std::pair<size_t, size_t>> shapes;
  int rounds = 2;
  double warmup_ms = 10.0;
  double item_ms = 40.0;
};

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, separator);) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

[[noreturn]] void Usage(const char* why) {
  std::fprintf(stderr,
               "fairness-check: %s\nusage: fairness-check --libs smax,onednn,xnnpack --threads T --shapes RxC,... "
               "[--rounds N] [--warmup-ms MS] [--item-ms MS]\n",
               why);
  std::exit(2);
}

Options Parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; i++) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) Usage(("missing value after " + flag).c_str());
    const std::string value = argv[++i];
    if (flag == "--libs") {
      options.libs = Split(value, ',');
    } else if (flag == "--threads") {
      options.threads = std::strtoull(value.c_str(), nullptr, 10);
    } else if (flag == "--shapes") {
      for (const std::string& shape : Split(value, ',')) {
        size_t rows = 0, channels = 0;
        if (std::sscanf(shape.c_str(), "%zux%zu", &rows, &channels) != 2 || rows == 0 || channels == 0) {
          Usage(("not a shape: " + shape).c_str());
        }
        options.shapes.emplace_back(rows, channels);
      }
    } else if (flag == "--rounds") {
      options.rounds = std::atoi(value.c_str());
    } else if (flag == "--warmup-ms") {
      options.warmup_ms = std::atof(value.c_str());
    } else if (flag == "--item-ms") {
      options.item_ms = std::atof(value.c_str());
    } else {
      Usage(("unknown flag " + flag).c_str());
    }
  }
  if (options.shapes.empty() || options.threads == 0 || options.rounds < 1) Usage("needs --shapes, --threads >= 1");
  for (const std::string& lib : options.libs) {
    if (lib != "smax" && lib != "onednn" && lib != "xnnpack") Usage(("unknown library " + lib).c_str());
  }
  if (options.threads > 1 && options.libs.size() != 1) {
    Usage("with more than one thread, one library per process (OpenMP and pthreadpool must not compete)");
  }
  return options;
}

struct PageFree {
  void operator()(float* pointer) const { std::free(pointer); }
};

std::unique_ptr<float[], PageFree> Pages(size_t elements) {
  void* pointer = nullptr;
  if (posix_memalign(&pointer, 4096, (elements * sizeof(float) + 4095) / 4096 * 4096) != 0) std::abort();
  return std::unique_ptr<float[], PageFree>(static_cast<float*>(pointer));
}

// One library on one shape, set up: call() runs one softmax.
struct Item {
  std::string lib;
  size_t rows, channels;
  std::function<void()> call;
  std::function<void()> teardown;
  std::vector<double> samples;  // seconds per call
};

using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

constexpr size_t kMaxCalls = size_t(1) << 20;

// Calls for about `ms` milliseconds; when `record`, in samples of k calls, k such that a sample is ~1 ms.
void Measure(Item& item, double ms, bool record) {
  const Clock::time_point start = Clock::now();
  size_t k = 1;
  while (Seconds(Clock::now() - start) * 1e3 < ms) {
    const Clock::time_point t0 = Clock::now();
    for (size_t i = 0; i < k; i++) item.call();
    const double elapsed = Seconds(Clock::now() - t0);
    // Samples shorter than 0.5 ms (while k grows) would mostly time the clock: not kept.
    if (record && (elapsed >= 0.5e-3 || k == kMaxCalls)) item.samples.push_back(elapsed / double(k));
    if (elapsed < 1e-3) k = std::min<size_t>(k * 2, kMaxCalls);
  }
  if (record && item.samples.empty()) {
    // A window too short for a full sample still gives one figure.
    const Clock::time_point t0 = Clock::now();
    for (size_t i = 0; i < k; i++) item.call();
    item.samples.push_back(Seconds(Clock::now() - t0) / double(k));
  }
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = Parse(argc, argv);
  size_t largest = 0;
  for (const auto& shape : options.shapes) largest = std::max(largest, shape.first * shape.second);
  auto input = Pages(largest);
  auto output = Pages(largest);
  // Uniform in [-10, 10], as in the suite (bench/bench-utils.h FillUniform), with the same generator.
  uint32_t state = 0x9E3779B9u | 1;
  for (size_t i = 0; i < largest; i++) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    input[i] = -10.0f + static_cast<float>(state >> 8) * (20.0f * 0x1.0p-24f);
  }
  input[0] = 10.0f;
  std::memset(output.get(), 0, largest * sizeof(float));

  const bool use_smax = std::find(options.libs.begin(), options.libs.end(), "smax") != options.libs.end();
  const bool use_onednn = std::find(options.libs.begin(), options.libs.end(), "onednn") != options.libs.end();
  const bool use_xnnpack = std::find(options.libs.begin(), options.libs.end(), "xnnpack") != options.libs.end();
  pthreadpool_t pool = nullptr;
  if (options.threads > 1 && (use_smax || use_xnnpack)) pool = pthreadpool_create(options.threads);
  if (use_onednn) omp_set_num_threads(int(options.threads));
  if (use_smax && smax_initialize() != smax_status_success) return 1;
  if (use_xnnpack && xnn_initialize(nullptr) != xnn_status_success) return 1;
  std::unique_ptr<dnnl::engine> engine;
  std::unique_ptr<dnnl::stream> stream;
  if (use_onednn) {
    engine.reset(new dnnl::engine(dnnl::engine::kind::cpu, 0));
    stream.reset(new dnnl::stream(*engine));
  }

  std::vector<Item> items;
  for (const auto& shape : options.shapes) {
    const size_t rows = shape.first, channels = shape.second;
    for (const std::string& lib : options.libs) {
      Item item{lib, rows, channels, nullptr, [] {}, {}};
      if (lib == "smax") {
        smax_operator_t op = nullptr;
        if (smax_create_softmax_nc_f32(smax_algorithm_auto, 0, &op) != smax_status_success ||
            smax_reshape_softmax_nc_f32(op, channels, channels, channels, rows, pool) != smax_status_success ||
            smax_setup_softmax_nc_f32(op, input.get(), output.get()) != smax_status_success) {
          std::fprintf(stderr, "fairness-check: smax setup failed\n");
          return 1;
        }
        item.call = [op, pool] { smax_run_operator(op, pool); };
        item.teardown = [op] { smax_delete_operator(op); };
      } else if (lib == "xnnpack") {
        xnn_operator_t op = nullptr;
        if (xnn_create_softmax_nc_f32(channels, channels, channels, 0, &op) != xnn_status_success ||
            xnn_setup_softmax_nc_f32(op, rows, input.get(), output.get(), pool) != xnn_status_success) {
          std::fprintf(stderr, "fairness-check: XNNPACK setup failed\n");
          return 1;
        }
        item.call = [op, pool] { xnn_run_operator(op, pool); };
        item.teardown = [op] { xnn_delete_operator(op); };
      } else {
        const dnnl::memory::desc md({dnnl::memory::dim(rows), dnnl::memory::dim(channels)},
                                    dnnl::memory::data_type::f32, dnnl::memory::format_tag::ab);
        const dnnl::softmax_v2_forward::desc desc(dnnl::prop_kind::forward_inference,
                                                  dnnl::algorithm::softmax_accurate, md, md, 1);
        auto primitive = std::make_shared<dnnl::softmax_v2_forward>(dnnl::softmax_v2_forward::primitive_desc(desc, *engine));
        auto args = std::make_shared<std::unordered_map<int, dnnl::memory>>();
        (*args)[DNNL_ARG_SRC] = dnnl::memory(md, *engine, input.get());
        (*args)[DNNL_ARG_DST] = dnnl::memory(md, *engine, output.get());
        dnnl::stream* s = stream.get();
        item.call = [primitive, args, s] {
          primitive->execute(*s, *args);
          s->wait();
        };
      }
      items.push_back(std::move(item));
    }
  }

  const size_t libs = options.libs.size();
  for (int round = 0; round < options.rounds; round++) {
    for (size_t first = 0; first < items.size(); first += libs) {
      for (size_t j = 0; j < libs; j++) {
        Item& item = items[first + (j + size_t(round)) % libs];
        Measure(item, options.warmup_ms, false);
        Measure(item, options.item_ms, true);
      }
    }
  }
  for (Item& item : items) {
    std::vector<double>& s = item.samples;
    std::sort(s.begin(), s.end());
    const double median = s.size() % 2 ? s[s.size() / 2] : 0.5 * (s[s.size() / 2 - 1] + s[s.size() / 2]);
    std::printf("{\"lib\": \"%s\", \"shape\": \"%zux%zu\", \"threads\": %zu, \"seconds\": %.6e, \"samples\": %zu}\n",
                item.lib.c_str(), item.rows, item.channels, options.threads, median, s.size());
    item.teardown();
  }
  if (pool != nullptr) pthreadpool_destroy(pool);
  return 0;
}
