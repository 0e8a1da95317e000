// Following the plan (smax/plan.h) at run: whole rows per task, rows of one chunk through their
// algorithm's fused path (transformed, widened or narrowed a tile at a time where the options ask), long
// rows chunk by chunk through the stages, and split rows in two parallel phases.
#include "smax/plan.h"

#include "smax/read-16bit.h"
#include "smax/reload.h"
#include "smax/tsan.h"

// ---- Running one row's chunks in order (whole rows) -------------------------------------------------

struct run_context {
  const struct smax_plan* plan;
  const struct smax_run_buffers* buffers;
};

// A chunk of a row, with its slot in the workspace. With a scale or mask the stages read the chunk's z,
// which the transform wrote into the output. 16-bit rows (plan.convert): x is the float tile and so is y
// for a 16-bit output (set by with_tile); y is the f32 output's chunk otherwise.
static struct smax_chunk chunk_of(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                                  size_t chunk) {
  const size_t start = chunk * plan->chunk_elements;
  const size_t remaining = plan->channels - start;
  float* y = plan->options.output_type == smax_datatype_f32
                 ? (float*) buffers->y + row * buffers->y_stride + start
                 : NULL;
  const float* x = plan->options.input_type == smax_datatype_f32
                       ? (const float*) buffers->x + row * buffers->x_stride + start
                       : NULL;
  struct smax_chunk result = {
      .config = plan->config,
      .length = remaining < plan->chunk_elements ? remaining : plan->chunk_elements,
      .x = plan->transform_input && !plan->convert ? y : x,
      .y = y,
      .stats = buffers->workspace != NULL
                   ? (char*) buffers->workspace + (row * plan->chunks + chunk) * plan->slot_bytes
                   : NULL,
      .row_length = plan->channels,
  };
  return result;
}

// The chunk's z into its output, where the options transform the f32 input.
static void transform_chunk(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                            size_t chunk) {
  if (plan->transform_input && !plan->convert) {
    const struct smax_chunk part = chunk_of(plan, buffers, row, chunk);
    const size_t start = chunk * plan->chunk_elements;
    smax_transform_row_part(plan, buffers, row, start, part.length,
                            (const float*) buffers->x + row * buffers->x_stride + start, part.y);
  }
}

// A 16-bit chunk's pass: its floats z widened (and transformed) into `tile`, which the chunk reads, and
// writes too for a 16-bit output.
static void with_tile(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                      size_t chunk_index, struct smax_chunk* chunk, float* tile) {
  smax_load_row_part(plan, buffers, row, chunk_index * plan->chunk_elements, chunk->length, tile);
  chunk->x = tile;
  if (plan->options.output_type != smax_datatype_f32) {
    chunk->y = tile;
    // The tile stays in L1 for the narrowing: no streaming stores into it, however long the row.
    chunk->row_length = chunk->length;
  }
}

// ---- 16-bit input read by the exp kernels (plan.read_16bit_input) ------------------------------------

// Element `start` of row `row` of the 16-bit input.
static const uint16_t* input_16bit(const struct smax_run_buffers* buffers, size_t row, size_t start) {
  return (const uint16_t*) buffers->x + row * buffers->x_stride + start;
}

// Softmax's scale of a finite row, 1 / sum rounded to float once, whichever pass writes the output.
static float softmax_scale(const struct smax_max_sum* max_sum) {
  return (float) (1.0 / max_sum->sum);
}

