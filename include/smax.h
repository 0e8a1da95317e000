/*
 * smax: softmax micro-kernels and a small operator API.
 *
 * Usage, per tensor:
 *
 *   smax_initialize();                                   // once per process
 *   smax_operator_t op;
 *   smax_create_softmax_nc_f32(smax_algorithm_auto, 0, &op);
 *   smax_reshape_softmax_nc_f32(op, channels, channels, channels, batch, pool);
 *   smax_setup_softmax_nc_f32(op, input, output);
 *   smax_run_operator(op, pool);                         // any number of times
 *   smax_delete_operator(op);
 *
 * The operator computes, for every row r < batch_size and channel c < channels:
 *
 *   x = input + r * input_stride;  y = output + r * output_stride;
 *   y[c] = exp(x[c]) / sum_{k < channels} exp(x[k])
 *
 * with every algorithm giving the same results up to rounding. An operator created with options
 * (smax_create_softmax_nc_f32_ex, struct smax_softmax_options below) computes log-softmax, applies a
 * scale, an additive mask with per-group slopes and per-group sinks, sets the policy for fully masked
 * rows and writes each row's logsumexp, all in the same passes over the rows.
 *
 * Numerics contract (identical for every algorithm and every ISA, tested):
 *  - Rows of up to 2^24 elements, compared with a double-precision reference:
 *    relative error at most 2e-6 on every output >= 1e-6, at most 1e-5 on every
 *    output >= 1e-30, absolute error at most 1e-30 below that (tiny outputs may
 *    flush to zero). Every row sums to 1 within 1e-5. The measured worst cases are
 *    listed in README.md.
 *  - Finite inputs never overflow, whatever their magnitude (rows near +-FLT_MAX,
 *    rows spanning [-1e30, 1e30], one-element rows all give the right result).
 *  - An entry equal to -inf gives exactly 0 as long as its row has a finite entry.
 *  - A row that contains a NaN, or a +inf, or only -inf entries, gives NaN in every
 *    output of that row; that is what the IEEE double reference gives.
 *
 * Thread count: the results are the same bits whatever the threadpool and its number
 * of threads (1, 2, 3, 4, 8, ...), for every algorithm and ISA. A row longer than
 * 65536 elements is cut into chunks whose boundaries depend on the row length (and
 * the kernels chosen by smax_initialize()) only; each chunk is reduced to statistics,
 * the row's statistics are merged in chunk order, and each chunk is written from the
 * merged statistics. Threads only decide which chunks run where: a few long rows are
 * split across the threads, chunk by chunk.
 * The same input may give different bits on different ISAs, within the contract.
 *
 * Thread safety: smax_initialize() may be called from any number of threads at
 * once. An operator may be used by one thread at a time; different operators may
 * run concurrently.
 */
#ifndef SMAX_H_
#define SMAX_H_

#include <stddef.h>
#include <stdint.h>

#include <pthreadpool.h>

