#!/usr/bin/env python3
"""Turns the Google Benchmark JSON written by scripts/bench-suite into results, a summary, a report and a tuning table.

  bench-report.py --raw DIR --out DIR     what scripts/bench-suite runs after measuring
  bench-report.py --compare A B           two saved results side by side (scripts/bench-suite --compare A B)

Reads <raw>/*.json:
  <binary>.p<k>.json      operator binary <binary> of the case table (bench/operator-cases.h), process k: every
                          case of that binary, --benchmark_repetitions times; names
                          op/<operation>/<implementation>/<rows>x<channels>/threads:<T>
  <binary>.scalar.json    softmax-bench with SMAX_ISA=scalar, each operation's subject only (one process)
  ukernel-<family>.json   bench/<family>-bench: every kernel variant, names <family>/<isa>/<kernel>/<hot|cold>:<n>
  <name>.cpu              each binary run's own CPU time next to the machine's (scripts/bench-suite's run): the
                          summary warns where other work, or the hypervisor (steal), took CPU time meanwhile

How a figure is made: per process, the median of its repetitions; per case, the best (lowest) of those
per-process medians, since a library's speed can depend on the process (oneDNN's by up to 3x with its
address-space layout: /work/shared/notes/peers-measured.md). The spread of a case is the highest
per-process median over the lowest, minus one; the summary flags a spread above SPREAD_FLAG.

Writes into <out>:
  results.json            every case: best time, per-process medians, spread, label; the context (CPU, ISA,
                          kernels, commit, method). What --compare reads.
  report.md               everything, as Markdown tables (with the plots)
  throughput.png          GB/s vs row length (single-row shapes) of each operation's implementations and memcpy
  speedup-peers.png       peer time / subject time, per operation, shape and thread count
  kernels.png             the fastest variant of every (family, ISA), GB/s in and out of cache
  tuning-table.txt        the fastest variant per (family, ISA) measured here (format: bench/tuning-table.cmake)
and prints a summary on stdout: one table per operation, ratios first.

Conventions: "x <peer>" is the peer's time over the subject's (above 1: smax is faster); "/memcpy" is the
subject's time over memcpy's on the same bytes, shape and threads; "x scalar" is the scalar build's time over
the subject's; operator GB/s count 8 bytes per element (read once, write once). Standard library only; the
plots need matplotlib (Debian: python3-matplotlib, /usr/bin/python3) and are skipped with a note when missing.
"""

import argparse
import datetime
import glob
import json
import math
import os
import re
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_cases  # noqa: E402  (scripts/bench_cases.py: the case table)

ROOT = bench_cases.ROOT
RESULTS_FORMAT = "smax-bench-results 1"
# A case whose per-process medians differ by more than this is flagged: its figure is less sure.
SPREAD_FLAG = 0.10
# A variant replaces its family's default in the tuning table only when it is this much faster: smaller
# differences are within the run-to-run noise of a shared machine.
NOISE_MARGIN = 1.05
# Two measurements of a speed-up agree when they differ by at most this (issue 14's acceptance: two runs
# of the suite, and the suite against scripts/bench-fairness-check).
AGREEMENT = 0.15
TITLES = {"onednn": "oneDNN", "xnnpack": "XNNPACK", "three_pass_recompute": "recompute", "three_pass_reload": "reload",
          "running_max_two_pass": "runmax_2pass"}


def read_families():
    """The kernel families, in the order of src/families.table (its first column)."""
    with open(os.path.join(ROOT, "src", "families.table"), encoding="utf-8") as handle:
        return [line.split()[0] for line in (raw.split("#", 1)[0] for raw in handle) if line.strip()]


FAMILIES = read_families()


def load(path):
    try:
        with open(path) as stream:
            return json.load(stream)
    except (OSError, ValueError):
        return None


def seconds(benchmark):
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[benchmark.get("time_unit", "ns")]
    return benchmark["real_time"] * scale


def clean_name(name):
    return name[:-len("/real_time")] if name.endswith("/real_time") else name


def title(implementation):
    """Short column title of an implementation: smax:auto -> auto, onednn -> oneDNN."""
    if implementation.startswith("smax:"):
        implementation = implementation[len("smax:"):]
    return TITLES.get(implementation, implementation)