// The output's elements [start, start + length) of a row from their exps times `scale`: in place in the
// f32 output, where the exp pass wrote them, or from the tile into a 16-bit output, narrowed in the same
// pass, with streaming stores for rows beyond the streaming crossover (smax_row_streams_stores). Writing an f32
// output's exps into it in the compute-bound exp pass, and scaling them there from L1, is faster than
// writing it from the tile in this light pass, whose stores then wait on memory, streaming or not
// (op/softmax_16bit/bf16_f32:auto/1x16777216).
static void write_scaled_exps(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                              size_t start, size_t length, float* exps, float scale) {
  const struct smax_config* config = plan->config;
  const size_t bytes = length * sizeof(float);
  const struct smax_store_params store = {.streaming = smax_row_streams_stores(config, plan->channels)};
  uint16_t* y16 = (uint16_t*) buffers->y + row * buffers->y_stride + start;
  switch (plan->options.output_type) {
    case smax_datatype_f32:
      config->vmulc(bytes, exps, &scale, exps, NULL);
      break;
    case smax_datatype_f16:
      config->f32_f16_vmulc(bytes, exps, &scale, y16, &store);
      break;
    case smax_datatype_bf16:
      config->f32_bf16_vmulc(bytes, exps, &scale, y16, &store);
      break;
  }
}

// Where a tile of a row's exps goes: into its f32 output, or into the float tile for a 16-bit output.
static float* exps_of(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row, size_t start,
                      float* tile) {
  if (plan->options.output_type == smax_datatype_f32) {
    return (float*) buffers->y + row * buffers->y_stride + start;
  }
  return tile;
}

// A chunk's statistics from the 16-bit input.
static void reduce_chunk_read_16bit(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                                    const struct smax_chunk* chunk, size_t start) {
  *(struct smax_max_sum*) chunk->stats =
      smax_reduce_16bit_running_max(&plan->reader16, chunk->length, input_16bit(buffers, row, start));
}

// A tile of a chunk's outputs from the 16-bit input: its exps against the row's max into `exps` (the f32
// output, or the tile), then the scale pass over them while they are in L1; or, for a row that is not
// finite, the constant its verdict gives, narrowed from the tile into a 16-bit output.
static void write_tile_read_16bit(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                                  size_t start, size_t length, float* exps, const struct smax_row_result* result) {
  if (result->verdict == smax_row_finite) {
    smax_exp_16bit(&plan->reader16, length, input_16bit(buffers, row, start), result->max_sum.max, exps);
    write_scaled_exps(plan, buffers, row, start, length, exps, softmax_scale(&result->max_sum));
    return;
  }
  const struct smax_chunk part = {plan->config, length, NULL, exps, NULL, length};
  smax_write_row_chunk(plan, plan->stages, &part, result);
  if (plan->options.output_type != smax_datatype_f32) {
    smax_store_row_part(plan, buffers, row, start, length, exps);
  }
}

// Log-softmax's output for a chunk of a finite row, y = (x - hi) - lo, from the 16-bit input straight into
// the output, with streaming stores for rows beyond the streaming crossover (smax_row_streams_stores).
static void write_log_softmax_read_16bit(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                         size_t row, size_t start, size_t length,
                                         const struct smax_logsumexp* logsumexp) {
  const float c[2] = {logsumexp->hi, logsumexp->lo};
  const uint16_t* x = input_16bit(buffers, row, start);
  const struct smax_store_params store = {.streaming = smax_row_streams_stores(plan->config, plan->channels)};
  if (plan->options.output_type == smax_datatype_f32) {
    plan->reader16.vsubc2_to_f32(length * sizeof(uint16_t), x, (float*) buffers->y + row * buffers->y_stride + start,
                                 c, &store);
  } else {
    plan->reader16.vsubc2_to_16bit(length * sizeof(uint16_t), x,
                                   (uint16_t*) buffers->y + row * buffers->y_stride + start, c, &store);
  }
}

