#!/usr/bin/env python3
"""Fits the polynomials of the exp cores: the rr2-p5 core of src/smax/scalar-exp.h (shared by every
ISA's rr2-p5 core) and, at the end, the rr2-lut16-p3 core of src/smax/avx512f-exp.h (fit_lut16).

    exp(t) ~= 1 + t * P(t),  P(t) = C1 + C2*t + C3*t^2 + C4*t^3 + C5*t^4,  t in [-ln2/2, ln2/2],

minimizing the maximum RELATIVE error |1 + t*P(t) - exp(t)| / exp(t).

Usage (Python 3, standard library only; deterministic; about a second):

    python3 scripts/fit-exp-poly.py            # or /usr/bin/python3 scripts/fit-exp-poly.py

What it does:
  1. Remez exchange in double precision for the real-valued minimax P (the error is checked to be
     levelled on a dense grid).
  2. Rounds to float32 one coefficient at a time, C1 first; after each rounding the remaining free
     coefficients are re-fitted (the higher ones absorb the rounding of the lower ones). With C1
     fixed the free part is no longer a Haar system (see lp_refit), so the re-fits use a linear-
     programming exchange on a 4001-point grid instead of the continuous Remez of step 1.
  3. Searches the neighbouring float32 values (C2 +-1, C3 +-2, C4 +-3, C5 +-4 ulps; C1 kept) for
     the smallest max relative error of the polynomial alone, scored near the error's maxima.
  4. For information, emulates the scalar core in float32 (correctly rounded float32 operations
     through double + array('f'), in the operation order of smax_scalar_expminus compiled with
     -ffp-contract=off) on 60001 x evenly spread over [SMAX_EXP_CUTOFF, 0] and reports the max
     error in ULPs. The exhaustive check over every float is test/exp-core-test.cc.

What it prints:
  - the real (unrounded) minimax coefficients and their levelled max relative error,
  - the max relative error after the sequential rounding of step 2,
  - the chosen float32 coefficients as C hex-float literals, ready to paste as
    #define SMAX_EXP_C1 ... SMAX_EXP_C5,
  - for the chosen and for the previous coefficients (XNNPACK's, PREVIOUS below): the max relative
    error of the polynomial alone (double evaluation with the float32 coefficients, dense grid of
    200001 points of [-ln2/2, ln2/2] refined around each maximum) and the float32-emulated max
    ULP error of step 4.
  - the rr2-lut16-p3 fit (fit_lut16): its real minimax coefficients, levelled error, the float32
    C2, C3 as #define SMAX_LUT16_C2/C3 lines, and the max relative error of the rounded polynomial.
    It reproduces the shipped SMAX_LUT16_C2/C3 bit for bit (the script exits with an error if not).
    The exhaustive check of the whole lut16 core is test/exp-core-test.cc.
"""

import array
import math
import struct

LN2 = math.log(2.0)
HALF_LN2 = 0.5 * LN2
DEGREE = 5  # 1 + C1 t + ... + C5 t^5