def short_shape(shape):
    rows, channels = bench_cases.shape_dims(shape)
    for unit, size in (("M", 1 << 20), ("K", 1 << 10)):
        if channels >= size and channels % size == 0:
            return "%dx%d%s" % (rows, channels // size, unit)
    return "%dx%d" % (rows, channels)


def fmt(value, digits=3):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if value >= 100:
        return "%.0f" % value
    return "%.*g" % (digits, value)


def ratio(value):
    """A ratio in at most 5 characters."""
    if value is None:
        return "-"
    if value < 0.1:
        return "%.3f" % value
    if value < 10:
        return "%.2f" % value
    if value < 100:
        return "%.1f" % value
    return "%.0f" % value


def duration(value):
    """A time in at most 7 characters: 952 ns, 17.7 us, 1.66 ms."""
    if value is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if value >= scale:
            return "%s %s" % (fmt(value / scale), unit)
    return "%s ns" % fmt(value * 1e9)


def percent(spread):
    return "-" if spread is None else "%d%%" % round(spread * 100)


def geomean(values):
    values = [v for v in values if v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else 0.0


def git_commit():
    try:
        return subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty", "--abbrev=10"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# ---- operator results ------------------------------------------------------------------------------------

def process_figures(data):
    """{(operation, implementation, shape, threads): (median seconds of the repetitions, label)} and
    {key: error message} from one process's JSON."""
    times, labels, errors = {}, {}, {}
    for benchmark in (data or {}).get("benchmarks", []):
        key = bench_cases.parse_case_name(benchmark["name"])
        if key is None or benchmark.get("run_type", "iteration") != "iteration":
            continue
        if benchmark.get("error_occurred"):
            errors[key] = benchmark.get("error_message", "error")
            continue
        times.setdefault(key, []).append(seconds(benchmark))
        if benchmark.get("label"):
            labels[key] = benchmark["label"]
    return {key: (statistics.median(values), labels.get(key, "")) for key, values in times.items()}, errors


# Other work during a run, in CPUs (its CPU time over the run's wall time), above which the summary says
# the machine was busy: a tenth of a CPU is about what a shell and a desktop idle at.
BUSY_OTHER_CPUS = 0.1
# Runs shorter than this are left out: the machine's counters advance in clock ticks (10 ms).
MIN_ACCOUNTED_SECONDS = 1.0


def other_work(raw):
    """(other, steal, run): the most other work, in CPUs, during any one benchmark binary's run (the
    machine's busy CPU time over the run minus the binary's own), the most CPU time the hypervisor took
    from this machine's CPUs (steal, in CPUs), and the run where the other work peaked, from the
    raw/<name>.cpu files scripts/bench-suite writes; None where there are none (an older run)."""
    runs = []  # (other, steal, run)
    for path in sorted(glob.glob(os.path.join(raw, "*.cpu"))):
        try:
            with open(path) as f:
                fields = [float(v) for v in f.read().split()]
        except (OSError, ValueError):
            continue
        if len(fields) != 9 or fields[0] < MIN_ACCOUNTED_SECONDS or fields[7] <= 0:
            continue
        wall, user, system, busy0, steal0, busy1, steal1, ticks, cpus = fields
        # Each CPU's counters round to whole ticks at both ends of the run.
        rounding = 2.0 * cpus / ticks
        other = max(0.0, (busy1 - busy0) / ticks - user - system - rounding) / wall
        steal = max(0.0, (steal1 - steal0) / ticks - rounding) / wall
        runs.append((other, steal, os.path.basename(path)[:-len(".cpu")]))
    if not runs:
        return None
    other, _, run = max(runs)
    return other, max(steal for _, steal, _ in runs), run


def collect(raw, table):
    """The results document (what results.json holds) from the raw JSON of one suite run."""
    cases = {}
    contexts = {}
    processes = 0
    for binary in table.binaries():
        paths = sorted(glob.glob(os.path.join(raw, "%s.p*.json" % binary)),
                       key=lambda p: int(re.search(r"\.p(\d+)\.json$", p).group(1)))
        processes = max(processes, len(paths))
        for path in paths:
            data = load(path)
            if data is None:
                continue
            contexts.setdefault(binary, []).append(data.get("context", {}))
            figures, errors = process_figures(data)
            for key, (median, label) in figures.items():
                entry = cases.setdefault(key, {"medians": [], "label": "", "error": ""})
                entry["medians"].append(median)
                entry["label"] = entry["label"] or label
            for key, message in errors.items():
                cases.setdefault(key, {"medians": [], "label": "", "error": ""})["error"] = message
    scalar = {}
    for binary in table.binaries():
        figures, _errors = process_figures(load(os.path.join(raw, "%s.scalar.json" % binary)))
        scalar.update({key: median for key, (median, _label) in figures.items()})
    out = []
    for (operation, implementation, shape, threads) in table.cases(processors=max_threads(cases)):
        key = (operation, implementation, shape, threads)
        entry = cases.get(key, {"medians": [], "label": "", "error": "not measured"})
        medians = entry["medians"]
        out.append({
            "operation": operation, "implementation": implementation, "shape": shape, "threads": threads,
            "role": table.role(operation, implementation), "binary": table.binary(operation, implementation),
            "seconds": min(medians) if medians else None,
            "medians": medians,
            "spread": max(medians) / min(medians) - 1 if len(medians) > 1 else None,
            "label": entry["label"],
            "error": entry["error"] if not medians else "",
            "scalar_seconds": scalar.get(key),
        })
    smax_context = (contexts.get("softmax-bench") or [{}])[0]
    context = {k: v for k, v in smax_context.items() if k.startswith("smax_") or k in ("date", "host_name", "num_cpus")}
    context["git_commit"] = git_commit()
    context["processes"] = processes
    context["placement"] = {binary: sorted({"cpus %s; %s" % (c.get("affinity_cpus", "?"),
                                                            c.get("placement_environment") or "no OpenMP/affinity "
                                                            "variables set") for c in ctxs})
                            for binary, ctxs in contexts.items()}
    for binary, ctxs in contexts.items():
        if ctxs and "peer" in ctxs[0]:
            context["peer:" + binary] = ctxs[0]["peer"]
        if ctxs and "omp_proc_bind" in ctxs[0]:
            context["omp_proc_bind:" + binary] = ctxs[0]["omp_proc_bind"]
    load_average = [c.get("load_avg") for ctxs in contexts.values() for c in ctxs if c.get("load_avg")]
    context["load_avg_max"] = max((l[0] for l in load_average), default=None)
    peaks = other_work(raw)
    if peaks is not None:
        context["other_work_cpus"], context["steal_cpus"], context["other_work_run"] = peaks
    return {"format": RESULTS_FORMAT, "context": context,
            "operations": table.operations, "side_by_side": table.side_by_side, "cases": out}


def max_threads(cases):
    return max((key[3] for key in cases), default=1)


class Results:
    """A results document with lookups."""

    def __init__(self, document):
        self.document = document
        self.context = document.get("context", {})
        self.operations = document.get("operations", {})
        self.side_by_side = document.get("side_by_side", [])
        self.cases = {(c["operation"], c["implementation"], c["shape"], c["threads"]): c
                      for c in document.get("cases", [])}
        self.threads = sorted({c["threads"] for c in self.cases.values()})

    def get(self, operation, implementation, shape, threads):
        case = self.cases.get((operation, implementation, shape, threads))
        return case if case and case.get("seconds") else None

    def time(self, operation, implementation, shape, threads):
        case = self.get(operation, implementation, shape, threads)
        return case["seconds"] if case else None

    def implementations(self, operation, roles=None):
        seen = []
        for (op, implementation, _shape, _threads), case in self.cases.items():
            if op == operation and implementation not in seen and (roles is None or case["role"] in roles):
                seen.append(implementation)
        return seen

    def shapes(self, operation=None):
        seen = []
        for (op, _implementation, shape, _threads) in self.cases:
            if (operation is None or op == operation) and shape not in seen:
                seen.append(shape)
        return seen

    def get_any(self, operation, implementation):
        """Every measured case of an implementation of an operation."""
        return [c for c in self.cases.values()
                if c["operation"] == operation and c["implementation"] == implementation and c.get("seconds")]

    def memory_time(self, operation, shape, threads):
        memory = self.operations.get(operation, {}).get("memory", "memcpy")
        return self.time("memory", memory, shape, threads)

    def peers(self, operation):
        return self.implementations(operation, roles=("peer", "baseline"))


def over(numerator, denominator):
    return numerator / denominator if numerator and denominator else None


def spread_of(cases):
    spreads = [c["spread"] for c in cases if c and c.get("spread") is not None]
    return max(spreads) if spreads else None


def flagged(spread):
    return spread is not None and spread > SPREAD_FLAG


# ---- the summary ----------------------------------------------------------------------------------------

def operation_table(results, operation):
    """One operation: per shape and thread count, the ratios first, then the subject's time and the spread."""
    info = results.operations[operation]
    subject = info["subject"]
    peers = results.peers(operation)
    memory = info.get("memory", "memcpy")
    out = []
    if not results.get_any(operation, subject):
        measured = [title(i) for i in results.implementations(operation)]
        return ["%s: smax %s not measured (no case row for it in bench/operator-cases.h); %s measured, in "
                "report.md." % (info["title"], title(subject), ", ".join(measured) or "nothing")]
    columns = ["x" + title(p) for p in peers] + ["/" + memory, "x scalar", title(subject), "spread"]
    # Room for a figure and its flag.
    out.append("%s: %s" % (info["title"], ", ".join(
        ["x<peer> = peer's time / smax %s's (>1: smax faster)" % title(subject)] * bool(peers) +
        ["/%s = %s's time / %s's on the same bytes" % (memory, title(subject), memory),
         "x scalar = the SMAX_ISA=scalar build's time / %s's (one process)" % title(subject)])))
    shown = [subject] + peers
    widths = [max(8, len(c)) for c in columns]
    out.append("  %-9s %2s | " % ("shape", "T") + " ".join("%*s" % (w, c) for w, c in zip(widths, columns)))
    any_flag = False
    for shape in results.shapes(operation):
        for threads in results.threads:
            cases = [results.get(operation, i, shape, threads) for i in shown]
            if not any(cases):
                continue
            case = results.get(operation, subject, shape, threads)
            mine = case["seconds"] if case else None
            memory_case = results.get("memory", memory, shape, threads)
            # A ratio or time is flagged when a case behind it had a wide spread.
            cells = [(over(results.time(operation, p, shape, threads), mine),
                      [results.get(operation, p, shape, threads), case]) for p in peers]
            cells.append((over(mine, memory_case and memory_case["seconds"]), [case, memory_case]))
            values = []
            for value, behind in cells:
                mark = "!" if flagged(spread_of(behind)) else ""
                values.append(ratio(value) + mark if value is not None else "-")
                any_flag = any_flag or bool(mark)
            values.append(ratio(over(case["scalar_seconds"], mine)) if case else "-")
            mark = "!" if case and flagged(case["spread"]) else ""
            values += [duration(mine) + mark, percent(case["spread"] if case else None)]
            any_flag = any_flag or bool(mark)
            out.append("  %-9s %2d | " % (short_shape(shape), threads) +
                       " ".join("%*s" % (w, v) for w, v in zip(widths, values)))
    if any_flag:
        out.append("  !: a case behind that figure had per-process medians more than %d%% apart (the spread column "
                   "is %s's own); the figure is its best process's." % (round(SPREAD_FLAG * 100), title(subject)))
    return out


def side_by_side_table(results, view):
    """Implementations next to each other (auto and the paths it chooses between), with whether auto's pick
    was the fastest of them."""
    operation, implementations = view["operation"], view["implementations"]
    first = implementations[0]
    others = implementations[1:]
    shapes = [s for s in results.shapes(operation)
              if any(results.get(operation, i, s, t) for i in implementations for t in results.threads)
              and all(any(results.get(operation, i, s, t) for t in results.threads) for i in implementations)]
    if not shapes:
        return []
    out = ["%s next to %s (%s; best per-process medians; path = what %s ran):" % (
        title(first), ", ".join(title(i) for i in others), results.operations.get(operation, {}).get("title", operation),
        title(first))]
    columns = [title(first), "path"] + [title(i) for i in others] + ["picked the fastest?"]
    widths = [8, max(len(title(i)) for i in implementations) + 1] + [max(8, len(title(i))) for i in others] + [0]
    out.append("  %-9s %2s | " % ("shape", "T") + " ".join("%*s" % (w, c) if w else c for w, c in zip(widths, columns)))
    for shape in shapes:
        for threads in results.threads:
            cases = {i: results.get(operation, i, shape, threads) for i in implementations}
            if not all(cases.values()):
                continue
            path = cases[first]["label"] or "?"
            fastest = min(others, key=lambda i: cases[i]["seconds"])
            picked = "smax:" + path if first.startswith("smax:") else path
            spread = spread_of(cases.values())
            if picked == fastest:
                verdict = "yes"
            elif picked in cases:
                gain = cases[picked]["seconds"] / cases[fastest]["seconds"]
                noise = max(SPREAD_FLAG, spread or 0.0)
                verdict = ("within the spread (%s %.2fx faster)" % (title(fastest), gain) if gain - 1 <= noise
                           else "NO: %s %.2fx faster" % (title(fastest), gain))
            else:
                verdict = "path %s not measured" % path
            values = [duration(cases[first]["seconds"]), title(path)] + [duration(cases[i]["seconds"]) for i in others]
            out.append("  %-9s %2d | " % (short_shape(shape), threads) +
                       " ".join("%*s" % (w, v) for w, v in zip(widths, values)) + " " + verdict +
                       (" (spread %s!)" % percent(spread) if flagged(spread) else ""))
    return out


def threads_and_overhead_lines(results):
    """How the long single rows scale from 1 thread to all processors (the subject of softmax, and of top-k:
    issue 17 asks at least 1.7x on 2 threads), and what one call costs on a set-up 1x1 operator."""
    out = []
    if "softmax" not in results.operations:
        return out
    many = max(results.threads) if results.threads else 1
    for operation in ("softmax", "topk"):
        if operation not in results.operations:
            continue
        subject = results.operations[operation]["subject"]
        # Rows longer than one chunk (65536 elements, src/smax/plan.h): the ones split across threads.
        long_rows = [s for s in results.shapes(operation)
                     if s.startswith("1x") and bench_cases.shape_elements(s) > 65536
                     and results.get(operation, subject, s, 1) and results.get(operation, subject, s, many)]
        if many > 1 and long_rows:
            name = operation if title(subject) == operation else "%s %s" % (operation, title(subject))
            out.append("Threads, %s: time at 1 thread / time at %d (%d: perfect split): " % (
                name, many, many) + ", ".join(
                "%s %s" % (short_shape(s), ratio(over(results.time(operation, subject, s, 1),
                                                      results.time(operation, subject, s, many))))
                for s in long_rows))
    subject = results.operations["softmax"]["subject"]
    if "1x1" in results.shapes("softmax"):
        for threads in results.threads:
            out.append("One call on a set-up 1x1 operator, threads=%d: " % threads + ", ".join(
                "%s %s" % (title(i), duration(results.time("softmax", i, "1x1", threads)))
                for i in [subject] + results.peers("softmax") if results.get("softmax", i, "1x1", threads)))
    return out


def placement_lines(results):
    placement = results.context.get("placement", {})
    distinct = {tuple(v) for v in placement.values()}
    out = []
    if len(distinct) > 1 or any(len(v) > 1 for v in placement.values()):
        out.append("WARNING: the binaries ran with different CPU affinity or OpenMP variables: " + "; ".join(
            "%s: %s" % (b, " | ".join(v)) for b, v in placement.items()))
    for key, value in results.context.items():
        if key.startswith("omp_proc_bind:") and value not in ("0", "false"):
            out.append("WARNING: %s ran with OpenMP thread binding (omp_get_proc_bind() = %s) and the others "
                       "without: unset OMP_PROC_BIND/OMP_PLACES." % (key.split(":", 1)[1], value))
    return out


def busy_lines(context):
    """The warnings that other work (or the hypervisor) took CPU time while the suite measured."""
    if "other_work_cpus" not in context:
        # An older run without CPU accounting: its load average counts the suite's own processes too.
        cores = int(context.get("smax_cores", "0") or 0)
        busy = context.get("load_avg_max")
        if cores and busy is not None and busy > 0.5 * cores:
            return ["WARNING: the machine may have been busy (load average up to %.1f on %d cores while measuring, "
                    "the suite's own processes included)." % (busy, cores)]
        return []
    out = []
    if context["other_work_cpus"] > BUSY_OTHER_CPUS:
        out.append("WARNING: the machine was busy: other work took up to %.2f CPUs while a benchmark ran (%s): "
                   "the figures, multi-threaded ones most, are unreliable; run again when it is idle." % (
                       context["other_work_cpus"], context["other_work_run"]))
    if context["steal_cpus"] > BUSY_OTHER_CPUS:
        out.append("WARNING: the hypervisor took up to %.2f CPUs from this machine while a benchmark ran (steal "
                   "time): figures from a shared host drift; compare ratios within this run." % context["steal_cpus"])
    return out


def summary_lines(results):
    context = results.context
    out = []
    llc = int(context.get("smax_llc_bytes", "0") or 0)
    out.append("CPU: %s, %s logical CPUs (%s cores by cpuinfo), last-level cache %s MiB; ISA used: %s; commit %s" % (
        context.get("smax_cpu_name", "unknown"), context.get("num_cpus", "?"), context.get("smax_cores", "?"),
        fmt(llc / 2**20), context.get("smax_isa", "unknown"), context.get("git_commit", "?")))
    out += busy_lines(context)
    out += placement_lines(results)
    out.append("Each binary ran in %s processes, interleaved (smax, then each peer, then smax again...); a figure is "
               "the best per-process median; spread = slowest / fastest per-process median - 1." % (
                   context.get("processes", "?")))
    for operation in results.operations:
        if not any(c["operation"] == operation and c.get("seconds") for c in results.cases.values()):
            continue
        out.append("")
        out += operation_table(results, operation)
    for view in results.side_by_side:
        lines = side_by_side_table(results, view)
        if lines:
            out.append("")
            out += lines
    lines = threads_and_overhead_lines(results)
    if lines:
        out.append("")
        out += lines
    errors = [c for c in results.cases.values() if c.get("error") and not c.get("seconds")]
    if errors:
        out.append("")
        out.append("Not measured: %d cases (%s)." % (len(errors), "; ".join(sorted(
            {"%s/%s: %s" % (c["operation"], c["implementation"], c["error"]) for c in errors}))[:400]))
    return out


# ---- kernels and tuning -----------------------------------------------------------------------------------

class Kernels:
    def __init__(self, raw):
        self.kernels = {}  # family -> list of benchmarks
        for family in FAMILIES:
            data = load(os.path.join(raw, "ukernel-%s.json" % family))
            if data is not None:
                self.kernels[family] = data.get("benchmarks", [])

    def kernel_table(self, family):
        """{(isa, kernel): {"hot:2048": GB/s, ...}}, {(isa, kernel): is_default}, sizes, skipped ISAs."""
        table, defaults, sizes, skipped = {}, {}, [], set()
        for benchmark in self.kernels.get(family, []):
            parts = clean_name(benchmark["name"]).split("/")
            if len(parts) != 4:
                continue
            _family, isa, kernel, size = parts
            if benchmark.get("error_occurred"):
                skipped.add(isa)
                continue
            table.setdefault((isa, kernel), {})[size] = benchmark["bytes_per_second"] / 1e9
            defaults[(isa, kernel)] = benchmark.get("label") == "default"
            if size not in sizes:
                sizes.append(size)
        return table, defaults, sizes, skipped

    def tuning(self):
        """[(family, isa, fastest kernel, default kernel, gain over the default)]; the score of a variant is
        the geometric mean of its throughput over the sizes measured (in and out of cache). The default is
        kept unless another variant beats it by more than NOISE_MARGIN."""
        rows = []
        for family in FAMILIES:
            table, defaults, sizes, _skipped = self.kernel_table(family)
            isas = []
            for isa, _kernel in table:
                if isa not in isas:
                    isas.append(isa)
            for isa in isas:
                variants = {k: v for (i, k), v in table.items() if i == isa and all(s in v for s in sizes)}
                if not variants:
                    continue
                score = {k: geomean([v[s] for s in sizes]) for k, v in variants.items()}
                best = max(score, key=score.get)
                default = next((k for (i, k), d in defaults.items() if i == isa and d), None)
                if default in score and score[best] < NOISE_MARGIN * score[default]:
                    best = default  # within the noise: keep the default
                gain = score[best] / score[default] if default in score else None
                rows.append((family, isa, best, default, gain))
        return rows

    def tuning_lines(self, rows, tuning_path):
        changed = [r for r in rows if r[2] != r[3]]
        out = ["Fastest kernel per (family, ISA) measured here: %d choices, %d differ from the defaults by more "
               "than %d%%:" % (len(rows), len(changed), round((NOISE_MARGIN - 1) * 100))]
        for family, isa, best, default, gain in changed:
            out.append("  %-26s %-8s %s (default %s; %s)" % (family, isa, best, default or "-",
                                                        "x%.2f" % gain if gain else "no default measured"))
        out.append("Tuning table: %s" % tuning_path)
        return out

    def tuning_table_text(self, rows, context):
        text = ["# smax tuning table: the fastest kernel variant per (family, ISA) measured on",
                "#   %s (%s cores), %s" % (context.get("smax_cpu_name", "unknown"),
                                          context.get("smax_cores", "?"), context.get("date", "")),
                "# by scripts/bench-suite (score: geometric mean of the throughput over the sizes measured;",
                "# a variant replaces the default only when more than %d%% faster)." % round((NOISE_MARGIN - 1) * 100),
                "# Format: <family> <isa> <kernel> per line (see bench/tuning-table.cmake).",
                "# Build with it: cmake -DSMAX_TUNING_TABLE=<this file> ...", ""]
        for family, isa, best, default, gain in rows:
            note = "  # the default" if best == default else (
                "  # x%.2f over the default %s" % (gain, default) if gain else "")
            text.append("%s %s %s%s" % (family, isa, best, note))
        return "\n".join(text) + "\n"

    def markdown(self, rows):
        md = ["## Micro-kernels: GB/s (bytes each family must move: 4 B/element for the reductions, 8 for the "
              "families that also write)", "",
              "`hot:N`: same buffers every call (N elements; in cache when it fits); `cold:N`: buffers rotated "
              "through more than twice the last-level cache. **bold**: fastest of its ISA (geometric mean over "
              "the sizes); *default*: the family table's default.", ""]
        for family in FAMILIES:
            table, defaults, sizes, skipped = self.kernel_table(family)
            if not table:
                continue
            best = {(f, i): b for f, i, b, _d, _g in rows if f == family}
            md += ["### %s" % family, "", "| ISA | kernel | " + " | ".join(sizes) + " |", "|---" * (len(sizes) + 2) + "|"]
            for (isa, kernel), values in table.items():
                name = "**%s**" % kernel if best.get((family, isa)) == kernel else kernel
                if defaults.get((isa, kernel)):
                    name += " *default*"
                md.append("| %s | %s | %s |" % (isa, name, " | ".join(fmt(values.get(s)) for s in sizes)))
            if skipped:
                md += ["", "Skipped (this CPU lacks the ISA): %s." % ", ".join(sorted(skipped))]
            md.append("")
        md += ["## Tuning table", "", "| family | ISA | fastest | default | gain |", "|---|---|---|---|---|"]
        for family, isa, best, default, gain in rows:
            md.append("| %s | %s | %s | %s | %s |" % (family, isa, best, default or "-", "x%.2f" % gain if gain else "-"))
        md.append("")
        return md


# ---- report.md -----------------------------------------------------------------------------------------

def operator_markdown(results):
    context = results.context
    md = ["## Operators", "",
          "Every case ran in %s processes per binary, interleaved; a cell is the best per-process median "
          "(time per call) with its GB/s at 8 B/element and, in brackets, the spread of the per-process medians "
          "(slowest / fastest - 1). `x memcpy` = time / memcpy's time on the same bytes, shape and threads. "
          "Labels: the path smax's auto took, the implementation oneDNN chose." % context.get("processes", "?"), ""]
    for operation, info in results.operations.items():
        implementations = results.implementations(operation)
        if not implementations:
            continue
        memory = info.get("memory", "memcpy")
        for threads in results.threads:
            md += ["### %s, %d thread%s" % (info["title"], threads, "s" if threads > 1 else ""), ""]
            columns = implementations + [memory]
            md.append("| shape | " + " | ".join(title(c) for c in columns) + " |")
            md.append("|---" * (len(columns) + 1) + "|")
            for shape in results.shapes(operation):
                cells = []
                for implementation in columns:
                    op = "memory" if implementation == memory else operation
                    case = results.get(op, implementation, shape, threads)
                    if case is None:
                        error = results.cases.get((op, implementation, shape, threads), {}).get("error")
                        cells.append(error[:40] if error else "-")
                        continue
                    elements = bench_cases.shape_elements(shape)
                    cell = "%s, %s GB/s [%s]" % (duration(case["seconds"]), fmt(8 * elements / case["seconds"] / 1e9),
                                                 percent(case["spread"]))
                    if implementation != memory:
                        cell += ", x memcpy %s" % ratio(over(case["seconds"], results.memory_time(operation, shape, threads)))
                    if case["label"]:
                        cell += " (%s)" % case["label"]
                    cells.append(cell)
                md.append("| %s | %s |" % (shape, " | ".join(cells)))
            md.append("")
    md += ["### Per-process medians", "", "| case | medians (s) |", "|---|---|"]
    for key, case in results.cases.items():
        if case.get("medians"):
            md.append("| %s | %s |" % (bench_cases.case_name(*key), " ".join("%.4g" % m for m in case["medians"])))
    md.append("")
    return md


def plots(results, kernels, tuning_rows, out):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker as ticker
    except ImportError:
        return [], "matplotlib is missing (Debian: python3-matplotlib; run with /usr/bin/python3): no plots"
    written = []
    single = [s for s in results.shapes("softmax") if s.startswith("1x")]
    if single:
        fig, axes = plt.subplots(1, len(results.threads), figsize=(7 * len(results.threads), 5), squeeze=False)
        for ax, threads in zip(axes[0], results.threads):
            xs = [bench_cases.shape_dims(s)[1] for s in single]
            for implementation in results.implementations("softmax"):
                points = [(x, results.time("softmax", implementation, s, threads)) for x, s in zip(xs, single)]
                points = [(x, 8 * x / t / 1e9) for x, t in points if t]
                if points:
                    peer = not implementation.startswith("smax:")
                    ax.plot(*zip(*points), "--" if peer else "-", marker="x" if peer else "o",
                            label=("smax " if not peer else "") + title(implementation))
            for name, style, bytes_per_element in (("memcpy", "k-", 8), ("sum", "k:", 8)):
                points = [(x, results.time("memory", name, s, threads)) for x, s in zip(xs, single)]
                points = [(x, bytes_per_element * x / t / 1e9) for x, t in points if t]
                if points:
                    ax.plot(*zip(*points), style, linewidth=2,
                            label=name if name == "memcpy" else "sum (read-only, at 8 B/elem)")
            ax.set_xscale("log", base=2)
            ax.set_yscale("log")
            ax.set_xlabel("row length (elements, one row)")
            ax.set_ylabel("GB/s (8 bytes per element)")
            ax.set_title("softmax throughput, %d thread%s" % (threads, "s" if threads > 1 else ""))
            ax.grid(True, which="both", alpha=0.3)
            ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(os.path.join(out, "throughput.png"), dpi=90)
        plt.close(fig)
        written.append("throughput.png")
    pairs = [(op, p) for op in results.operations for p in results.peers(op)
             if results.get_any(op, results.operations[op]["subject"])]
    if pairs:
        fig, axes = plt.subplots(len(pairs), 1, figsize=(12, 4 * len(pairs)), squeeze=False)
        for ax, (operation, peer) in zip(axes[:, 0], pairs):
            subject = results.operations[operation]["subject"]
            shapes = results.shapes(operation)
            width = 0.8 / len(results.threads)
            for index, threads in enumerate(results.threads):
                values = [over(results.time(operation, peer, s, threads), results.time(operation, subject, s, threads))
                          or float("nan") for s in shapes]
                ax.bar([i + (index - len(results.threads) / 2 + 0.5) * width for i in range(len(shapes))], values,
                       width, label="%d thread%s" % (threads, "s" if threads > 1 else ""))
            ax.axhline(1.0, color="k", linewidth=1)
            ax.set_yscale("log")
            ax.yaxis.set_major_formatter(ticker.FormatStrFormatter("%.2g"))
            ax.yaxis.set_minor_formatter(ticker.FormatStrFormatter("%.2g"))
            ax.set_xticks(range(len(shapes)))
            ax.set_xticklabels([short_shape(s) for s in shapes], rotation=45, ha="right")
            ax.set_ylabel("%s time / smax %s time" % (title(peer), title(subject)))
            ax.set_title("%s: smax %s vs %s" % (results.operations[operation]["title"], title(subject), title(peer)))
            ax.grid(True, axis="y", alpha=0.3)
            ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(os.path.join(out, "speedup-peers.png"), dpi=90)
        plt.close(fig)
        written.append("speedup-peers.png")
    if tuning_rows:
        fig, ax = plt.subplots(figsize=(12, 5))
        isas = []
        for _family, isa, _best, _d, _g in tuning_rows:
            if isa not in isas:
                isas.append(isa)
        families = [f for f in FAMILIES if any(r[0] == f for r in tuning_rows)]
        width = 0.8 / max(len(isas), 1)
        for index, isa in enumerate(isas):
            values = []
            for family in families:
                table, _defaults, sizes, _s = kernels.kernel_table(family)
                best = next((r[2] for r in tuning_rows if r[0] == family and r[1] == isa), None)
                hot = [s for s in sizes if s.startswith("hot")]
                values.append(table[(isa, best)][hot[0]] if best and hot else 0)
            ax.bar([i + (index - len(isas) / 2 + 0.5) * width for i in range(len(families))], values, width, label=isa)
        ax.set_xticks(range(len(families)))
        ax.set_xticklabels(families, rotation=20, ha="right")
        ax.set_ylabel("GB/s, in cache (family's own bytes)")
        ax.set_title("fastest variant per family and ISA, in cache")
        ax.set_yscale("log")
        ax.grid(True, axis="y", alpha=0.3)
        ax.legend()
        fig.tight_layout()
        fig.savefig(os.path.join(out, "kernels.png"), dpi=90)
        plt.close(fig)
        written.append("kernels.png")
    return written, None


# ---- --compare ------------------------------------------------------------------------------------------

def describe(results, path):
    c = results.context
    return "%s: %s, %s cores, ISA %s, commit %s, %s, %s processes" % (
        path, c.get("smax_cpu_name", "?"), c.get("smax_cores", "?"), c.get("smax_isa", "?"), c.get("git_commit", "?"),
        c.get("date", "?"), c.get("processes", "?"))


def compare_lines(a, b, path_a, path_b):
    """Two results side by side: per operation, shape and thread count, each implementation's time in A over
    its time in B (>1: faster in B), then the subject's speed-up over each peer in A and in B."""
    out = ["A = " + describe(a, path_a), "B = " + describe(b, path_b),
           "Per implementation: time in A / time in B (>1: B is faster); x<peer>: the peer's time / the subject's, "
           "in A > in B; ! = a spread above %d%% in A or B." % round(SPREAD_FLAG * 100)]
    operations = list(a.operations) + [op for op in b.operations if op not in a.operations]
    compared, differ = 0, []
    for operation in operations:
        info = a.operations.get(operation) or b.operations[operation]
        subject = info["subject"]
        memory = info.get("memory", "memcpy")
        implementations = [i for i in a.implementations(operation) if i in b.implementations(operation)]
        if not implementations:
            continue
        implementations.sort(key=lambda i: (i != subject, i.startswith("smax:")))
        peers = [p for p in a.peers(operation) if p in b.peers(operation)] if subject in implementations else []
        columns = [title(i) for i in implementations] + [memory]
        widths = [max(5, len(c)) for c in columns]
        peer_widths = [max(9, len(title(p)) + 1) for p in peers]
        out.append("")
        out.append("%s (time in A / time in B%s):" % (info["title"], "; " + ", ".join(
            "x%s A > B" % title(p) for p in peers) if peers else ""))
        out.append("  %-9s %2s | " % ("shape", "T") + " ".join("%*s" % (w, c) for w, c in zip(widths, columns)) +
                   "".join(" | %*s" % (w, "x" + title(p)) for w, p in zip(peer_widths, peers)))
        shapes = [s for s in a.shapes(operation) if s in b.shapes(operation)]
        for shape in shapes:
            for threads in sorted(set(a.threads) | set(b.threads)):
                values = []
                cases = []
                for implementation in implementations + [memory]:
                    op = "memory" if implementation == memory else operation
                    ca, cb = a.get(op, implementation, shape, threads), b.get(op, implementation, shape, threads)
                    cases += [ca, cb]
                    values.append(ratio(over(ca and ca["seconds"], cb and cb["seconds"])))
                if not any(cases):
                    continue
                line = "  %-9s %2d | " % (short_shape(shape), threads) + " ".join(
                    "%*s" % (w, v) for w, v in zip(widths, values))
                for w, p in zip(peer_widths, peers):
                    speedups = [over(r.time(operation, p, shape, threads), r.time(operation, subject, shape, threads))
                                for r in (a, b)]
                    line += " | %*s" % (w, ">".join(ratio(x) for x in speedups))
                    if None not in speedups:
                        compared += 1
                        if abs(speedups[1] / speedups[0] - 1) > AGREEMENT:
                            differ.append("%s %s T=%d x%s %s>%s" % (operation, short_shape(shape), threads, title(p),
                                                                   ratio(speedups[0]), ratio(speedups[1])))
                out.append(line + (" !" if flagged(spread_of(cases)) else ""))
    out.append("")
    out.append("Speed-ups over the peers that differ by more than %d%% between A and B: %d of %d%s" % (
        round(AGREEMENT * 100), len(differ), compared, (": " + "; ".join(differ)) if differ else "."))
    return out


# ---- main ---------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", help="directory of the benchmark JSON files")
    parser.add_argument("--out", help="directory for results.json, report.md, the plots and the tuning table")
    parser.add_argument("--full", action="store_true", help="the run measured the full suite's shapes too")
    parser.add_argument("--compare", nargs=2, metavar=("A", "B"), help="two results.json files (or their directories)")
    args = parser.parse_args()
    if args.compare:
        documents = []
        for path in args.compare:
            if os.path.isdir(path):
                path = os.path.join(path, "results.json")
            document = load(path)
            if document is None or document.get("format") != RESULTS_FORMAT:
                print("bench-report: %s is not a results.json written by scripts/bench-suite" % path, file=sys.stderr)
                return 1
            documents.append((Results(document), path))
        print("\n".join(compare_lines(documents[0][0], documents[1][0], documents[0][1], documents[1][1])))
        return 0
    if not args.raw or not args.out:
        parser.error("--raw and --out, or --compare A B")
    table = bench_cases.load(full=args.full)
    document = collect(args.raw, table)
    if not any(c.get("seconds") for c in document["cases"]):
        print("bench-report: no operator results in %s" % args.raw, file=sys.stderr)
        return 1
    document["context"]["report_date"] = datetime.datetime.now().isoformat(timespec="seconds")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "results.json"), "w") as stream:
        json.dump(document, stream, indent=1)
    results = Results(document)
    kernels = Kernels(args.raw)
    tuning_rows = kernels.tuning()
    tuning_path = os.path.abspath(os.path.join(args.out, "tuning-table.txt"))
    with open(tuning_path, "w") as stream:
        stream.write(kernels.tuning_table_text(tuning_rows, results.context))
    written, plot_note = plots(results, kernels, tuning_rows, args.out)
    summary = summary_lines(results)
    md = ["# smax benchmark report", "", "```"] + summary + ["```", ""]
    md += ["![%s](%s)" % (name, name) for name in written] + [""]
    md += ["Kernel chosen per family: " + ", ".join(
        "%s %s" % (f, results.context.get("smax_kernel:" + f, "-")) for f in FAMILIES), ""]
    md += operator_markdown(results)
    md += kernels.markdown(tuning_rows)
    with open(os.path.join(args.out, "report.md"), "w") as stream:
        stream.write("\n".join(md) + "\n")
    print("\n".join(summary))
    if tuning_rows:
        print()
        print("\n".join(kernels.tuning_lines(tuning_rows, tuning_path)))
    if plot_note:
        print("Note: " + plot_note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