// Softmax's output for a chunk of a finite row, y = exp(x - max) / sum, from the 16-bit input in one pass
// where the reader has the fused kernel for the output's type: no float tile between the exp and the
// store (op/softmax_16bit/bf16:auto/1x16777216, bf16_f32:auto/1x16777216). A 16-bit output takes
// streaming stores for rows beyond the streaming crossover (smax_row_streams_stores); an f32 output
// ordinary ones, which ran faster there. Returns false where the reader has no such kernel.
static bool write_softmax_read_16bit(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                                     size_t start, size_t length, const struct smax_max_sum* max_sum) {
  const float c[2] = {max_sum->max, softmax_scale(max_sum)};
  const size_t batch = length * sizeof(uint16_t);
  const uint16_t* x = input_16bit(buffers, row, start);
  const size_t offset = row * buffers->y_stride + start;
  if (plan->options.output_type == smax_datatype_f32) {
    if (plan->reader16.vscaleexpminusmax_to_f32 == NULL) {
      return false;
    }
    plan->reader16.vscaleexpminusmax_to_f32(batch, x, (float*) buffers->y + offset, c, NULL);
    return true;
  }
  if (plan->reader16.vscaleexpminusmax == NULL) {
    return false;
  }
  const struct smax_store_params store = {.streaming = smax_row_streams_stores(plan->config, plan->channels)};
  plan->reader16.vscaleexpminusmax(batch, x, (uint16_t*) buffers->y + offset, c, &store);
  return true;
}

// A chunk's outputs from the 16-bit input and the row's merged statistics, a float tile at a time
// (log-softmax, and softmax where the reader has the fused kernel for the output's type: in one pass from
// the input).
static void write_chunk_read_16bit(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                                   const struct smax_chunk* chunk, size_t start, const struct smax_row_result* result) {
  if ((plan->options.flags & SMAX_OPTION_LOG_SOFTMAX) != 0 && result->verdict == smax_row_finite) {
    write_log_softmax_read_16bit(plan, buffers, row, start, chunk->length, &result->logsumexp);
    return;
  }
  if (result->verdict == smax_row_finite &&
      write_softmax_read_16bit(plan, buffers, row, start, chunk->length, &result->max_sum)) {
    return;
  }
  float tile[SMAX_TRANSFORM_TILE_ELEMENTS] __attribute__((aligned(64)));
  for (size_t t = 0; t < chunk->length; t += SMAX_TRANSFORM_TILE_ELEMENTS) {
    const size_t length = smax_block_length(chunk->length - t, SMAX_TRANSFORM_TILE_ELEMENTS);
    write_tile_read_16bit(plan, buffers, row, start + t, length, exps_of(plan, buffers, row, start + t, tile),
                          result);
  }
}

// Reduces chunk c of a row with `stages` (transformed first where `transform`), into `slot`.
static void reduce_chunk(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                         const struct smax_softmax_stages* stages, size_t row, size_t c, void* slot, bool transform) {
  struct smax_chunk chunk = chunk_of(plan, buffers, row, c);
  chunk.stats = slot;
  if (plan->read_16bit_input) {
    reduce_chunk_read_16bit(plan, buffers, row, &chunk, c * plan->chunk_elements);
    return;
  }
  if (plan->convert) {
    float tile[SMAX_TRANSFORM_TILE_ELEMENTS] __attribute__((aligned(64)));
    with_tile(plan, buffers, row, c, &chunk, tile);
    stages->reduce(&chunk);
    return;
  }
  if (transform) {
    transform_chunk(plan, buffers, row, c);
  }
  stages->reduce(&chunk);
}

// Writes chunk c of a row from its merged statistics. A 16-bit chunk is widened again where the write
// reads its input (stages that keep it; the others rescale the exps their reduce stored in the f32
// output), written into the tile or the f32 output, and narrowed from the tile.
static void write_chunk(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                        const struct smax_softmax_stages* stages, size_t row, size_t c,
                        const struct smax_row_result* result) {
  struct smax_chunk chunk = chunk_of(plan, buffers, row, c);
  if (!plan->convert) {
    smax_write_row_chunk(plan, stages, &chunk, result);
    return;
  }
  if (plan->read_16bit_input) {
    write_chunk_read_16bit(plan, buffers, row, &chunk, c * plan->chunk_elements, result);
    return;
  }
  float tile[SMAX_TRANSFORM_TILE_ELEMENTS] __attribute__((aligned(64)));
  if (stages->keeps_input) {
    with_tile(plan, buffers, row, c, &chunk, tile);
  } else if (plan->options.output_type != smax_datatype_f32) {
    chunk.y = tile;  // unreachable: smax_stages_for_options keeps such stages from 16-bit outputs
  }
  smax_write_row_chunk(plan, stages, &chunk, result);
  if (plan->options.output_type != smax_datatype_f32) {
    smax_store_row_part(plan, buffers, row, c * plan->chunk_elements, chunk.length, tile);
  }
}

