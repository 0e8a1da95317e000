// The operator benchmark cases: which operations are measured, on which shapes and thread counts, by
// which implementations (smax's, the peers', baselines), next to which memory reference. The table below
// is the only list of them. Every operator benchmark binary registers the rows that name it
// (bench/operator-bench.h); scripts/bench-suite, scripts/bench-report.py and
// scripts/bench-fairness-check read the same text (scripts/bench_cases.py takes it out of this file).
// A new operation, shape or peer is rows here plus, for a new implementation, the code that runs it in
// its binary (a branch of that binary's RegisterCase); no script holds a list of cases.
//
// Benchmark names: op/<operation>/<implementation>/<rows>x<channels>/threads:<T>
#ifndef SMAX_BENCH_OPERATOR_CASES_H_
#define SMAX_BENCH_OPERATOR_CASES_H_

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace smax_bench {

// Lines (blank ones and '#' comments are ignored; fields are separated by blanks):
//
//   shapes <set> <rows>x<channels>...       shapes of the default suite; several lines add up
//   full-shapes <set> <rows>x<channels>...  shapes added by --full (SMAX_BENCH_FULL)
//   operation <name> <subject> <memory> <title...>
//       subject: the implementation the summary's ratios are about (each peer or baseline's time over
//       the subject's; the subject's time over the memory reference's); memory: the memory reference
//       over the same bytes (memcpy: the f32 tensor copied; memcpy:<B>: <B> bytes per element copied).
//   case <operation> <implementation> <binary> <role> <shape set> <threads>
//       binary: the bench/ executable that runs it; role: smax, peer, baseline or memory;
//       threads: 1, all (every processor) or 1,all.
//   side-by-side <operation> <shape set> <implementation>...
//       printed next to each other in the summary (auto next to each path it chooses between).
//
// Implementations: smax:<algorithm> (enum smax_algorithm's names, and running_max_two_pass, auto's
// internal path beyond the last-level cache) in softmax-bench; xnnpack in xnnpack-bench; onednn in
// onednn-bench (softmax_v2: softmax_accurate for softmax, softmax_log for log_softmax; onednn:bf16 and
// onednn:f16 are that type in and out); memcpy, memcpy:<B>
// and sum in any binary (bench/operator-bench.h); f16:<algorithm>, bf16:<algorithm> (16-bit in and out) and
// f16_f32:<algorithm>, bf16_f32:<algorithm> (16-bit in, f32 out) in softmax-bench.
inline const char* OperatorCasesTable() {
  return R"table(
# Single rows from L1 to DRAM (1x1: the cost of one call on a set-up operator; 1x128256: a Llama 3
# logits row; 1x4M fills the 32 MiB L3 of the Zen 4 with input and output, 1x16M is beyond every cache
# measured), and batches of LLM-like rows (128x32000: a 32K vocabulary; 8x128256: Llama 3's
# vocabulary; 4096x128: attention rows).
shapes      rows  1x1 1x1000 1x1024 1x4096 1x65536 1x128256 1x1048576 1x4194304 1x16777216
shapes      rows  1024x1024 128x32000 8x128256 4096x128
full-shapes rows  1x16384 1x262144
# Beyond or at the last-level cache, where auto chooses between reload and its running-max two-pass.
shapes      long  1x4194304 1x16777216

# Attention shapes for the fused options (scale and mask), and one row from memory.
shapes      attention  1x4096 1024x1024 4096x128 1x16777216

operation softmax      smax:auto  memcpy  softmax, f32 rows
operation log_softmax  smax:auto  memcpy  log-softmax, f32 rows
operation scale_mask   smax:auto  memcpy  softmax(s * x + mask), f32 rows, f16 mask (plain: softmax of x; separate: a scale-and-mask pass, then softmax)

# Memory references: every case is next to memcpy of the same bytes, measured in smax's processes.
case memory  memcpy  softmax-bench  memory  rows  1,all
case memory  sum     softmax-bench  memory  rows  1,all

case softmax  smax:auto                  softmax-bench  smax  rows  1,all
case softmax  smax:three_pass_recompute  softmax-bench  smax  rows  1,all
case softmax  smax:three_pass_reload     softmax-bench  smax  rows  1,all
case softmax  smax:online                softmax-bench  smax  rows  1,all
case softmax  smax:two_pass              softmax-bench  smax  rows  1,all
case softmax  smax:running_max_two_pass  softmax-bench  smax  long  1,all
case softmax  onednn                     onednn-bench   peer  rows  1,all
case softmax  xnnpack                    xnnpack-bench  peer  rows  1,all
side-by-side softmax long  smax:auto smax:three_pass_reload smax:running_max_two_pass

case log_softmax  smax:auto  softmax-bench  smax  rows  1,all
case log_softmax  onednn     onednn-bench   peer  rows  1,all

case scale_mask  smax:auto      softmax-bench  smax      attention  1,all
case scale_mask  plain:auto     softmax-bench  baseline  attention  1,all
case scale_mask  separate:auto  softmax-bench  baseline  attention  1,all

# 16-bit types (issue 16) against f32 on the same rows: <in>:<algorithm> is <in> in and out,
# <in>_f32:<algorithm> is <in> in and f32 out; x<type> is that type's time over f32's (the issue's
# targets: 16 -> 16 at most 0.65 on 1x16M and 1.2 in cache, bf16 -> f32 at most 0.85 on 1x16M).
operation softmax_16bit      smax:auto  memcpy  softmax, 16-bit rows against f32 rows (x<type>: its time / f32's)
operation log_softmax_16bit  smax:auto  memcpy  log-softmax, 16-bit rows against f32 rows (x<type>: its time / f32's)
case softmax_16bit      smax:auto      softmax-bench  smax      attention  1,all
case softmax_16bit      bf16:auto      softmax-bench  baseline  attention  1,all
case softmax_16bit      f16:auto       softmax-bench  baseline  attention  1,all
case softmax_16bit      bf16_f32:auto  softmax-bench  baseline  attention  1,all
case log_softmax_16bit  smax:auto      softmax-bench  smax      attention  1,all
case log_softmax_16bit  bf16:auto      softmax-bench  baseline  attention  1,all
case log_softmax_16bit  f16:auto       softmax-bench  baseline  attention  1,all
case log_softmax_16bit  bf16_f32:auto  softmax-bench  baseline  attention  1,all
# oneDNN on the same 16-bit type (softmax_v2 with bf16 src and dst; x onednn:bf16 over f32 next to
# x bf16 over f32; the issue's target: smax at least 2x faster in cache where oneDNN supports the type).
# No onednn:f16 rows: Debian's oneDNN 2.6 has no f16 softmax on x86 (onednn-bench runs it, and reports
# oneDNN's error, for a row naming it).
case softmax_16bit      onednn:bf16    onednn-bench   peer      attention  1,all
case log_softmax_16bit  onednn:bf16    onednn-bench   peer      attention  1,all

# Top-k with row statistics (issue 17), k = 40 (topk-bench), next to smax's softmax of the same rows and
# the paths runtimes take: softmax, then std::partial_sort of the k (ExecuTorch) or std::sort of the row.
# The issue's targets: x softmax >= 0.77 (top-k within 1.3x of softmax), x partial_sort >= 4, x sort >= 20
# on the single rows; 2 threads at least 1.7x over 1 on one row (the summary's threads line). 1x1000:
# the cost of a call, and the smoke test's case.
shapes    topk  1x1000 1x128256 1x262144 32x32000
operation topk  smax:topk  memcpy  top-k 40 with row statistics and probabilities, f32 rows (x<baseline>: its time / top-k's)
case topk  smax:topk                  topk-bench  smax      topk  1,all
case topk  smax:softmax               topk-bench  baseline  topk  1,all
case topk  smax:softmax+partial_sort  topk-bench  baseline  topk  1
case topk  smax:softmax+sort          topk-bench  baseline  topk  1
# The sampler (issue 17) end to end, one row per token (sampler-bench): temperature 0.8, top-k 40, top-p
# 0.95, a draw; next to the naive path (scalar softmax, std::sort of the row, cumulative sum, draw) and
# smax's softmax + std::partial_sort of the k.
shapes    sampler  1x1000 1x128256
operation sampler  smax:sampler  memcpy  sampler per token (T 0.8, top-k 40, top-p 0.95, draw), f32 rows (x<baseline>: its time / the sampler's)
case sampler  smax:sampler               sampler-bench  smax      sampler  1
case sampler  naive_sort                 sampler-bench  baseline  sampler  1
case sampler  smax:softmax+partial_sort  sampler-bench  baseline  sampler  1
)table";
}

struct Shape {
  size_t rows;
  size_t channels;
  std::string Name() const { return std::to_string(rows) + "x" + std::to_string(channels); }
  size_t elements() const { return rows * channels; }
  bool operator==(const Shape& other) const { return rows == other.rows && channels == other.channels; }
};

// One benchmark: a row of the table on one shape and thread count.
struct OperatorCase {
  std::string operation;
  std::string implementation;
  std::string role;
  Shape shape;
  size_t threads;
  std::string Name() const {
    return "op/" + operation + "/" + implementation + "/" + shape.Name() + "/threads:" + std::to_string(threads);
  }
};

namespace cases_detail {

[[noreturn]] inline void Fail(size_t line, const std::string& text, const char* why) {
  std::fprintf(stderr, "bench/operator-cases.h: table line %zu: %s: '%s'\n", line, why, text.c_str());
  std::abort();
}

inline Shape ParseShape(size_t line, const std::string& text) {
  const size_t x = text.find('x');
  char* end = nullptr;
  Shape shape = {0, 0};
  if (x != std::string::npos) {
    shape.rows = std::strtoull(text.c_str(), &end, 10);
    if (end == text.c_str() + x) {
      shape.channels = std::strtoull(text.c_str() + x + 1, &end, 10);
    }
  }
  if (x == std::string::npos || *end != '\0' || shape.rows == 0 || shape.channels == 0) {
    Fail(line, text, "not a shape <rows>x<channels>");
  }
  return shape;
}

struct Row {
  size_t line;
  std::string operation, implementation, binary, role, shape_set;
  bool one_thread, all_threads;
};

}  // namespace cases_detail

// The cases of one binary, in run order: shape by shape (in the order the table first names them),
// each thread count in turn, the table's rows in order (the memory references first). `processors`
// is the "all" thread count; `full` adds the full-shapes lines.
inline std::vector<OperatorCase> OperatorCasesOf(const std::string& binary, size_t processors, bool full) {
  using cases_detail::Fail;
  std::vector<std::pair<std::string, std::vector<Shape>>> sets;
  std::vector<Shape> order;
  std::vector<cases_detail::Row> rows;
  std::istringstream table(OperatorCasesTable());
  std::string text;
  for (size_t line = 1; std::getline(table, text); line++) {
    const std::string content = text.substr(0, text.find('#'));
    std::istringstream stream(content);
    std::vector<std::string> fields;
    for (std::string field; stream >> field;) fields.push_back(field);
    if (fields.empty()) continue;
    const std::string& kind = fields[0];
    if (kind == "shapes" || kind == "full-shapes") {
      if (fields.size() < 3) Fail(line, text, "a shape set needs a name and shapes");
      std::vector<Shape>* set = nullptr;
      for (auto& named : sets) {
        if (named.first == fields[1]) set = &named.second;
      }
      if (set == nullptr) {
        sets.emplace_back(fields[1], std::vector<Shape>());
        set = &sets.back().second;
      }
      if (kind == "full-shapes" && !full) continue;
      for (size_t i = 2; i < fields.size(); i++) {
        const Shape shape = cases_detail::ParseShape(line, fields[i]);
        set->push_back(shape);
        bool known = false;
        for (const Shape& seen : order) known = known || seen == shape;
        if (!known) order.push_back(shape);
      }
    } else if (kind == "case") {
      if (fields.size() != 7) Fail(line, text, "expected 'case <operation> <implementation> <binary> <role> <set> <threads>'");
      const std::string& threads = fields[6];
      const std::string& role = fields[4];
      if (role != "smax" && role != "peer" && role != "baseline" && role != "memory") {
        Fail(line, text, "role must be smax, peer, baseline or memory");
      }
      if (threads != "1" && threads != "all" && threads != "1,all") Fail(line, text, "threads must be 1, all or 1,all");
      rows.push_back({line, fields[1], fields[2], fields[3], fields[4], fields[5], threads != "all",
                      threads != "1"});
    } else if (kind != "operation" && kind != "side-by-side") {
      Fail(line, text, "unknown line kind");
    }
  }
  std::vector<size_t> thread_counts = {1};
  if (processors > 1) thread_counts.push_back(processors);
  std::vector<OperatorCase> cases;
  for (const Shape& shape : order) {
    for (size_t threads : thread_counts) {
      for (const cases_detail::Row& row : rows) {
        if (row.binary != binary) continue;
        if (threads == 1 ? !row.one_thread : !row.all_threads) continue;
        const std::vector<Shape>* set = nullptr;
        for (const auto& named : sets) {
          if (named.first == row.shape_set) set = &named.second;
        }
        if (set == nullptr) Fail(row.line, row.shape_set, "unknown shape set");
        bool member = false;
        for (const Shape& s : *set) member = member || s == shape;
        if (member) cases.push_back({row.operation, row.implementation, row.role, shape, threads});
      }
    }
  }
  return cases;
}

}  // namespace smax_bench

#endif  // SMAX_BENCH_OPERATOR_CASES_H_
