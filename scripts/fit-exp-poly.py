#!/usr/bin/env python3
"""Fits the polynomial of the scalar exp core (src/smax/scalar-exp.h).

    exp(t) ~= 1 + t * P(t),  P(t) = C1 + C2*t + C3*t^2 + C4*t^3 + C5*t^4,  t in [-ln2/2, ln2/2],

minimizing the maximum RELATIVE error |1 + t*P(t) - exp(t)| / exp(t).

Usage (Python 3, standard library only; deterministic, takes a few seconds):

    python3 scripts/fit-exp-poly.py            # or /usr/bin/python3 scripts/fit-exp-poly.py

What it does:
  1. Remez exchange in double precision for the real-valued minimax P.
  2. Rounds to float32 one coefficient at a time, C1 first: after each rounding the remaining free
     coefficients are re-fitted with Remez (the lower coefficients matter most, the higher ones
     absorb the rounding of the lower ones).
  3. A small search over neighbouring float32 values (C3 +-2, C4 +-3, C5 +-3 ulps; C1 and C2 kept)
     minimizing the max relative error of the polynomial alone, ties broken by the emulated
     float32 error of step 4.
  4. For information, emulates the scalar core in float32 (struct/array rounding, same operation
     order as smax_scalar_expminus with -ffp-contract=off) on a deterministic sample of x in
     [SMAX_EXP_CUTOFF, 0] and reports the max error in ULPs. The exhaustive check over every
     float is test/exp-core-test.cc.

What it prints:
  - the real (unrounded) minimax coefficients and their levelled max relative error,
  - the chosen float32 coefficients as C hex-float literals, ready to paste as
    #define SMAX_EXP_C1 ... SMAX_EXP_C5,
  - the max relative error of the polynomial alone (exact double evaluation with the float32
    coefficients, on a dense grid of 200001 points of [-ln2/2, ln2/2] refined around the maxima),
  - the float32-emulated max ULP error on the sample, and the same numbers for the coefficients
    currently in scalar-exp.h (CURRENT below) for comparison.
"""

import array
import math
import struct

LN2 = math.log(2.0)
HALF_LN2 = 0.5 * LN2
DEGREE = 5  # 1 + C1 t + ... + C5 t^5

# The coefficients that scalar-exp.h held before this script was written, for comparison.
CURRENT = [float.fromhex(h) for h in
           ("0x1.FFFFF6p-1", "0x1.FFFDC6p-2", "0x1.555A80p-3", "0x1.573A1Ap-5", "0x1.0F9F9Cp-7")]

# The constants of scalar-exp.h (for the float32 emulation of the whole core).
LOG2E_F = float.fromhex("0x1.715476p+0")
MAGIC_BIAS_F = float.fromhex("0x1.8000FEp23")
MINUS_LN2_HI_F = float.fromhex("-0x1.62E000p-1")
MINUS_LN2_LO_F = float.fromhex("-0x1.0BFBE8p-15")
CUTOFF_F = float.fromhex("-0x1.5D589Ep6")


# ---------------------------------------------------------------------------------------------
# float32 helpers

def f32(v):
  """Rounds a double to the nearest float32 (round-to-nearest-even)."""
  return struct.unpack("<f", struct.pack("<f", v))[0]


def f32_bits(v):
  return struct.unpack("<I", struct.pack("<f", v))[0]


def f32_from_bits(b):
  return struct.unpack("<f", struct.pack("<I", b & 0xFFFFFFFF))[0]


def f32_step(v, k):
  """The float32 k ulps above v (v > 0)."""
  return f32_from_bits(f32_bits(v) + k)


def f32_round_list(values):
  """Rounds every double of a list to float32 at C speed (the C cast rounds to nearest)."""
  return array.array("f", values).tolist()


def c_hex(v):
  """A float32 value as a C hex-float literal with 6 hex digits, e.g. 0x1.FFFFF6p-1f."""
  m, e = math.frexp(abs(v))  # v = m * 2^e, m in [0.5, 1)
  mant = int(round(m * 2 ** 25))  # 1.xxxxxx with 24 fraction bits: leading 1 + 6 hex digits
  e -= 1
  assert mant >> 24 == 1
  return "%s0x1.%06Xp%+df" % ("-" if v < 0 else "", mant & 0xFFFFFF, e).replace("p+", "p")


# ---------------------------------------------------------------------------------------------
# Relative error of the polynomial alone (exact enough: double evaluation, errors ~1e-16 vs ~1e-8)

def poly_rel_error(c, t):
  p = 0.0
  for ci in reversed(c):
    p = p * t + ci
  et = math.exp(t)
  # 1 + t*p - exp(t) computed as (t*p - expm1(t)) to avoid cancellation against 1.
  return (t * p - math.expm1(t)) / et


def grid(n, a=-HALF_LN2, b=HALF_LN2):
  return [a + (b - a) * i / (n - 1) for i in range(n)]


def max_rel_error(c, points):
  best = (-1.0, 0.0)
  for t in points:
    e = abs(poly_rel_error(c, t))
    if e > best[0]:
      best = (e, t)
  return best