// Reduces a row's chunks (transformed first, unless `transformed`) into the slots from first_slot on, and
// merges them, sink included.
static struct smax_row_result reduce_and_merge_row(const struct smax_plan* plan,
                                                   const struct smax_run_buffers* buffers, size_t row,
                                                   const struct smax_softmax_stages* stages, void* first_slot,
                                                   bool transformed) {
  for (size_t c = 0; c < plan->chunks; c++) {
    reduce_chunk(plan, buffers, stages, row, c, (char*) first_slot + c * plan->slot_bytes, !transformed);
  }
  struct smax_row_result result = stages->merge(first_slot, plan->chunks, plan->slot_bytes);
  smax_add_row_sink(plan, buffers, stages, row, &result);
  return result;
}

// A long row through the stages, chunk by chunk on this thread.
static void staged_row(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row) {
  void* first_slot = chunk_of(plan, buffers, row, 0).stats;
  const struct smax_softmax_stages* stages = plan->stages;
  struct smax_row_result result = reduce_and_merge_row(plan, buffers, row, stages, first_slot, false);
  if (result.verdict == smax_row_fallback) {
    stages = stages->fallback;
    result = reduce_and_merge_row(plan, buffers, row, stages, first_slot, true);
  }
  smax_finish_row(plan, buffers, stages, row, &result);
  for (size_t c = 0; c < plan->chunks; c++) {
    write_chunk(plan, buffers, stages, row, c, &result);
  }
}

// A row of one chunk through the stages, from z (the input, or its transform) to y, with the slot on the
// stack (the plan has no workspace for rows of one chunk).
static void staged_one_chunk_row(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t row,
                                 const float* z, float* y) {
  double slot[SMAX_LOCAL_SLOT_BYTES / sizeof(double)];
  const struct smax_chunk chunk = {plan->config, plan->channels, z, y, slot, plan->channels};
  const struct smax_softmax_stages* stages = plan->stages;
  stages->reduce(&chunk);
  struct smax_row_result result = stages->merge(slot, 1, 0);
  smax_add_row_sink(plan, buffers, stages, row, &result);
  if (result.verdict == smax_row_fallback) {
    stages = stages->fallback;
    stages->reduce(&chunk);
    result = stages->merge(slot, 1, 0);
    smax_add_row_sink(plan, buffers, stages, row, &result);
  }
  smax_finish_row(plan, buffers, stages, row, &result);
  smax_write_row_chunk(plan, stages, &chunk, &result);
}

// Rows [first_row, first_row + rows) of one chunk from their z (z_stride apart) to y (y_stride apart):
// through the algorithm's fused path where the options allow it, else through its stages row by row.
static void one_chunk_rows_from_z(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                  size_t first_row, size_t rows, const float* z, size_t z_stride, float* y,
                                  size_t y_stride) {
  const size_t n = plan->channels;
  if (plan->fused_log_softmax) {
    smax_reload_log_softmax_rows(plan->config, n, rows, z, z_stride, y, y_stride);
  } else if (!plan->staged_rows) {
    plan->stages->rows(plan->config, n, rows, z, z_stride, y, y_stride);
  } else {
    for (size_t t = 0; t < rows; t++) {
      staged_one_chunk_row(plan, buffers, first_row + t, z + t * z_stride, y + t * y_stride);
    }
  }
}

// Rows whose z reload's fused loop computes itself (plan.transform_in_loop), from row first_row on.
struct z_rows_context {
  const struct smax_plan* plan;
  const struct smax_run_buffers* buffers;
  size_t first_row;
};

