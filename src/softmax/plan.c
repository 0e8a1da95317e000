// The plan (smax/plan.h), made at reshape: the stages, the chunks, the parallelism, the workspace.
// src/softmax/run.c follows it at run.
#include "smax/plan.h"

#include <assert.h>

#include "smax/read-16bit.h"
#include "smax/reload.h"

// Whole rows are handed to threads in tiles of about this many elements, so that short rows do not pay
// a task's overhead each.
#define ELEMENTS_PER_TASK 16384
// Long rows are split across threads while there are fewer than this many rows per thread and the rows
// do not divide evenly among the threads; with more, whole rows balance well enough and keep each row
// in its core's cache between its passes (bench cases op/smax:auto/8x128256 and 1x128256, threads:2).
#define WHOLE_ROWS_PER_THREAD 4

// auto's stages for log-softmax, whose output pass reads z: stages that keep the input. The running-max
// two-pass statistics pass: reload's exp, the cheapest, into a scratch block, which runs at about the
// speed of reading the row beyond the cache; rows of up to one pipeline block take reload's fused loop
// across rows (plan.fused_log_softmax), faster than two-pass's and recompute's statistics there (bench
// cases op/log_softmax/smax:*/4096x128, 1024x1024, 1x4096).
static const struct smax_softmax_stages* auto_log_softmax_stages(const struct smax_config* config,
                                                                 size_t channels) {
  (void) config;
  (void) channels;
  return &smax_running_max_two_pass_stages;
}

const struct smax_softmax_stages* smax_stages_for_algorithm(const struct smax_config* config,
                                                           enum smax_algorithm algorithm, size_t channels,
                                                           bool log) {
  if (log) {
    if (algorithm == smax_algorithm_auto) {
      return auto_log_softmax_stages(config, channels);
    }
    const struct smax_softmax_stages* stages = smax_stages_for_algorithm(config, algorithm, channels, false);
    return stages->keeps_input ? stages : NULL;
  }
  switch (algorithm) {
    case smax_algorithm_three_pass_recompute:
      return &smax_three_pass_recompute_stages;
    case smax_algorithm_three_pass_reload:
      return &smax_three_pass_reload_stages;
    case smax_algorithm_online:
      return &smax_online_stages;
    case smax_algorithm_two_pass:
      return &smax_two_pass_stages;
    case smax_algorithm_auto:
    default:
      // Rows of a few elements: scalar code, where the vector kernels' cost per call dominates
      // (tiny-rows.c). While a row's input and output fit in the cache the passes are compute-bound, and
      // reload, with one exp per element where the others need two, is fastest at every length. Beyond
      // it the passes are bound by memory traffic: two passes over memory (12 bytes per element
      // against reload's 20), with the cheaper of the exp passes for pass 1. Where "beyond" starts is
      // the crossover measured on this CPU (smax_config.auto_two_pass_elements, from its tuning table:
      // bench cases crossover/*/1xN of bench/tuning-bench, tuning/README.md).
      if (channels <= SMAX_TINY_ROW_MAX_ELEMENTS) {
        return &smax_tiny_rows_stages;
      }
      if (smax_row_exceeds_cache(config, channels)) {
        return &smax_running_max_two_pass_stages;
      }
      return &smax_three_pass_reload_stages;
  }
}

// auto's softmax of 16-bit rows of several chunks into an f32 output: the running-max two-pass with both
// passes reading the 16-bit row (the output pass in one fused kernel) where the CPU has that kernel,
// rather than reload over the widened chunks. Two exps per element but 6 bytes of memory traffic per
// element instead of reload's 14 (op/softmax_16bit/bf16_f32:auto/1x16777216). Rows of one chunk stay
// under reload, whose pipeline keeps them in the cache with one exp per element.
static bool reads_16bit_into_f32_twice(const struct smax_config* config, enum smax_algorithm algorithm,
                                       size_t channels, const struct smax_row_options* options) {
  return algorithm == smax_algorithm_auto && options->flags == 0 && options->output_type == smax_datatype_f32 &&
         options->input_type != smax_datatype_f32 && channels > SMAX_ONE_CHUNK_MAX_ELEMENTS &&
         !smax_options_transform_input(options) && smax_reader16_scales_into_f32(config, options->input_type);
}

const struct smax_softmax_stages* smax_stages_for_options(const struct smax_config* config,
                                                          enum smax_algorithm algorithm, size_t channels,
                                                          const struct smax_row_options* options) {
  const bool log = (options->flags & SMAX_OPTION_LOG_SOFTMAX) != 0;
  const struct smax_softmax_stages* stages = smax_stages_for_algorithm(config, algorithm, channels, log);
  if (reads_16bit_into_f32_twice(config, algorithm, channels, options)) {
    return &smax_running_max_two_pass_stages;
  }
  // A 16-bit output on rows of several chunks: the exps of a chunk's reduce would have to wait in the
  // output (create rejects three_pass_reload there; auto's choice is replaced).
  if (stages != NULL && options->output_type != smax_datatype_f32 && channels > SMAX_TRANSFORM_TILE_ELEMENTS &&
      !stages->keeps_input) {
    stages = algorithm == smax_algorithm_auto ? &smax_running_max_two_pass_stages : NULL;
  }
  return stages;
}