def refine_max(c, t0, h):
  """Golden-section search for a local maximum of |error| in [t0 - h, t0 + h] (clipped)."""
  a = max(-HALF_LN2, t0 - h)
  b = min(HALF_LN2, t0 + h)
  g = (math.sqrt(5.0) - 1.0) / 2.0
  f = lambda t: abs(poly_rel_error(c, t))
  x1 = b - g * (b - a)
  x2 = a + g * (b - a)
  f1, f2 = f(x1), f(x2)
  for _ in range(80):
    if f1 < f2:
      a, x1, f1 = x1, x2, f2
      x2 = a + g * (b - a)
      f2 = f(x2)
    else:
      b, x2, f2 = x2, x1, f1
      x1 = b - g * (b - a)
      f1 = f(x1)
  cands = [(f(a), a), (f(b), b), (f1, x1), (f2, x2)]
  return max(cands)


def dense_max_rel_error(c, n=200001):
  pts = grid(n)
  h = pts[1] - pts[0]
  errs = [abs(poly_rel_error(c, t)) for t in pts]
  best = (-1.0, 0.0)
  for i, e in enumerate(errs):
    left = errs[i - 1] if i > 0 else -1.0
    right = errs[i + 1] if i + 1 < n else -1.0
    if e >= left and e >= right:
      cand = refine_max(c, pts[i], h)
      if cand[0] > best[0]:
        best = cand
  return best


# ---------------------------------------------------------------------------------------------
# Remez exchange with some coefficients fixed

def solve(matrix, rhs):
  """Gaussian elimination with partial pivoting (small dense systems)."""
  n = len(rhs)
  m = [row[:] + [rhs[i]] for i, row in enumerate(matrix)]
  for col in range(n):
    piv = max(range(col, n), key=lambda r: abs(m[r][col]))
    m[col], m[piv] = m[piv], m[col]
    for r in range(col + 1, n):
      f = m[r][col] / m[col][col]
      for k in range(col, n + 1):
        m[r][k] -= f * m[col][k]
  x = [0.0] * n
  for r in range(n - 1, -1, -1):
    s = m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))
    x[r] = s / m[r][r]
  return x


def remez(fixed, iterations=60, grid_points=20001):
  """Minimax relative fit of exp(t) by 1 + sum_i c_i t^i (i = 1..DEGREE) on [-ln2/2, ln2/2].

  fixed: dict {power: value} of coefficients held constant; the others are fitted.
  Returns (coefficients c[0..DEGREE-1] for powers 1..DEGREE, levelled error E).
  """
  free = [i for i in range(1, DEGREE + 1) if i not in fixed]
  m = len(free)
  # Initial reference: m + 1 Chebyshev-like points, nudged off 0 (the error vanishes at t = 0).
  ref = [-HALF_LN2 * math.cos(math.pi * (k + 0.5) / (m + 1)) for k in range(m + 1)]
  ref = [t if abs(t) > 1e-3 else 0.05 for t in ref]
  ref[0], ref[-1] = -HALF_LN2, HALF_LN2
  pts = grid(grid_points)
  coeffs = None
  level = 0.0
  for _ in range(iterations):
    rows, rhs = [], []
    for k, t in enumerate(ref):
      r = math.expm1(t) - sum(v * t ** p for p, v in fixed.items())
      rows.append([t ** p for p in free] + [-((-1) ** k) * math.exp(t)])
      rhs.append(r)
    sol = solve(rows, rhs)
    c = [0.0] * DEGREE
    for p, v in fixed.items():
      c[p - 1] = v
    for j, p in enumerate(free):
      c[p - 1] = sol[j]
    level = abs(sol[-1])
    coeffs = c
    # New reference: the local extrema of the signed error, one per sign run, keeping m + 1.
    errs = [poly_rel_error(c, t) for t in pts]
    ext = []
    for i, e in enumerate(errs):
      left = errs[i - 1] if i > 0 else None
      right = errs[i + 1] if i + 1 < len(errs) else None
      is_max = (left is None or e >= left) and (right is None or e >= right) and e > 0
      is_min = (left is None or e <= left) and (right is None or e <= right) and e < 0
      if is_max or is_min:
        t = pts[i]
        # Refine with a golden-section search on the signed error.
        h = pts[1] - pts[0]
        a, b = max(-HALF_LN2, t - h), min(HALF_LN2, t + h)
        sgn = 1.0 if e > 0 else -1.0
        f = lambda x: sgn * poly_rel_error(c, x)
        g = (math.sqrt(5.0) - 1.0) / 2.0
        x1, x2 = b - g * (b - a), a + g * (b - a)
        f1, f2 = f(x1), f(x2)
        for _ in range(60):
          if f1 < f2:
            a, x1, f1 = x1, x2, f2
            x2 = a + g * (b - a)
            f2 = f(x2)
          else:
            b, x2, f2 = x2, x1, f1
            x1 = b - g * (b - a)
            f1 = f(x1)
        best = max([(f(t), t), (f1, x1), (f2, x2)])
        ext.append((best[1], sgn * best[0]))
    # Merge runs of the same sign, keeping the largest |error|.
    merged = []
    for t, e in ext:
      if merged and (merged[-1][1] > 0) == (e > 0):
        if abs(e) > abs(merged[-1][1]):
          merged[-1] = (t, e)
      else:
        merged.append((t, e))
    # Keep m + 1 alternating points: drop the smaller end while too many.
    while len(merged) > m + 1:
      if abs(merged[0][1]) < abs(merged[-1][1]):
        merged.pop(0)
      else:
        merged.pop()
    if len(merged) < m + 1:
      break  # cannot exchange further; the current solution is returned
    new_ref = [t for t, _ in merged]
    emax = max(abs(e) for _, e in merged)
    emin = min(abs(e) for _, e in merged)
    ref = new_ref
    if emax - emin <= 1e-7 * emax:
      break
  return coeffs, level