static void write_row_z(const void* opaque, size_t r, float* z) {
  const struct z_rows_context* context = opaque;
  const struct smax_run_buffers* buffers = context->buffers;
  const size_t row = context->first_row + r;
  const float* x = (const float*) buffers->x + row * buffers->x_stride;
  smax_transform_row_part(context->plan, buffers, row, 0, context->plan->channels, x, z);
}

static void rows_transformed_in_loop(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                     size_t first_row, size_t rows) {
  const struct z_rows_context context = {plan, buffers, first_row};
  const struct smax_reload_z_rows z_rows = {write_row_z, &context};
  float* y = (float*) buffers->y + first_row * buffers->y_stride;
  if (plan->fused_log_softmax) {
    smax_reload_log_softmax_rows_from_z(plan->config, plan->channels, rows, &z_rows, y, buffers->y_stride);
  } else {
    smax_reload_rows_from_z(plan->config, plan->channels, rows, &z_rows, y, buffers->y_stride);
  }
}

// Rows of one chunk with options: z of a tile of rows (into the scratch tile where the rows fit in it,
// else into their outputs), then the rows from there.
static void one_chunk_rows_with_options(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                        size_t first_row, size_t rows) {
  float scratch[SMAX_TRANSFORM_TILE_ELEMENTS] __attribute__((aligned(64)));
  const size_t n = plan->channels;
  if (plan->transform_in_loop) {
    rows_transformed_in_loop(plan, buffers, first_row, rows);
    return;
  }
  const bool in_scratch = plan->transform_input && n <= SMAX_TRANSFORM_TILE_ELEMENTS;
  const size_t end = first_row + rows;
  // Without a transform, one tile: the fused paths keep their pipeline across all the rows.
  const size_t rows_per_tile = plan->transform_input ? plan->rows_per_transform_tile : rows;
  for (size_t r = first_row; r < end; r += rows_per_tile) {
    const size_t tile_rows = end - r < rows_per_tile ? end - r : rows_per_tile;
    const float* x = (const float*) buffers->x + r * buffers->x_stride;
    float* y = (float*) buffers->y + r * buffers->y_stride;
    const float* z = x;
    size_t z_stride = buffers->x_stride;
    if (plan->transform_input) {
      z = in_scratch ? scratch : y;
      z_stride = in_scratch ? n : buffers->y_stride;
      for (size_t t = 0; t < tile_rows; t++) {
        smax_transform_row_part(plan, buffers, r + t, 0, n, x + t * buffers->x_stride, (float*) z + t * z_stride);
      }
    }
    one_chunk_rows_from_z(plan, buffers, r, tile_rows, z, z_stride, y, buffers->y_stride);
  }
}

// Where reload's fused path writes a 16-bit output, from row first_row on: its last pass narrows into it.
static struct smax_reload_narrow_output narrow_output_of(const struct smax_plan* plan,
                                                         const struct smax_run_buffers* buffers, size_t first_row) {
  const struct smax_config* config = plan->config;
  const bool f16 = plan->options.output_type == smax_datatype_f16;
  const struct smax_reload_narrow_output output = {
      .y16 = (uint16_t*) buffers->y + first_row * buffers->y_stride,
      .y16_stride = buffers->y_stride,
      .vmulc16 = f16 ? config->f32_f16_vmulc : config->f32_bf16_vmulc,
      .vcvt16 = f16 ? config->f32_f16_vcvt : config->f32_bf16_vcvt,
      .exps_ring = false,
  };
  return output;
}

// Rows [first_row, first_row + rows) of a 16-bit output from their z in the float tile, through reload's
// fused path in place, whose last pass writes the 16-bit output (plan.narrow_in_last_pass).
static void narrow_rows_in_last_pass(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                     size_t first_row, size_t rows, float* tile) {
  const struct smax_reload_narrow_output output = narrow_output_of(plan, buffers, first_row);
  const size_t n = plan->channels;
  smax_reload_rows_narrowed(plan->config, n, rows, tile, n, tile, n, &output);
}