// Where the exp kernels read a 16-bit input directly (smax/read-16bit.h) rather than its widening in the
// float tile, under auto's running-max two-pass, which then takes the f32 rows' chunk grid. Softmax rows
// of several chunks: both passes then read the row once from memory with no pass over L1 before the exp
// (op/softmax_16bit/bf16:auto/1x16777216); in cache the tile stays, where the f32 kernels run as fast on
// the widened rows and reload's pipeline across rows is kept (op/softmax_16bit/*/4096x128 ran 1.35x slower
// with the rows read directly). Log-softmax rows of every length that the fused loop does not take
// (fused_log: longer rows, or with a sink or the logsumexp output): its output pass reads the 16-bit x
// too, so no pass widens or narrows anything (op/log_softmax_16bit/*:auto/1x16777216 ran twice as fast).
// f16 rows of up to one tile only where the statistics pass has f16-rsumexpmax, which widens each element
// once for both its exp and the block's max: with f16-f32-raddstoreexpminusmax, which widens it twice,
// vcvtph2ps in the compute-bound exp loop cost more than the tile's one widening saves
// (op/log_softmax_16bit/f16:auto/1x4096 was 9% slower read directly; with f16-rsumexpmax about 5% faster
// than through the tile). Never with a transform: z is computed in float first.
static bool reads_16bit_input(const struct smax_config* config, const struct smax_row_options* options,
                              const struct smax_softmax_stages* stages, size_t channels, bool fused_log) {
  if (options->input_type == smax_datatype_f32 || smax_options_transform_input(options) ||
      stages != &smax_running_max_two_pass_stages) {
    return false;
  }
  if ((options->flags & SMAX_OPTION_LOG_SOFTMAX) != 0) {
    const bool f16_widened_twice = options->input_type == smax_datatype_f16 &&
                                   channels <= SMAX_TRANSFORM_TILE_ELEMENTS &&
                                   !smax_reader16_sums_without_exps(config, smax_datatype_f16);
    return !fused_log && !f16_widened_twice;
  }
  return channels > SMAX_TRANSFORM_TILE_ELEMENTS;
}

// Log-softmax rows of reload's fused loop (fused_log) read from the 16-bit input directly, the output pass
// included: neither the widening into the tile nor the narrowing after it (op/log_softmax_16bit/
// bf16:auto/4096x128 8% faster, 1024x1024 the same). f16 rows widen each element twice here (the exp
// pass takes a later row's max on the side), yet since the f16 exp and output kernels widen all their
// vectors first they too are faster read directly (op/log_softmax_16bit/f16:auto/1024x1024 and
// 4096x128, and with an f32 output).
static bool reads_16bit_log_rows(const struct smax_row_options* options, bool fused_log) {
  return options->input_type != smax_datatype_f32 && fused_log && !smax_options_transform_input(options);
}

// Where reload's fused path reads 16-bit input rows of at most one tile directly
// (smax_reload_rows_16bit) rather than their widening in the float tile: softmax without a transform or
// row options, under reload (auto's choice in cache). The widening pass cost a bf16 row about as much as
// its max pass and its scale pass together (op/softmax_16bit/bf16:auto/1x4096, 4096x128). f16 rows of one
// pipeline block widen each element twice here (each exp call takes the next row's max on the side); that
// cost more than the tile's one widening until the f16 kernels widened all their vectors first, and now
// costs less (op/softmax_16bit/f16:auto/4096x128 and 1024x1024, also with SMAX_ISA=avx2).
static bool reads_16bit_rows(const struct smax_row_options* options, const struct smax_softmax_stages* stages,
                             size_t channels) {
  return options->input_type != smax_datatype_f32 && !smax_options_transform_input(options) &&
         !smax_options_need_staged_rows(options) && (options->flags & SMAX_OPTION_LOG_SOFTMAX) == 0 &&
         channels <= SMAX_TRANSFORM_TILE_ELEMENTS && stages == &smax_three_pass_reload_stages;
}

// Where reload's fused loop computes the rows' z itself (plan.transform_in_loop): f32 rows of one pipeline
// block with a transform, softmax alone or fused_log_softmax. Transformed a tile of rows at a time before
// the loop, each tile restarted the loop's lookahead across rows and the tile's rows were read once more
// for their max (op/scale_mask/smax:auto/1024x1024 and 4096x128).
static bool transforms_in_loop(const struct smax_config* config, const struct smax_row_options* options,
                               const struct smax_softmax_stages* stages, size_t channels, bool fused_log) {
  if (!smax_options_transform_input(options) || smax_options_convert(options)) {
    return false;
  }
  if (fused_log) {
    return true;
  }
  return !smax_options_need_staged_rows(options) && stages == &smax_three_pass_reload_stages &&
         channels <= config->reload_pipeline_elements;
}