# ---------------------------------------------------------------------------------------------
# float32 emulation of smax_scalar_expminus on a deterministic sample

def make_sample(n=60001):
  """x evenly spread over [CUTOFF, 0] (rounded to float32), reduced exactly as the C code does.

  Returns (t, target) lists: t the float32 reduced argument, target = exp(x - n*ln2) in double,
  so that the C result is s * fl(fl(t*P(t)) + 1) with s = 2^n exact (normal range).
  """
  ts, targets = [], []
  for i in range(n):
    x = f32(CUTOFF_F * i / (n - 1))
    biased = f32(f32(x * LOG2E_F) + MAGIC_BIAS_F)
    nn = f32(biased - MAGIC_BIAS_F)
    t = f32(f32(nn * MINUS_LN2_HI_F) + x)
    t = f32(f32(nn * MINUS_LN2_LO_F) + t)
    ts.append(t)
    targets.append(math.exp(x - nn * LN2))  # |x - n ln2| < 0.35: double is plenty
  return ts, targets


def emulated_max_ulp(c, sample):
  """Max error in ULPs of fl(fl(t*P(t)) + 1) against target, float32 Horner as in scalar-exp.h."""
  ts, targets = sample
  c1, c2, c3, c4, c5 = c
  p = f32_round_list([c5 * t for t in ts])
  p = f32_round_list([v + c4 for v in p])
  for ck in (c3, c2, c1):
    p = f32_round_list([v * t for v, t in zip(p, ts)])
    p = f32_round_list([v + ck for v in p])
  p = f32_round_list([v * t for v, t in zip(p, ts)])
  y = f32_round_list([v + 1.0 for v in p])
  worst = (-1.0, 0.0)
  for yi, ref, t in zip(y, targets, ts):
    ulp = 2.0 ** (math.frexp(ref)[1] - 24)  # ref in [0.7, 1.42]: ulp 2^-24 below 1, 2^-23 above
    e = abs(yi - ref) / ulp
    if e > worst[0]:
      worst = (e, t)
  return worst


# ---------------------------------------------------------------------------------------------

def main():
  real, level = remez({})
  print("Remez minimax (real coefficients), levelled max relative error %.6e (2^%.3f):"
        % (level, math.log2(level)))
  for i, v in enumerate(real):
    print("  c%d = %.17g" % (i + 1, v))
  print("  dense-grid check: max relative error %.6e at t = %.6f" % dense_max_rel_error(real, 20001))

  # Sequential rounding: round C1, re-fit C2..C5, round C2, ...
  fixed = {}
  for p in range(1, DEGREE + 1):
    c, _ = remez(fixed)
    fixed[p] = f32(c[p - 1])
  rounded = [fixed[p] for p in range(1, DEGREE + 1)]

  # Neighbour search on the highest coefficients.
  coarse = grid(4001)
  sample = make_sample()
  best = None
  for d3 in range(-2, 3):
    for d4 in range(-3, 4):
      for d5 in range(-3, 4):
        c = [rounded[0], rounded[1], f32_step(rounded[2], d3), f32_step(rounded[3], d4),
             f32_step(rounded[4], d5)]
        e = max_rel_error(c, coarse)[0]
        if best is None or e < best[0] * (1 - 1e-9):
          best = (e, c)
  chosen = best[1]

  print()
  print("float32 coefficients (sequential rounding + neighbour search):")
  for i, v in enumerate(chosen):
    print("#define SMAX_EXP_C%d %s" % (i + 1, c_hex(v)))
  for name, c in (("chosen", chosen), ("current (scalar-exp.h before)", CURRENT)):
    e, t = dense_max_rel_error(c)
    u, tu = emulated_max_ulp(c, sample)
    print("%s: polynomial alone max relative error %.6e (2^%.3f) at t = %.6f;" % (name, e, math.log2(e), t))
    print("    float32-emulated core on %d sampled x in [cutoff, 0]: max %.4f ULP at t = %.8f"
          % (len(sample[0]), u, tu))


if __name__ == "__main__":
  main()