// 16-bit input rows of at most one tile read by reload's exp kernels directly (plan.read_16bit_rows): an f32
// output takes the exps of all the rows and is scaled in place. For a 16-bit output the exps go to the
// float tile, from which the last pass narrows them into the output: rows of up to half a tile take turns
// in two of its rows, in one call over all the rows; longer rows (several pipeline blocks, each row
// finished before the next starts) take the tile one row at a time.
static void rows_read_16bit(const struct smax_plan* plan, const struct smax_run_buffers* buffers, size_t first_row,
                            size_t rows) {
  const size_t n = plan->channels;
  const size_t x_stride = buffers->x_stride;
  const uint16_t* x = input_16bit(buffers, first_row, 0);
  if (plan->options.output_type == smax_datatype_f32) {
    float* y = (float*) buffers->y + first_row * buffers->y_stride;
    smax_reload_rows_16bit(plan->config, &plan->reader16, n, rows, x, x_stride, y, buffers->y_stride, NULL);
    return;
  }
  float tile[SMAX_TRANSFORM_TILE_ELEMENTS] __attribute__((aligned(64)));
  struct smax_reload_narrow_output output = narrow_output_of(plan, buffers, first_row);
  if (2 * n <= SMAX_TRANSFORM_TILE_ELEMENTS) {
    // The exps take turns in two rows of the tile: one pipeline over all the rows, never restarted at a
    // tile's first rows (op/softmax_16bit/bf16:auto/1024x1024).
    output.exps_ring = true;
    smax_reload_rows_16bit(plan->config, &plan->reader16, n, rows, x, x_stride, tile, n, &output);
    return;
  }
  for (size_t r = 0; r < rows; r++) {
    output = narrow_output_of(plan, buffers, first_row + r);
    smax_reload_rows_16bit(plan->config, &plan->reader16, n, 1, x + r * x_stride, x_stride, tile, n, &output);
  }
}

// Log-softmax rows of one pipeline block read from the 16-bit input by reload's fused loop
// (plan.read_16bit_log_rows), which writes the output from the input too.
static void log_rows_read_16bit(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                size_t first_row, size_t rows) {
  const size_t n = plan->channels;
  const uint16_t* x = input_16bit(buffers, first_row, 0);
  if (plan->options.output_type == smax_datatype_f32) {
    float* y = (float*) buffers->y + first_row * buffers->y_stride;
    smax_reload_log_softmax_rows_16bit(plan->config, &plan->reader16, n, rows, x, buffers->x_stride, y,
                                       buffers->y_stride, NULL);
    return;
  }
  const struct smax_reload_narrow_output output = narrow_output_of(plan, buffers, first_row);
  smax_reload_log_softmax_rows_16bit(plan->config, &plan->reader16, n, rows, x, buffers->x_stride, NULL, 0, &output);
}