static size_t whole_rows_per_task(size_t batch_size, size_t channels, size_t threads) {
  size_t rows = channels >= ELEMENTS_PER_TASK ? 1 : ELEMENTS_PER_TASK / channels;
  // Keep a few tasks per thread so that uneven progress still balances.
  const size_t balanced = (batch_size + 4 * threads - 1) / (4 * threads);
  if (rows > balanced) {
    rows = balanced;
  }
  return rows != 0 ? rows : 1;
}

static size_t round_up(size_t value, size_t multiple) {
  return (value + multiple - 1) / multiple * multiple;
}

struct smax_plan smax_make_plan(const struct smax_config* config, const struct smax_softmax_stages* stages,
                                const struct smax_row_options* options, size_t channels, size_t batch_size,
                                size_t threads) {
  assert(stages->stats_bytes <= SMAX_LOCAL_SLOT_BYTES);
  assert(stages->fallback == NULL || stages->fallback->stats_bytes <= SMAX_LOCAL_SLOT_BYTES);
  struct smax_plan plan = {
      .config = config,
      .stages = stages,
      .options = *options,
      .convert = smax_options_convert(options),
      .transform_input = smax_options_transform_input(options),
      .staged_rows = smax_options_need_staged_rows(options),
      .fused_log_softmax = options->flags == SMAX_OPTION_LOG_SOFTMAX && stages == &smax_running_max_two_pass_stages &&
                           channels <= smax_reload_log_softmax_rows_max_elements(config),
      .narrow_in_last_pass = options->output_type != smax_datatype_f32 && stages == &smax_three_pass_reload_stages &&
                             !smax_options_need_staged_rows(options) && channels <= SMAX_TRANSFORM_TILE_ELEMENTS,
      .read_16bit_rows = reads_16bit_rows(options, stages, channels),
      .rows_per_transform_tile = channels >= SMAX_TRANSFORM_TILE_ELEMENTS ? 1 : SMAX_TRANSFORM_TILE_ELEMENTS / channels,
      .channels = channels,
      .batch_size = batch_size,
      .chunk_elements = channels,
      .chunks = 1,
      .slot_bytes = 0,
      .parallelism = smax_parallelism_whole_rows,
      .rows_per_task = whole_rows_per_task(batch_size, channels, threads),
      .workspace_bytes = 0,
  };
  plan.read_16bit_input = reads_16bit_input(config, options, stages, channels, plan.fused_log_softmax);
  plan.read_16bit_log_rows = reads_16bit_log_rows(options, plan.fused_log_softmax);
  plan.transform_in_loop = transforms_in_loop(config, options, stages, channels, plan.fused_log_softmax);
  if (plan.read_16bit_input || plan.read_16bit_rows || plan.read_16bit_log_rows) {
    plan.reader16 = smax_reader16_for(config, options->input_type);
  }
  if (plan.convert && channels > SMAX_TRANSFORM_TILE_ELEMENTS && !plan.read_16bit_input) {
    // 16-bit rows beyond the float tile: chunks of one tile, each widened into it on every pass.
    plan.chunk_elements = SMAX_TRANSFORM_TILE_ELEMENTS;
  } else if (channels <= SMAX_ONE_CHUNK_MAX_ELEMENTS && !plan.read_16bit_input) {
    return plan;
  } else {
    // As few chunks as reload's largest allows, of equal lengths in whole pipeline blocks (the last one
    // shorter by less than a block), so that threads get equal work (op/smax:auto/1x128256/threads:2).
    const size_t largest = smax_reload_max_chunk_elements(config);
    const size_t chunks = (channels + largest - 1) / largest;
    plan.chunk_elements = round_up((channels + chunks - 1) / chunks, config->reload_pipeline_elements);
  }
  plan.chunks = (channels + plan.chunk_elements - 1) / plan.chunk_elements;
  size_t slot_bytes = stages->stats_bytes;
  if (stages->fallback != NULL && stages->fallback->stats_bytes > slot_bytes) {
    slot_bytes = stages->fallback->stats_bytes;
  }
  plan.slot_bytes = round_up(slot_bytes, sizeof(double));
  if (threads > 1 && channels > SMAX_ONE_CHUNK_MAX_ELEMENTS && batch_size < WHOLE_ROWS_PER_THREAD * threads &&
      batch_size % threads != 0) {
    plan.parallelism = smax_parallelism_split_rows;
  }
  // Chunk slots for every row, then (split rows) every row's merged result. Overflow is impossible:
  // a slot is far smaller than the chunk of at least 2048 floats it stands for.
  plan.workspace_bytes = batch_size * plan.chunks * plan.slot_bytes;
  if (plan.parallelism == smax_parallelism_split_rows) {
    plan.workspace_bytes += batch_size * sizeof(struct smax_split_row);
  }
  return plan;
}