# The coefficients scalar-exp.h held before this script (XNNPACK's rr2-p5 ones), for comparison.
PREVIOUS = [float.fromhex(h) for h in
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
  return ("%s0x1.%06Xp%df" % ("-" if v < 0 else "", mant & 0xFFFFFF, e))


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

  The error e(t) = (1 + t*P(t) - exp(t)) / exp(t) vanishes at t = 0 whatever the coefficients, and
  the free part of the polynomial is t^q * Q(t) (q the lowest free power). Written as
  |t| / exp(t) * |G(t) / t^(q-1) - Q(t)|, this is a weighted fit of a degree-(m-1) Q with a weight
  that vanishes at 0, so the optimum alternates in sign(e(t)) * sign(t)^q, not in sign(e(t)): for
  odd q the error changes sign at t = 0 "for free". The exchange works on h(t) = e(t) * sign(t)^q.
  main() uses it for the unconstrained fit (q = 1). For even q (C1 fixed, say) the free space is
  not a Haar system on an interval containing 0 and this exchange does not converge: lp_refit.
  """
  free = [i for i in range(1, DEGREE + 1) if i not in fixed]
  m = len(free)
  q = free[0]
  sgnq = lambda t: 1.0 if (t >= 0 or q % 2 == 0) else -1.0
  h_of = lambda c, t: poly_rel_error(c, t) * sgnq(t)
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
      rows.append([t ** p for p in free] + [-((-1) ** k) * sgnq(t) * math.exp(t)])
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
    errs = [h_of(c, t) for t in pts]
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
        f = lambda x: sgn * h_of(c, x)
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
    if len(merged) < m + 1:
      break  # cannot exchange further; the current solution is returned
    # Keep m + 1 consecutive alternating points: among the windows holding the global maximum,
    # the one whose smallest |error| is largest (so the levelled error can only grow).
    imax = max(range(len(merged)), key=lambda i: abs(merged[i][1]))
    windows = [merged[s:s + m + 1] for s in range(max(0, imax - m), min(imax, len(merged) - m - 1) + 1)]
    merged = max(windows, key=lambda w: min(abs(e) for _, e in w))
    new_ref = [t for t, _ in merged]
    emax = max(abs(e) for _, e in merged)
    emin = min(abs(e) for _, e in merged)
    ref = new_ref
    if emax - emin <= 1e-7 * emax:
      break
  return coeffs, level


def lp_refit(fixed, grid_points=4001, max_iterations=500):
  """Discrete minimax relative fit with some coefficients fixed, as a linear program.

  With some low coefficients fixed and the lowest free power q even, the free functions
  t^q * Q(t) / exp(t) all vanish to even order at t = 0: that is not a Haar space on an interval
  containing 0, and the plain Remez exchange above stops converging (it oscillates). This solves
  the same problem on a grid (t = 0 excluded, endpoints included) with the simplex method on the
  dual LP,
      max sum_j y_j s_j b_j  s.t.  sum_j y_j s_j a_j = 0,  sum_j y_j = 1,  y_j >= 0,
  which is Stiefel's exchange: a basis is a reference of m + 1 points with signs, the entering
  point is the one of largest |error| and the ratio test picks the point that leaves, so the
  level rises monotonically with or without the Haar condition.
  Returns (coefficients for powers 1..DEGREE, level E); exits if it did not converge.
  """
  free = [i for i in range(1, DEGREE + 1) if i not in fixed]
  m = len(free)
  pts = [t for t in grid(grid_points) if t != 0.0]
  a_rows, b = [], []
  for t in pts:
    et = math.exp(t)
    a_rows.append([t ** p / et for p in free])
    b.append((math.expm1(t) - sum(v * t ** p for p, v in fixed.items())) / et)
  rhs = [0.0] * m + [1.0]

  def column(i, sgn):
    return [sgn * v for v in a_rows[i]] + [1.0]

  def transpose(mat):
    return [list(r) for r in zip(*mat)]

  # Initial feasible basis: m + 1 spread points; the null vector of their a-matrix gives signs
  # and weights (Chebyshev-like points, avoiding t = 0).
  idx = [int(round((len(pts) - 1) * (1 - math.cos(math.pi * (k + 0.5) / (m + 1))) / 2)) for k in range(m + 1)]
  idx[0], idx[-1] = 0, len(pts) - 1
  # Null vector: solve with the last weight fixed to 1.
  mat = [[a_rows[i][r] for i in idx[:-1]] for r in range(m)]
  lam = solve(mat, [-a_rows[idx[-1]][r] for r in range(m)]) + [1.0]
  basis = [(i, 1.0 if l > 0 else -1.0) for i, l in zip(idx, lam)]
  coeffs, level = None, 0.0
  for _ in range(max_iterations):
    bmat = transpose([column(i, s_) for i, s_ in basis])  # columns are basis vectors
    x_b = solve(bmat, rhs)
    # Duals: B^T pi = c_B, c_j = s_j b_j; pi = (c_free..., E).
    pi = solve([column(i, s_) for i, s_ in basis], [s_ * b[i] for i, s_ in basis])
    c_free, level = pi[:m], pi[m]
    # Residual r_i = b_i - a_i.c (= -error); entering: largest |r_i| - E > 0.
    res = [abs(bi - sum(cf * av for cf, av in zip(c_free, ar))) for bi, ar in zip(b, a_rows)]
    best_i = max(range(len(pts)), key=res.__getitem__)
    if res[best_i] <= level * (1 + 1e-9):
      best_i = -1
    c = [0.0] * DEGREE
    for p_, v in fixed.items():
      c[p_ - 1] = v
    for j, p_ in enumerate(free):
      c[p_ - 1] = c_free[j]
    coeffs = c
    if best_i < 0:
      break
    r = b[best_i] - sum(cf * av for cf, av in zip(c_free, a_rows[best_i]))
    enter = (best_i, 1.0 if r > 0 else -1.0)
    d = solve(bmat, column(*enter))
    ratios = [(x_b[k] / d[k], k) for k in range(m + 1) if d[k] > 1e-300]
    if not ratios:
      raise SystemExit("lp_refit: unbounded step (fixed %r)" % fixed)
    _, leave = min(ratios)
    basis[leave] = enter
  else:
    raise SystemExit("lp_refit: no convergence in %d iterations (fixed %r)" % (max_iterations, fixed))
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

def extremal_points(c, n=4001, half_width=24):
  """Grid points around every local maximum of |error| of c (and the ends): where a small change
  of the coefficients can move the maximum."""
  pts = grid(n)
  errs = [abs(poly_rel_error(c, t)) for t in pts]
  keep = set()
  for i, e in enumerate(errs):
    if (i == 0 or e >= errs[i - 1]) and (i == n - 1 or e >= errs[i + 1]):
      keep.update(range(max(0, i - half_width), min(n, i + half_width + 1)))
  return [pts[i] for i in sorted(keep)]


# ---------------------------------------------------------------------------------------------
# The rr2-lut16-p3 core (src/smax/avx512f-exp.h): exp(t) ~= 1 + t + t^2 * (C2 + C3 * t)

# The shipped coefficients, which fit_lut16 must reproduce.
LUT16_SHIPPED = (float.fromhex("0x1.000220p-1"), float.fromhex("0x1.555238p-3"))


def fit_lut16(steps=20, grid_points=20000):
  """Minimax RELATIVE error of 1 + t * (C1 + C2 t + C3 t^2) on [-1.001 ln2/32, 1.001 ln2/32].

  The reduced argument of the lut16 core is t = x - (n/16) ln2, |t| <= ln2/32; the 0.1% margin covers
  t just outside when the FMA rounds n the other way. Fixing the constant term at 1 breaks the Haar
  condition of the basis t, t^2, t^3 (every function vanishes at 0; posed that way the exchange
  levels at a useless 1.06e-7), so this solves the equivalent weighted problem for
  g(t) = expm1(t) / t on the basis 1, t, t^2 with weight |t| / exp(t): each step solves
  P(t_i) - g(t_i) = (-1)^i * E * exp(t_i) / |t_i| at 4 reference points (Chebyshev points to start),
  then takes as the new reference the largest |error| of each run of one sign on a grid of
  `grid_points` points (t = 0 left out), keeping 4 consecutive runs around the largest.
  C1 comes out within 3e-9 of 1 and rounds to exactly 1.0 (dropped: the core adds t itself); C2, C3
  are rounded to nearest float32.
  Returns (real coefficients [C1, C2, C3], levelled error, float32 (C2, C3), max relative error of
  1 + t + t^2 (C2 + C3 t) with the float32 coefficients on the grid).
  """
  a = 1.001 * LN2 / 32
  g = lambda t: math.expm1(t) / t
  w = lambda t: math.exp(t) / abs(t)
  err = lambda c, t: (c[0] + t * (c[1] + t * c[2]) - g(t)) / w(t)  # = relative error of 1 + t*P(t)
  pts = [-a + 2 * a * i / (grid_points - 1) for i in range(grid_points)]
  pts = [t for t in pts if t != 0.0]
  ref = [a * math.cos(math.pi * (k + 0.5) / 4) for k in range(4)][::-1]
  c, level = None, 0.0
  for _ in range(steps):
    rows = [[1.0, t, t * t, -((-1) ** k) * w(t)] for k, t in enumerate(ref)]
    sol = solve(rows, [g(t) for t in ref])
    c, level = sol[:3], abs(sol[3])
    runs = []  # [sign, t of the largest |error|, error] per run of one sign
    for t in pts:
      e = err(c, t)
      if not runs or runs[-1][0] != (e > 0):
        runs.append([e > 0, t, e])
      elif abs(e) > abs(runs[-1][2]):
        runs[-1][1], runs[-1][2] = t, e
    if len(runs) >= 4:
      imax = max(range(len(runs)), key=lambda i: abs(runs[i][2]))
      first = min(max(0, imax - 3), len(runs) - 4)
      ref = [r[1] for r in runs[first:first + 4]]
  if f32(c[0]) != 1.0:
    raise SystemExit("fit_lut16: C1 = %r does not round to 1" % c[0])
  c2, c3 = f32(c[1]), f32(c[2])
  rounded_error = max(abs(err([1.0, c2, c3], t)) for t in pts)
  return c, level, (c2, c3), rounded_error


def main_lut16():
  c, level, (c2, c3), rounded_error = fit_lut16()
  print()
  print("rr2-lut16-p3: minimax relative error of 1 + t*(C1 + C2 t + C3 t^2) on +-1.001*ln2/32, levelled %.4e:"
        % level)
  for i, v in enumerate(c):
    print("  c%d = %.17g" % (i + 1, v))
  print("C1 rounds to 1.0 (dropped); float32 C2, C3:")
  print("#define SMAX_LUT16_C2 %s  // %.8f" % (c_hex(c2), c2))
  print("#define SMAX_LUT16_C3 %s  // %.8f" % (c_hex(c3), c3))
  print("  polynomial alone with these: max relative error %.4e (%.3f ULP of 2^-24)"
        % (rounded_error, rounded_error * 2 ** 24))
  if (c2, c3) != LUT16_SHIPPED:
    raise SystemExit("fit_lut16: does not reproduce the shipped SMAX_LUT16_C2/C3 of src/smax/avx512f-exp.h")
  print("  = the shipped SMAX_LUT16_C2/C3 of src/smax/avx512f-exp.h, bit for bit")


def main():
  real, level = remez({})
  print("Remez minimax (real coefficients), levelled max relative error %.6e (2^%.3f):"
        % (level, math.log2(level)))
  for i, v in enumerate(real):
    print("  c%d = %.17g" % (i + 1, v))
  check = dense_max_rel_error(real, 20001)
  print("  dense-grid check: max relative error %.6e at t = %.6f" % check)
  if abs(check[0] - level) > 1e-5 * level:
    raise SystemExit("remez: the error is not levelled")

  # Sequential rounding: round C1, re-fit C2..C5 (LP exchange), round C2, ...
  fixed = {}
  for p in range(1, DEGREE + 1):
    c, _ = lp_refit(fixed)
    fixed[p] = f32(c[p - 1])
  rounded = [fixed[p] for p in range(1, DEGREE + 1)]
  print()
  print("sequential float32 rounding: max relative error %.6e"
        % dense_max_rel_error(rounded, 20001)[0])

  # Neighbour search around the rounded coefficients, scored on the grid points near the maxima
  # of |error| (the maxima barely move for changes of a few ulps); the winner is then checked
  # on the dense grid below.
  points = extremal_points(rounded)
  best = None
  for d2 in range(-1, 2):
    for d3 in range(-2, 3):
      for d4 in range(-3, 4):
        for d5 in range(-4, 5):
          c = [rounded[0], f32_step(rounded[1], d2), f32_step(rounded[2], d3),
               f32_step(rounded[3], d4), f32_step(rounded[4], d5)]
          e = max_rel_error(c, points)[0]
          if best is None or e < best[0]:
            best = (e, c)
  chosen = best[1]

  print("float32 coefficients (sequential rounding + neighbour search):")
  for i, v in enumerate(chosen):
    print("#define SMAX_EXP_C%d %s" % (i + 1, c_hex(v)))
  sample = make_sample()
  for name, c in (("chosen", chosen), ("previous (XNNPACK's)", PREVIOUS)):
    e, t = dense_max_rel_error(c)
    u, tu = emulated_max_ulp(c, sample)
    print("%s: polynomial alone max relative error %.6e (2^%.3f) at t = %.6f;" % (name, e, math.log2(e), t))
    print("    float32-emulated core on %d sampled x in [cutoff, 0]: max %.4f ULP at t = %.8f"
          % (len(sample[0]), u, tu))


if __name__ == "__main__":
  main()
  main_lut16()