// 16-bit rows of one chunk (at most one tile): a tile of rows widened (and transformed) into the float
// tile, run there (a 16-bit output: in place in the tile; f32: into y), narrowed into y; or, for reload's
// fused path, narrowed by its last pass (narrow_rows_in_last_pass).
static void one_chunk_rows_converted(const struct smax_plan* plan, const struct smax_run_buffers* buffers,
                                     size_t first_row, size_t rows) {
  float tile[SMAX_TRANSFORM_TILE_ELEMENTS] __attribute__((aligned(64)));
  const size_t n = plan->channels;
  const bool narrow = plan->options.output_type != smax_datatype_f32;
  const size_t end = first_row + rows;
  // Dense rows are converted a tile at a time, in one kernel call: short rows would pay a call and a
  // masked tail each (op/softmax_16bit/bf16:auto/4096x128). The transform is per row (mask rows, slopes).
  const bool dense_input = buffers->x_stride == n && !plan->transform_input;
  const bool dense_output = buffers->y_stride == n;
  for (size_t r = first_row; r < end; r += plan->rows_per_transform_tile) {
    const size_t tile_rows = end - r < plan->rows_per_transform_tile ? end - r : plan->rows_per_transform_tile;
    if (dense_input) {
      smax_load_row_part(plan, buffers, r, 0, tile_rows * n, tile);
    } else {
      for (size_t t = 0; t < tile_rows; t++) {
        smax_load_row_part(plan, buffers, r + t, 0, n, tile + t * n);
      }
    }
    if (plan->narrow_in_last_pass) {
      narrow_rows_in_last_pass(plan, buffers, r, tile_rows, tile);
      continue;
    }
    float* y = narrow ? tile : (float*) buffers->y + r * buffers->y_stride;
    one_chunk_rows_from_z(plan, buffers, r, tile_rows, tile, n, y, narrow ? n : buffers->y_stride);
    if (narrow && dense_output) {
      smax_store_row_part(plan, buffers, r, 0, tile_rows * n, tile);
    } else if (narrow) {
      for (size_t t = 0; t < tile_rows; t++) {
        smax_store_row_part(plan, buffers, r + t, 0, n, tile + t * n);
      }
    }
  }
}

static void run_whole_rows(void* opaque, size_t first_row, size_t rows) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  const struct smax_run_buffers* buffers = context->buffers;
  if (plan->chunks > 1 || plan->read_16bit_input) {
    for (size_t r = first_row; r < first_row + rows; r++) {
      staged_row(plan, buffers, r);
    }
  } else if (plan->read_16bit_rows) {
    rows_read_16bit(plan, buffers, first_row, rows);
  } else if (plan->read_16bit_log_rows) {
    log_rows_read_16bit(plan, buffers, first_row, rows);
  } else if (plan->convert) {
    one_chunk_rows_converted(plan, buffers, first_row, rows);
  } else if (plan->transform_input || plan->staged_rows) {
    one_chunk_rows_with_options(plan, buffers, first_row, rows);
  } else {
    plan->stages->rows(plan->config, plan->channels, rows, (const float*) buffers->x + first_row * buffers->x_stride,
                       buffers->x_stride, (float*) buffers->y + first_row * buffers->y_stride, buffers->y_stride);
  }
  SMAX_TSAN_RELEASE(opaque);
}

// ---- Split rows: every (row, chunk) a task, in two phases ------------------------------------------

static struct smax_split_row* split_rows(const struct smax_plan* plan, const struct smax_run_buffers* buffers) {
  return (struct smax_split_row*) ((char*) buffers->workspace + plan->batch_size * plan->chunks * plan->slot_bytes);
}

// The stages that write a row: the fallback's where the row fell back.
static const struct smax_softmax_stages* row_stages(const struct smax_plan* plan, const struct smax_split_row* row) {
  return row->fell_back ? plan->stages->fallback : plan->stages;
}

static void reduce_chunk_task(void* opaque, size_t row, size_t chunk_index) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct run_context* context = opaque;
  const struct smax_chunk chunk = chunk_of(context->plan, context->buffers, row, chunk_index);
  reduce_chunk(context->plan, context->buffers, context->plan->stages, row, chunk_index, chunk.stats, true);
  SMAX_TSAN_RELEASE(opaque);
}

// Redoes the chunks of the rows that fell back, with the fallback's reduce.
static void fallback_reduce_chunk_task(void* opaque, size_t row, size_t chunk_index) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  if (split_rows(plan, context->buffers)[row].fell_back) {
    const struct smax_chunk chunk = chunk_of(plan, context->buffers, row, chunk_index);
    reduce_chunk(plan, context->buffers, plan->stages->fallback, row, chunk_index, chunk.stats, false);
  }
  SMAX_TSAN_RELEASE(opaque);
}