#ifdef __cplusplus
extern "C" {
#endif

// Every function declared below is the library's API, exported from libsmax.so; the library is built
// with -fvisibility=hidden, so nothing else is (test/exported-symbols-test.sh checks it).
#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

#define SMAX_VERSION_MAJOR 0
#define SMAX_VERSION_MINOR 1

/** Status returned by every smax function that can fail. */
enum smax_status {
  /** The call succeeded. */
  smax_status_success = 0,
  /** smax_initialize() was not called, or it failed. */
  smax_status_uninitialized = 1,
  /** An argument is out of its documented domain (NULL pointer, zero channels, stride < channels,
      unknown algorithm or flag bit, size overflow, partially overlapping buffers, bad SMAX_ISA). */
  smax_status_invalid_parameter = 2,
  /** The operator is not in a state that allows the call (for example run before setup). */
  smax_status_invalid_state = 3,
  /** The argument is valid but this build does not support it. */
  smax_status_unsupported_parameter = 4,
  /** The CPU lacks something smax needs (or that SMAX_ISA asked for). */
  smax_status_unsupported_hardware = 5,
  /** A memory allocation failed. */
  smax_status_out_of_memory = 6,
};

/**
 * Returns a static, human-readable name for a status, such as "invalid_parameter".
 * Unknown values give "unknown_status". Never returns NULL.
 */
const char* smax_status_string(enum smax_status status);

/** Softmax algorithm. All of them compute the same function (see the numerics contract). */
enum smax_algorithm {
  /** Let smax choose per row length from measured data (see README.md): rows of up to 4 elements in
      scalar code (reload's passes with the scalar exp: the vector kernels' cost per call dominates
      there); three_pass_reload while a row's input and output fit in the last-level cache; beyond
      it, two passes over memory with reload's exp in pass 1 and two_pass's output pass (an
      algorithm with no value of its own). */
  smax_algorithm_auto = 0,
  /** Max pass; sum of exp(x - max); output pass that recomputes exp(x - max) / sum. Reads x three times. */
  smax_algorithm_three_pass_recompute = 1,
  /** Max pass; pass that stores exp(x - max) to the output and sums it; pass that rescales the output. */
  smax_algorithm_three_pass_reload = 2,
  /** Online normalizer (Milakov & Gimelshein, 2018): one pass keeps a running max and a rescaled
      running sum; an output pass writes exp(x - max) / sum. */
  smax_algorithm_online = 3,
  /** Two-pass (Dukhan & Ablavatski, 2020): one pass accumulates exp(x) as (mantissa, power-of-two
      exponent) pairs, with no max pass; an output pass writes exp(x) / sum. Rows whose entries
      exceed the pair format's safe range (|x| > 1024 near the row's top) are detected and
      recomputed with three_pass_recompute, so the result is still right. */
  smax_algorithm_two_pass = 4,
};

/** Number of values in enum smax_algorithm. */
#define SMAX_ALGORITHM_COUNT 5

/** Returns a static name such as "two_pass" for an algorithm, or "unknown_algorithm". */
const char* smax_algorithm_string(enum smax_algorithm algorithm);

/**
 * Flag for smax_create_softmax_nc_f32: let threadpool workers yield instead of spinning while
 * they wait for work (passed on as PTHREADPOOL_FLAG_YIELD_WORKERS). Costs latency, saves CPU.
 */
#define SMAX_FLAG_YIELD_WORKERS UINT32_C(0x00000001)

/**
 * Options of a softmax operator (smax_create_softmax_nc_f32_ex): what is computed on each row.
 *
 * With them the operator computes, for row r (in group g = r / group_rows) and channel c:
 *
 *   z[c] = fl(fl(scale * x[c]) + fl(slope[g] * mask_row(r)[c]))    (every fl() a float rounding)
 *   softmax:      y[c] = exp(z[c]) / (exp(sink[g]) + sum_k exp(z[k]))
 *   log-softmax:  y[c] = z[c] - logsumexp_r,  logsumexp_r = log(exp(sink[g]) + sum_k exp(z[k]))
 *
 * where a missing term drops out: no mask (and no slope) leaves z = fl(scale * x), which is x itself for
 * scale 1; no slopes means slope 1 (fl(1 * m) = m); no sinks means exp(sink) = 0. z is computed in
 * float, in exactly the roundings shown (no fused multiply-add), and is the input the numerics contract
 * counts from: the double reference is computed from these float z values, so a product that overflows
 * to +-inf is that infinity. A slope is data: a slope of 0 on a -inf mask entry gives NaN, and so does a
 * subnormal slope, which reads as 0 (the operator runs with denormals disabled; subnormal x and mask
 * entries read as 0 too, which changes no output beyond the bounds).
 *
 * Everything composes in one call, fused into the passes over the row: no pass over memory is added for
 * the scale or the mask (they are applied to each row, or each chunk of a long row, as it is first read,
 * into the output row, and the algorithm continues in place there); sinks enter the row's merged
 * statistics; log-softmax replaces the output pass; logsumexp is one float per row.
 *
 * Numerics contract, beyond the softmax one above (tested for every algorithm and ISA, rows of up to
 * 2^24 elements, split across threads or not):
 *  - Softmax with scale, mask, slopes and sinks: the softmax bounds, on z.
 *  - Log-softmax: |y - y_ref| <= 2e-6 + 2.5e-7 * |y_ref| on every output; exactly -inf where z is -inf
 *    and the row has a finite logsumexp. y is computed as (z - max) - log(sum) from the row's max and
 *    sum (two_pass, which has no max and whose rows stay below |logsumexp| = 1024: as (z - hi) - lo
 *    with hi + lo the logsumexp in double split into two floats), so rows of equal logits of any
 *    magnitude (1e8, 1e30) give -log(n) within the bound: the difference is never taken against a
 *    rounded sum. Outputs whose exact value is below -FLT_MAX (z near -FLT_MAX in a row near +FLT_MAX)
 *    are -FLT_MAX or -inf.
 *  - logsumexp: |lse - lse_ref| <= 2e-6 + 2.5e-7 * |lse_ref|.
 *  - A row (with its sink) that holds a NaN or a +inf gives NaN in every output and a NaN logsumexp.
 *  - A fully masked row, where every z (and the sink) is -inf: NaN in every output without
 *    SMAX_OPTION_ZERO_MASKED_ROWS, as the IEEE reference gives; with it, exact zeros for softmax and -inf
 *    for log-softmax (the log of those zeros). Its logsumexp is -inf either way.
 *  - A sink of -inf is no sink: the results are those of plain softmax, bit for bit.
 *
 * Algorithms: every algorithm computes softmax with every option. Log-softmax needs z in the output
 * pass, so it needs an algorithm whose statistics pass does not overwrite the output:
 * three_pass_recompute, online, two_pass and auto (which then picks among those); three_pass_reload
 * stores the exps in the output as its statistics pass and gives smax_status_unsupported_parameter.
 */
struct smax_softmax_options {
  /** 0 or a combination of the SMAX_OPTION_* bits below. */
  uint32_t flags;
  /** s in z = s * x: a normal float, FLT_MIN <= s <= FLT_MAX (the operator runs with denormals disabled,
      where a subnormal scale would read as 0). 1 is no scale (a temperature T is scale 1/T; attention's
      1/sqrt(d)). */
  float scale;
  /** Element type of the additive mask, or smax_mask_type_none. */
  int mask_type;
  /** Rows per group for slopes and sinks: row r belongs to group r / group_rows (a head's rows). At least 1
      when SMAX_OPTION_SLOPES or SMAX_OPTION_SINKS is set; ignored otherwise. */
  size_t group_rows;
};

/** Mask element types (smax_softmax_options.mask_type). */
enum smax_mask_type {
  /** No mask. */
  smax_mask_type_none = 0,
  /** float mask entries. */
  smax_mask_type_f32 = 1,
  /** IEEE 754 binary16 mask entries, given as their uint16_t bit patterns (ggml's attention masks). */
  smax_mask_type_f16 = 2,
};

/** Option: compute log-softmax, y = z - logsumexp, instead of softmax. */
#define SMAX_OPTION_LOG_SOFTMAX UINT32_C(0x00000001)
/** Option: a fully masked row (every z and the sink -inf) gives zeros (log-softmax: -inf) instead of NaN,
    as PyTorch's _safe_softmax and oneDNN's inf_as_zero. */
#define SMAX_OPTION_ZERO_MASKED_ROWS UINT32_C(0x00000002)
/** Option: the mask is multiplied by one slope per group of rows (ALiBi; ggml's max_bias). Needs a mask. */
#define SMAX_OPTION_SLOPES UINT32_C(0x00000004)
/** Option: one sink logit per group of rows, which takes part in the max and the sum and is not written. */
#define SMAX_OPTION_SINKS UINT32_C(0x00000008)
/** Option: write each row's logsumexp (of z and the sink) as one float. */
#define SMAX_OPTION_LOGSUMEXP UINT32_C(0x00000010)

/**
 * The extra tensors of one run of an operator with options (smax_setup_softmax_nc_f32_ex). Every pointer
 * that the operator's options do not call for must be NULL; every one they call for must not be.
 */
struct smax_softmax_tensors {
  /** First element of mask row 0, of the options' mask_type. Row r adds mask row (mask_rows != 0 ?
      r % mask_rows : r): with mask_rows = rows per head, one mask serves every head, as in ggml. */
  const void* mask;
  /** Elements between the starts of two mask rows: 0 (one mask row for every row) or >= channels. */
  size_t mask_stride;
  /** 0, or the number of mask rows after which the pattern repeats (see mask). */
  size_t mask_rows;
  /** One slope per group (SMAX_OPTION_SLOPES): ceil(batch_size / group_rows) floats. */
  const float* slopes;
  /** One sink logit per group (SMAX_OPTION_SINKS): ceil(batch_size / group_rows) floats. */
  const float* sinks;
  /** Receives one logsumexp per row (SMAX_OPTION_LOGSUMEXP): batch_size floats. */
  float* logsumexp;
};

/**
 * Initializes the library: detects the CPU with cpuinfo and chooses one micro-kernel per family.
 *
 * Idempotent and thread-safe: the work is done once per process (pthread_once); later calls
 * return the first call's status.
 *
 * The environment variable SMAX_ISA caps the instruction set used: one of "scalar", "sse2",
 * "avx", "avx2" (AVX2 + FMA3 + F16C), "avx512f", "avx512bf16" (AVX-512F + AVX512-BW + AVX512-BF16: the
 * kernels that round to bf16 only; the other families take their AVX-512F kernels) on x86-64, "scalar", "neon",
 * "neonfma" on ARM. Unset or empty means the best the CPU has.
 *
 * @returns smax_status_success on success;
 *          smax_status_invalid_parameter if SMAX_ISA names no known ISA (a line on stderr
 *          names the value and lists the known ones);
 *          smax_status_unsupported_hardware if SMAX_ISA names an ISA this CPU or this build
 *          lacks (a line on stderr names it), or if cpuinfo fails.
 */
enum smax_status smax_initialize(void);

/** Returns the ISA chosen by smax_initialize() ("scalar", "avx2", ...), or NULL before a successful
    initialization. */
const char* smax_get_isa_name(void);

/**
 * Returns the number of micro-kernel families (such as "f32-rmax"); it does not depend on
 * initialization. With smax_get_ukernel_family_name() it lists the families, so that a library
 * with more families keeps this header and its ABI.
 */
size_t smax_get_ukernel_family_count(void);

/**
 * Returns the name of the family at index ("f32-rmax", "f32-raddexpminusmax", ...), or NULL if
 * index >= smax_get_ukernel_family_count(). The names are static strings, valid before
 * initialization too; the order is fixed within one build of the library.
 */
const char* smax_get_ukernel_family_name(size_t index);

/**
 * Returns the name of the micro-kernel chosen for a family, such as
 * "smax_f32_rmax_ukernel__scalar_x4_acc4" for "f32-rmax".
 *
 * @param family  a family name, as smax_get_ukernel_family_name() returns them.
 * @returns a static string; NULL before a successful smax_initialize(), or for a NULL or unknown
 *          family name.
 */
const char* smax_get_ukernel_name(const char* family);

/** Opaque operator handle. */
typedef struct smax_operator* smax_operator_t;

/**
 * Element types of an operator's input and output (smax_create_softmax_nc). Inside, every type is
 * computed in float: 16-bit inputs are widened exactly as each row (or chunk of a long row) is read,
 * into an L1-sized float tile or by the kernels as they load them (the exp passes, and log-softmax's
 * output pass), the row is computed as for f32, and 16-bit outputs are rounded to nearest even as they
 * are stored. Unnormalised exps never go into a
 * 16-bit output.
 *
 * The pairs supported: f32 -> f32, f16 -> f16, bf16 -> bf16, f16 -> f32, bf16 -> f32.
 *
 * Numerics contract per type (tested, every algorithm, ISA and option):
 *  - 16-bit in, f32 out: the f32 contract above (and the options') on the widened inputs: the double
 *    reference is computed from the float values of the 16-bit inputs (bf16 subnormal inputs read as 0,
 *    as f32 subnormals do; f16 subnormals are normal floats and read exactly).
 *  - 16-bit out: the float result, within the f32 bounds above, rounded once to nearest even. So every
 *    softmax output whose exact value is at least 1e-30 is within 1 ULP of the output type from it (one
 *    of the two values around it; the float error is far below half a 16-bit ULP), and almost every
 *    output is the correctly rounded one (README.md gives the measured fraction); below 1e-30 (bf16
 *    only: f16 has nothing there) the float contract's absolute 1e-30 applies, such outputs may be 0.
 *    f16 outputs below 2^-14 are f16 subnormals as round-to-nearest-even gives them, not flushed.
 *    Log-softmax outputs are within 1 ULP, or within the options' log-softmax bound and then rounded,
 *    whichever is wider: near 0 the 16-bit ULP is finer than that bound (a row whose other entries are
 *    below 2^-24 of the max sums to exactly 1 in float, and its max's output is 0, not -1e-16). Outputs
 *    beyond -65504 are -65504 or -inf in f16. logsumexp is a float for every type, with the options'
 *    bound.
 *  - Special values exactly as in f32: a row with a NaN or a +inf gives NaN everywhere (a quiet NaN), an
 *    entry of -inf gives exactly 0 (log-softmax: -inf), an all -inf row gives NaN, or zeros / -inf with
 *    SMAX_OPTION_ZERO_MASKED_ROWS.
 *  - Bits do not depend on the thread count: rows longer than 4096 elements are cut into chunks by
 *    their length alone, whatever the threads.
 *
 * Algorithms: three_pass_reload keeps unnormalised exps in its output between its passes, which a
 * 16-bit output cannot hold (e^64 overflows f16; rescaling bf16 exps rounds twice): with a 16-bit
 * output it gives smax_status_unsupported_parameter at create, and auto uses algorithms that keep their
 * input for rows longer than 4096 elements (shorter rows stay in a float tile, which holds their exps
 * where auto uses reload's passes).
 */
enum smax_datatype {
  /** IEEE 754 binary32, float. */
  smax_datatype_f32 = 0,
  /** IEEE 754 binary16, given as uint16_t bit patterns. */
  smax_datatype_f16 = 1,
  /** bfloat16 (the upper 16 bits of a binary32), given as uint16_t bit patterns. */
  smax_datatype_bf16 = 2,
};

/**
 * Creates a softmax operator on rows of the given element types, with options (NULL: none). Reshape it
 * with smax_reshape_softmax_nc and set it up with smax_setup_softmax_nc (or the typed functions of its
 * types). smax_create_softmax_nc_f32_ex is this with f32 in and out.
 *
 * @param input_type   element type of the input (enum smax_datatype).
 * @param output_type  element type of the output: the input's, or f32.
 * @param algorithm    one of enum smax_algorithm.
 * @param flags        0 or SMAX_FLAG_YIELD_WORKERS.
 * @param options      the options, copied; may be NULL.
 * @param op_out       receives the new operator; left unchanged on failure. Must not be NULL.
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for a NULL op_out, a type that is not an enum smax_datatype
 *          value, and everything smax_create_softmax_nc_f32_ex rejects;
 *          smax_status_unsupported_parameter for a pair of types not listed with enum smax_datatype
 *          (f32 -> f16, f16 -> bf16, ...), three_pass_reload with a 16-bit output, and
 *          SMAX_OPTION_LOG_SOFTMAX with three_pass_reload;
 *          smax_status_out_of_memory.
 */
enum smax_status smax_create_softmax_nc(enum smax_datatype input_type, enum smax_datatype output_type,
                                        enum smax_algorithm algorithm, uint32_t flags,
                                        const struct smax_softmax_options* options, smax_operator_t* op_out);

/** smax_create_softmax_nc(smax_datatype_f16, smax_datatype_f16, algorithm, flags, NULL, op_out). */
enum smax_status smax_create_softmax_nc_f16(enum smax_algorithm algorithm, uint32_t flags,
                                            smax_operator_t* op_out);

/** smax_create_softmax_nc(smax_datatype_bf16, smax_datatype_bf16, algorithm, flags, NULL, op_out). */
enum smax_status smax_create_softmax_nc_bf16(enum smax_algorithm algorithm, uint32_t flags,
                                             smax_operator_t* op_out);

/**
 * Creates a softmax operator on rows of f32 values ("nc": batch of rows, channels per row).
 *
 * @param algorithm  one of enum smax_algorithm.
 * @param flags      0 or SMAX_FLAG_YIELD_WORKERS.
 * @param op_out     receives the new operator; left unchanged on failure. Must not be NULL.
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for a NULL op_out, an unknown algorithm or flag bit;
 *          smax_status_out_of_memory.
 */
enum smax_status smax_create_softmax_nc_f32(enum smax_algorithm algorithm, uint32_t flags,
                                            smax_operator_t* op_out);

/**
 * Creates a softmax operator with options: log-softmax, scale, additive mask, slopes, sinks, the
 * masked-row policy, per-row logsumexp (struct smax_softmax_options, which documents what is computed).
 * With options NULL, or all options off (flags 0, scale 1, no mask), it is smax_create_softmax_nc_f32.
 * The operator is then reshaped with smax_reshape_softmax_nc_f32 and set up with
 * smax_setup_softmax_nc_f32_ex (or smax_setup_softmax_nc_f32 when the options need no tensor).
 *
 * @param algorithm  one of enum smax_algorithm.
 * @param flags      0 or SMAX_FLAG_YIELD_WORKERS.
 * @param options    the options, copied; may be NULL.
 * @param op_out     receives the new operator; left unchanged on failure. Must not be NULL.
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for a NULL op_out, an unknown algorithm, flag bit, option bit
 *          or mask type, a scale outside [FLT_MIN, FLT_MAX] (or NaN), SMAX_OPTION_SLOPES without a mask, or
 *          group_rows 0 with SMAX_OPTION_SLOPES or SMAX_OPTION_SINKS;
 *          smax_status_unsupported_parameter for SMAX_OPTION_LOG_SOFTMAX with three_pass_reload;
 *          smax_status_out_of_memory.
 */
enum smax_status smax_create_softmax_nc_f32_ex(enum smax_algorithm algorithm, uint32_t flags,
                                               const struct smax_softmax_options* options,
                                               smax_operator_t* op_out);

/**
 * Sets the shape and makes the plan: the algorithm (auto resolved for this row length), how
 * long rows are cut into chunks, how rows and chunks are spread over the threadpool's threads,
 * and the operator's workspace (per-chunk statistics for rows longer than 65536 elements;
 * about 100 bytes per 16K elements, allocated here and kept until a reshape needs more or the
 * operator is deleted). smax_run_operator then only dispatches. Invalidates a previous setup:
 * smax_setup_softmax_nc_f32 must be called again.
 *
 * @param op             an operator from smax_create_softmax_nc_f32.
 * @param channels       elements per row; at least 1.
 * @param input_stride   distance between the starts of two input rows, in elements; >= channels.
 * @param output_stride  distance between the starts of two output rows, in elements; >= channels.
 * @param batch_size     number of rows; 0 makes smax_run_operator a no-op.
 * @param threadpool     the pool the operator will run on (NULL: the caller's thread); only its
 *                       number of threads is read, to plan. A different pool may be passed to
 *                       smax_run_operator: the results are the same bits, only the spread of the
 *                       work may suit that pool less.
 * @returns smax_status_success;
 *          smax_status_invalid_parameter for a NULL op, zero channels, a stride below channels, a
 *          shape whose size in bytes does not fit in size_t, or (smax_reshape_softmax_nc_f32 only) an
 *          operator whose types are not f32 in and out;
 *          smax_status_out_of_memory if the workspace cannot be allocated.
 *          On failure nothing is changed: the operator keeps its previous shape, plan and setup.
 */
enum smax_status smax_reshape_softmax_nc_f32(smax_operator_t op, size_t channels, size_t input_stride,
                                             size_t output_stride, size_t batch_size,
                                             pthreadpool_t threadpool);

/**
 * smax_reshape_softmax_nc_f32 for an operator of any types (strides in elements of the input's and the
 * output's type). Rows of 16-bit input or output longer than 4096 elements are planned in chunks of
 * 4096 (a workspace of a few hundred bytes per chunk); shorter ones need none.
 * smax_reshape_softmax_nc_f32 is this, for operators of f32 in and out only (others:
 * smax_status_invalid_parameter, nothing changed).
 */
enum smax_status smax_reshape_softmax_nc(smax_operator_t op, size_t channels, size_t input_stride,
                                         size_t output_stride, size_t batch_size, pthreadpool_t threadpool);

/**
 * Sets the input and output pointers.
 *
 * In place is supported: output may equal input when output_stride equals input_stride. Any other
 * overlap between the rows read and the rows written is rejected.
 *
 * @param op      an operator reshaped with smax_reshape_softmax_nc_f32.
 * @param input   first element of row 0; must not be NULL (even when batch_size is 0).
 * @param output  first element of output row 0; must not be NULL.
 * @returns smax_status_success;
 *          smax_status_invalid_parameter for NULL pointers, partially overlapping buffers, an operator
 *          whose options call for a tensor (a mask, slopes, sinks, logsumexp: use
 *          smax_setup_softmax_nc_f32_ex), or an operator whose types are not f32 in and out;
 *          smax_status_invalid_state if the operator was never reshaped.
 */
enum smax_status smax_setup_softmax_nc_f32(smax_operator_t op, const float* input, float* output);

/**
 * Sets the input and output pointers and the options' tensors (struct smax_softmax_tensors), with the
 * rules of smax_setup_softmax_nc_f32 for input and output.
 *
 * @param op       an operator reshaped with smax_reshape_softmax_nc_f32.
 * @param input    first element of row 0; must not be NULL.
 * @param output   first element of output row 0; must not be NULL.
 * @param tensors  the mask, slopes, sinks and logsumexp output that the options call for; NULL when
 *                 they call for none.
 * @returns smax_status_success;
 *          smax_status_invalid_parameter for NULL input or output, partially overlapping input and
 *          output, a tensor the options call for that is NULL or one they do not call for that is not,
 *          a mask_stride that is neither 0 nor >= channels, a size that does not fit in size_t, an output
 *          that overlaps the mask, slopes, sinks or logsumexp, a logsumexp that overlaps the input, or an
 *          operator whose types are not f32 in and out;
 *          smax_status_invalid_state if the operator was never reshaped.
 *          On failure nothing is changed.
 */
enum smax_status smax_setup_softmax_nc_f32_ex(smax_operator_t op, const float* input, float* output,
                                              const struct smax_softmax_tensors* tensors);

/**
 * Sets the input and output pointers and the options' tensors of an operator of any types, with the rules
 * of smax_setup_softmax_nc_f32_ex. In place (output equal to input, equal strides) only where the input and
 * output types have the same size; any other overlap of the bytes read and written is rejected.
 * smax_setup_softmax_nc_f32(_ex), smax_setup_softmax_nc_f16 and smax_setup_softmax_nc_bf16 are this for
 * operators of those types in and out; given an operator of other types they return
 * smax_status_invalid_parameter and change nothing.
 *
 * @param op       an operator reshaped with smax_reshape_softmax_nc.
 * @param input    first element of row 0, of the operator's input type; must not be NULL.
 * @param output   first element of output row 0, of its output type; must not be NULL.
 * @param tensors  as for smax_setup_softmax_nc_f32_ex (masks, slopes, sinks and logsumexp keep their
 *                 types whatever the operator's); NULL when the options call for none.
 * @returns the statuses of smax_setup_softmax_nc_f32_ex. On failure nothing is changed.
 */
enum smax_status smax_setup_softmax_nc(smax_operator_t op, const void* input, void* output,
                                       const struct smax_softmax_tensors* tensors);

/** smax_setup_softmax_nc(op, input, output, NULL) for an operator of f16 in and out. */
enum smax_status smax_setup_softmax_nc_f16(smax_operator_t op, const uint16_t* input, uint16_t* output);

/** smax_setup_softmax_nc(op, input, output, NULL) for an operator of bf16 in and out. */
enum smax_status smax_setup_softmax_nc_bf16(smax_operator_t op, const uint16_t* input, uint16_t* output);

/**
 * Runs the operator as reshape planned it: whole rows per task, or, for a few long rows, each
 * row's chunks reduced in parallel, merged, then written in parallel. Denormals are disabled
 * on the threads for the call. Allocates nothing.
 *
 * @param op          a set-up operator.
 * @param threadpool  NULL runs every row on the calling thread.
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for a NULL op;
 *          smax_status_invalid_state if the operator was not set up since its last reshape.
 */
enum smax_status smax_run_operator(smax_operator_t op, pthreadpool_t threadpool);

/**
 * Deletes an operator. NULL is accepted and does nothing.
 * @returns smax_status_success.
 */
enum smax_status smax_delete_operator(smax_operator_t op);

/**
 * One-shot softmax: create, reshape, setup, run and delete in one call, with the same results as
 * those calls. Arguments and status codes are those of the functions above (the threadpool is
 * the one planned for and run on); nothing is written on failure.
 */
enum smax_status smax_run_softmax_nc_f32(size_t channels, size_t input_stride, size_t output_stride,
                                         size_t batch_size, const float* input, float* output,
                                         enum smax_algorithm algorithm, uint32_t flags,
                                         pthreadpool_t threadpool);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

/* ============================================================================================== */
/* Top-k and sampling                                                                             */
/* ============================================================================================== */

#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

/*
 * Top-k with row statistics, one read of the row.
 *
 * For every row r < batch_size, with x = input + r * input_stride and z[c] = fl(scale * x[c]) (one
 * float multiplication, no fused multiply-add; z = x for scale 1), the operator writes:
 *
 *   indices[r * k + j], values[r * k + j] (j < k): the k largest (c, z[c]) of the row, sorted by value,
 *       largest first, ties to the lower index, in this total order of the values:
 *           NaN > +inf > finite values (by value; -0, +0 and subnormals are equal) > -inf;
 *       a NaN compares as larger than everything (as torch.topk), NaNs among themselves by index.
 *       Subnormals rank as 0 because the operator runs with denormals disabled, where they read as 0
 *       (and z = fl(scale * x) flushes them for scale != 1).
 *       Every index is in [0, channels), and the k indices of a row are distinct, whatever the data.
 *       values are the z[c] themselves, bit for bit (for scale 1, x[c]: a NaN keeps its payload).
 *   max[r]:       M = max_c z[c]; NaN if the row holds a NaN, +inf if it holds a +inf and no NaN, -inf if
 *                 every entry is -inf.
 *   logsumexp[r]: L = log(sum_c exp(z[c])) of the whole row (not only of the k);
 *                 NaN if the row holds a NaN or a +inf, -inf if every entry is -inf.
 *   probabilities[r * k + j]      (SMAX_TOPK_PROBABILITIES):     exp(z[c_j] - L), softmax of the full row;
 *   log_probabilities[r * k + j]  (SMAX_TOPK_LOG_PROBABILITIES): z[c_j] - L, log-softmax of the full row;
 *                 both NaN in every entry of a row that holds a NaN or a +inf, or only -inf entries (as
 *                 the IEEE double reference gives), and 0 (log: -inf) where z[c_j] is -inf in a row with
 *                 a finite L.
 *
 * Numerics contract (every ISA, every thread count; tested on rows of up to 2^18 elements, and longer
 * rows take the same tiles and merges):
 *  - indices and values are exact: those of std::partial_sort over the float z values with the order
 *    above (test/topk-test.cc checks them against it).
 *  - max is exact.
 *  - logsumexp: |L - L_ref| <= 2e-6 + 2.5e-7 * |L_ref| against the double reference (the log-softmax
 *    contract of the softmax operator); L is computed as M + log(S) in double from the row's max M and
 *    sum S = sum_c exp(z[c] - M), which is accumulated as the softmax operator's statistics are (float
 *    partial sums of at most 16 terms, added in double).
 *  - log_probabilities: |y - y_ref| <= 2e-6 + 2.5e-7 * |y_ref|, computed as (z - M) - log(S) in double, so
 *    rows of equal logits of any magnitude give -log(channels). Outputs whose exact value is below
 *    -FLT_MAX (z near -FLT_MAX in a row near +FLT_MAX) are -FLT_MAX or -inf, as the softmax operator's.
 *  - probabilities: the softmax bounds (relative error at most 2e-6 on outputs >= 1e-6, 1e-5 on outputs
 *    >= 1e-30, absolute 1e-30 below), computed as exp(z - M) / S in double.
 *  - Same bits for any number of threads: each 2048-element tile of a row (counted from the row's
 *    start) gets its own (max, sum), and a row's tiles are merged in tile order, in double, whatever the
 *    threads; a few rows longer than 65536 elements are split into one chunk per thread, each keeping
 *    its own top-k, and the merge of top-k lists is exact.
 */

/** Flag for smax_create_topk_nc_f32: fill outputs.probabilities with exp(z - L). */
#define SMAX_TOPK_PROBABILITIES 0x1
/** Flag for smax_create_topk_nc_f32: fill outputs.log_probabilities with z - L. */
#define SMAX_TOPK_LOG_PROBABILITIES 0x2

/**
 * Creates a top-k operator on rows of f32 values. It is then reshaped with smax_reshape_topk_nc_f32, set
 * up with smax_setup_topk_nc_f32, run with smax_run_operator and deleted with smax_delete_operator (as a
 * softmax operator; the softmax reshape and setup functions reject it with smax_status_invalid_parameter).
 *
 * @param k       pairs per row: at least 1 (at most channels, checked at reshape).
 * @param scale   s in z = fl(s * x): a normal float, FLT_MIN <= s <= FLT_MAX (an inverse temperature 1/T;
 *                1 is no scale). The operator runs with denormals disabled, where a subnormal scale
 *                would read as 0.
 * @param flags   0 or a combination of SMAX_TOPK_PROBABILITIES and SMAX_TOPK_LOG_PROBABILITIES.
 * @param op_out  receives the new operator; left unchanged on failure. Must not be NULL.
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for a NULL op_out, k = 0, a scale that is not a positive normal
 *          float (0, negative, subnormal, inf, NaN), or an unknown flag bit;
 *          smax_status_out_of_memory.
 */
enum smax_status smax_create_topk_nc_f32(size_t k, float scale, uint32_t flags, smax_operator_t* op_out);

/**
 * Sets the shape of a top-k operator's runs and plans them for the threadpool (how rows are spread over
 * its threads, and a few long rows split into one chunk per thread; the results do not depend on it).
 * Allocates the workspace (per split row: 16 bytes per 2048-element tile, and each chunk's top-k).
 * Invalidates the last setup.
 *
 * @param op            a top-k operator.
 * @param channels      elements per row: at least 1, at least the operator's k, below 2^32.
 * @param input_stride  elements between the starts of two input rows: at least channels.
 * @param batch_size    number of rows; 0 makes runs do nothing.
 * @param threadpool    the pool that runs will use (NULL: the calling thread); only the plan depends on it.
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for a NULL op, an operator that is not a top-k operator, zero
 *          channels, k > channels, a stride below channels, or sizes that overflow the address space;
 *          smax_status_unsupported_parameter for channels >= 2^32 (the selection keeps an index in 32
 *          bits);
 *          smax_status_out_of_memory if the workspace cannot be allocated.
 *          On failure the operator is unchanged.
 */
enum smax_status smax_reshape_topk_nc_f32(smax_operator_t op, size_t channels, size_t input_stride,
                                          size_t batch_size, pthreadpool_t threadpool);

/**
 * Outputs of a top-k run (smax_setup_topk_nc_f32). Row r's k entries start at r * k; the per-row outputs
 * at r. No output may overlap the input rows or another output.
 */
struct smax_topk_outputs {
  /** batch_size * k indices in [0, channels); required. */
  int64_t* indices;
  /** batch_size * k values z[c] (after the scale); required. */
  float* values;
  /** batch_size * k probabilities exp(z - L): required with SMAX_TOPK_PROBABILITIES, else NULL. */
  float* probabilities;
  /** batch_size * k log-probabilities z - L: required with SMAX_TOPK_LOG_PROBABILITIES, else NULL. */
  float* log_probabilities;
  /** batch_size row maxima M of z; optional (NULL: not written). */
  float* max;
  /** batch_size values L = log(sum exp(z)) of each full row; optional (NULL: not written). */
  float* logsumexp;
};

/**
 * Sets the tensors of a reshaped top-k operator's runs. Nothing is read or written until
 * smax_run_operator.
 *
 * @param op       a top-k operator, reshaped.
 * @param input    first element of row 0; rows at input + r * input_stride. Not NULL.
 * @param outputs  the outputs (struct smax_topk_outputs documents each); not NULL.
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for a NULL op, input or outputs, an operator that is not a top-k
 *          operator, a NULL indices or values, a probabilities or log_probabilities pointer that is NULL
 *          where its flag is set or set where it is not, or an output that overlaps the input or another
 *          output (the operator then keeps its previous setup);
 *          smax_status_invalid_state if the operator was never reshaped.
 */
enum smax_status smax_setup_topk_nc_f32(smax_operator_t op, const float* input,
                                        const struct smax_topk_outputs* outputs);

/*
 * Sampling: temperature, top-k, min-p and top-p, then one draw per row, on top of the top-k operator.
 *
 * For every row r < batch_size, with x = input + r * input_stride, the sampler computes:
 *
 *   z[c] = fl(x[c] * (1/T)) with 1/T rounded to float (temperature 0: z = x), as top-k does;
 *   the top_k pairs (c_j, z_j), j < top_k, sorted by z descending, ties to the lower index (top-k's order;
 *   temperature 0 takes top_k = 1);
 *   the kept set: the longest prefix j < m of those pairs with
 *       min-p:  z_j - z_0 >= log(min_p)  for every j < m (in double; no exp; min_p = 0 keeps all), and
 *       top-p:  m is at most the smallest m' with sum_{j < m'} exp(z_j - L) >= top_p, the mass of the
 *               prefix under the FULL row's softmax, L = log(sum_c exp(z[c])) (top_p = 1 is off; if the
 *               top_k pairs hold less than top_p of the row's mass, top-p keeps all of them); in double,
 *               as sum_{j < m'} w_j >= top_p * exp(L - z_0) with the weights w_j below;
 *   the draw: with w_j = exp(z_j - z_0) in double and W = sum_{j < m} w_j (summed in j order), the token
 *       is c_j for the first j with u * W < sum_{i <= j} w_i (the inverse CDF in sorted order), so kept
 *       candidate j is drawn with probability w_j / W, the softmax renormalised within the kept set;
 *   tokens[r] = that c_j, and probabilities[r] = exp(z_j - L), its probability under the full row's
 *       softmax (top-k's SMAX_TOPK_PROBABILITIES value, within the softmax contract).
 *
 * The rules act as prefixes of the same sorted list, so their order does not matter; ties at a prefix's
 * end are kept or dropped by position (the lower index first), as top-k cuts them. The kept set is never
 * empty: z_0 always passes min-p, and the first prefix that reaches top_p includes its last candidate.
 *
 * The uniform u of row r is uniforms[r] when the caller gives them; otherwise it is
 *   u = (w >> 8) * 2^-24, w = word 0 of Philox4x32-10 (Salmon et al., SC 2011; Random123's philox4x32_R
 *   with 10 rounds) with key (seed & 0xFFFFFFFF, seed >> 32) and counter (counter & 0xFFFFFFFF,
 *   counter >> 32, r & 0xFFFFFFFF, r >> 32),
 * 24 random bits, u in [0, 1). Pass a new counter per decoding step (a step number), and the same
 * (seed, counter) gives the same tokens again.
 *
 * Repeatable: the token depends on x, the parameters and u only: the same on every ISA (SMAX_ISA), every
 * thread count and in place. top-k's indices and values are exact everywhere; min-p and the draw use z
 * only. Top-p compares with L, whose last bits differ between ISAs within top-k's contract; where a
 * comparison is within that error of flipping (a prefix mass within about 4e-6, relative, of top_p), the
 * row's sum of exp(z - z_0) is recomputed in double in index order (one more read of the row, in such
 * rows only) and decides. Only probabilities[r] may differ between ISAs, within the contract.
 *
 * Special rows: a row whose L is not finite (it holds a NaN, or a +inf, given or from z overflowing, or
 * only -inf entries) makes no draw: its token is top-k's first, the lowest index of a NaN if there is
 * one, else of a +inf, else 0 (all -inf), and its probability is NaN. In a row with a finite L, -inf
 * entries have weight 0 and are never drawn. Never an index outside [0, channels).
 *
 * Compared with other samplers:
 *  - Top-p: llama.cpp (top_k then top_p in its chain) and vLLM (top-k mask, then top-p over the softmax of
 *    the masked logits) renormalise after top-k, so their top-p mass is measured within the top_k
 *    candidates and reaches top_p sooner; here it is the full row's mass, which top-k's logsumexp gives
 *    for free (the nucleus of the row's distribution, cut at top_k).
 *  - Min-p: llama.cpp keeps logits >= max + log(min_p), vLLM probabilities >= min_p * max probability:
 *    the same set as here for the same z. llama.cpp's default chain applies the temperature after top-k,
 *    top-p and min-p (they see x), vLLM before them (they see x / T), as here.
 *  - Temperature 0 is the argmax (ties to the lower index), as llama.cpp's greedy sampler and vLLM's
 *    temperature 0; it reads x unscaled and reports softmax(x)'s probability of the token.
 */

/** Parameters of a sampler (smax_create_sampler_nc_f32). */
struct smax_sampler_params {
  /** T: 0 (or -0) for the argmax, or a positive float whose inverse 1/T is a normal float (about
      2.9e-39 < T <= 8.5e37). */
  float temperature;
  /** Candidates kept before min-p and top-p: at least 1, at most channels (checked at reshape). Ignored
      at temperature 0, but still checked. */
  size_t top_k;
  /** In (0, 1]: the smallest prefix of the top_k whose full-row mass reaches top_p is kept; 1 = off. */
  float top_p;
  /** In [0, 1): candidates with z < max + log(min_p) are dropped; 0 = off. */
  float min_p;
  /** Key of the Philox4x32-10 generator, used when a run is given no uniforms. */
  uint64_t seed;
};

/**
 * Creates a sampler operator: a top-k operator with k = top_k and scale 1/T (k = 1, scale 1 at
 * temperature 0) and the draw on top. It is then reshaped with smax_reshape_sampler_nc_f32, set up with
 * smax_setup_sampler_nc_f32, run with smax_run_operator and deleted with smax_delete_operator.
 *
 * @param params  the parameters (struct smax_sampler_params), copied; must not be NULL.
 * @param flags   must be 0 (no flags are defined).
 * @param op_out  receives the new operator; left unchanged on failure. Must not be NULL.
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for NULL params or op_out, a flag bit, a temperature that is
 *          negative, NaN, or whose inverse is not a normal float (+inf, above ~8.5e37, below ~2.9e-39),
 *          top_k 0, top_p outside (0, 1] or NaN, min_p outside [0, 1) or NaN;
 *          smax_status_out_of_memory.
 */
enum smax_status smax_create_sampler_nc_f32(const struct smax_sampler_params* params, uint32_t flags,
                                            smax_operator_t* op_out);

/**
 * Sets the shape of a sampler's runs, reshapes its top-k operator for the same threadpool (long rows are
 * split across its threads as top-k splits them; the tokens do not depend on it) and allocates the
 * workspace: per row, top_k (index, value, probability) triples and the row's draw, 16 * top_k + 16
 * bytes. Invalidates the last setup.
 *
 * @param op            a sampler operator.
 * @param channels      elements per row: at least 1 and at least top_k.
 * @param input_stride  elements between the starts of two input rows: at least channels.
 * @param batch_size    number of rows; 0 makes runs do nothing.
 * @param threadpool    the pool that runs will use (NULL: the calling thread).
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for a NULL op, an operator that is not a sampler, zero channels,
 *          top_k > channels, a stride below channels, or sizes that overflow the address space;
 *          smax_status_out_of_memory if the workspace cannot be allocated.
 *          On failure the operator is unchanged: it keeps its shape and setup and still runs.
 */
enum smax_status smax_reshape_sampler_nc_f32(smax_operator_t op, size_t channels, size_t input_stride,
                                             size_t batch_size, pthreadpool_t threadpool);

/**
 * Sets the tensors of a reshaped sampler's runs. Nothing is read or written until smax_run_operator,
 * which reads the uniforms (if any) and the input, then writes tokens and probabilities; a run whose
 * uniforms hold a value outside [0, 1) (or NaN) returns smax_status_invalid_parameter and writes nothing.
 *
 * @param op             a sampler operator, reshaped.
 * @param input          first element of row 0; rows at input + r * input_stride. Not NULL.
 * @param uniforms       batch_size values u in [0, 1), one per row, or NULL: each row then draws u from
 *                       Philox4x32-10 of (seed, counter, r) (see above).
 * @param counter        the generator's counter for this setup's runs (ignored with uniforms).
 * @param tokens         receives batch_size tokens in [0, channels); not NULL.
 * @param probabilities  receives batch_size probabilities of the tokens under the full row's softmax of z,
 *                       or NULL (not written).
 * In place works: tokens and probabilities may overlap the input (each run reads every row before it
 * writes), not each other, and not the uniforms.
 * @returns smax_status_success;
 *          smax_status_uninitialized if smax_initialize() has not succeeded;
 *          smax_status_invalid_parameter for a NULL op, input or tokens, an operator that is not a
 *          sampler, or tokens, probabilities and uniforms that overlap one another (the operator then
 *          keeps its previous setup);
 *          smax_status_invalid_state if the operator was never reshaped.
 */
enum smax_status smax_setup_sampler_nc_f32(smax_operator_t op, const float* input, const float* uniforms,
                                           uint64_t counter, int64_t* tokens, float* probabilities);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // SMAX_H_