static void merge_row_task(void* opaque, size_t row) {
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  struct smax_split_row* split = &split_rows(plan, context->buffers)[row];
  const void* first = chunk_of(plan, context->buffers, row, 0).stats;
  split->result = plan->stages->merge(first, plan->chunks, plan->slot_bytes);
  smax_add_row_sink(plan, context->buffers, plan->stages, row, &split->result);
  split->fell_back = split->result.verdict == smax_row_fallback;
  if (!split->fell_back) {
    smax_finish_row(plan, context->buffers, plan->stages, row, &split->result);
  }
}

// The fallback's merge, for the rows that fell back.
static void fallback_merge_row_task(void* opaque, size_t row) {
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  struct smax_split_row* split = &split_rows(plan, context->buffers)[row];
  if (split->fell_back) {
    const void* first = chunk_of(plan, context->buffers, row, 0).stats;
    split->result = plan->stages->fallback->merge(first, plan->chunks, plan->slot_bytes);
    smax_add_row_sink(plan, context->buffers, plan->stages->fallback, row, &split->result);
    smax_finish_row(plan, context->buffers, plan->stages->fallback, row, &split->result);
  }
}

static void write_chunk_task(void* opaque, size_t row, size_t chunk_index) {
  SMAX_TSAN_ACQUIRE(opaque);
  const struct run_context* context = opaque;
  const struct smax_plan* plan = context->plan;
  const struct smax_split_row* split = &split_rows(plan, context->buffers)[row];
  write_chunk(plan, context->buffers, row_stages(plan, split), row, chunk_index, &split->result);
  SMAX_TSAN_RELEASE(opaque);
}

// The merges run on the calling thread, through pthreadpool without a pool, so that they see the same
// floating-point environment (denormals disabled) as the tasks of whole-row plans, where each task
// merges its own rows.
static void merge_rows(struct run_context* context, pthreadpool_function_1d_t merge, uint32_t pool_flags) {
  SMAX_TSAN_ACQUIRE(context);
  pthreadpool_parallelize_1d(NULL, merge, context, context->plan->batch_size, pool_flags);
  SMAX_TSAN_RELEASE(context);
}

static bool any_row_fell_back(const struct smax_plan* plan, const struct smax_run_buffers* buffers) {
  const struct smax_split_row* rows = split_rows(plan, buffers);
  for (size_t r = 0; r < plan->batch_size; r++) {
    if (rows[r].fell_back) {
      return true;
    }
  }
  return false;
}

static void run_split_rows(struct run_context* context, pthreadpool_t threadpool, uint32_t pool_flags) {
  const struct smax_plan* plan = context->plan;
  SMAX_TSAN_RELEASE(context);
  pthreadpool_parallelize_2d(threadpool, reduce_chunk_task, context, plan->batch_size, plan->chunks, pool_flags);
  merge_rows(context, merge_row_task, pool_flags);
  if (plan->stages->fallback != NULL && any_row_fell_back(plan, context->buffers)) {
    pthreadpool_parallelize_2d(threadpool, fallback_reduce_chunk_task, context, plan->batch_size, plan->chunks,
                               pool_flags);
    merge_rows(context, fallback_merge_row_task, pool_flags);
  }
  pthreadpool_parallelize_2d(threadpool, write_chunk_task, context, plan->batch_size, plan->chunks, pool_flags);
  SMAX_TSAN_ACQUIRE(context);
}

void smax_run_plan(const struct smax_plan* plan, const struct smax_run_buffers* buffers, pthreadpool_t threadpool,
                   uint32_t pool_flags) {
  struct run_context context = {plan, buffers};
  if (plan->parallelism == smax_parallelism_split_rows) {
    run_split_rows(&context, threadpool, pool_flags);
    return;
  }
  SMAX_TSAN_RELEASE(&context);
  pthreadpool_parallelize_1d_tile_1d(threadpool, run_whole_rows, &context, plan->batch_size, plan->rows_per_task,
                                     pool_flags);
  SMAX_TSAN_ACQUIRE(&context);
}
