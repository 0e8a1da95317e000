#!/usr/bin/env python3
"""Turns the Google Benchmark JSON written by scripts/bench-suite into a summary, a report and a tuning table.

Reads <raw>/*.json (one file per benchmark binary run):
  ukernel-<family>.json   bench/<family>-bench: every kernel variant, names <family>/<isa>/<kernel>/<hot|cold>:<n>
  softmax.json            bench/softmax-bench: names op/smax:<algorithm>/<rows>x<channels>/threads:<T>, and the
                          memory references op/memcpy/... and op/sum/...
  softmax-scalar.json     the same with SMAX_ISA=scalar (the "speedup over scalar" baseline)
  xnnpack.json, onednn.json  the peers (bench/xnnpack-bench, bench/onednn-bench), each with its own memcpy

Writes into <out>:
  report.md               everything, as Markdown tables (with the plots)
  throughput.png          GB/s vs row length (single-row shapes) per algorithm, with memcpy and the peers
  speedup-peers.png       smax's time / each peer's time, per algorithm and shape
  kernels.png             the fastest variant of every (family, ISA), GB/s in and out of cache
  tuning-table.txt        the fastest variant per (family, ISA) measured here (format: bench/tuning-table.cmake)
and prints a summary on stdout.

Conventions: operator GB/s count 8 bytes per element (read once, write once); "x memcpy" is the softmax's
GB/s over memcpy's on the same shape and thread count, measured in the same process; "x scalar" is the
scalar build's time over this one's; "x <peer>" is the peer's time over smax's (above 1: smax is faster).
Standard library only; the plots need matplotlib (Debian: python3-matplotlib, /usr/bin/python3) and are
skipped with a note when it is missing.
"""

import argparse
import json
import math
import os
import sys


def read_families():
    """The kernel families, in the order of src/families.table (its first column)."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src", "families.table")
    with open(path, encoding="utf-8") as handle:
        return [line.split()[0] for line in (raw.split("#", 1)[0] for raw in handle) if line.strip()]


FAMILIES = read_families()
ALGORITHMS = ["auto", "three_pass_recompute", "three_pass_reload", "online", "two_pass"]
PEERS = [("xnnpack", "XNNPACK"), ("onednn", "oneDNN")]
# A variant replaces its family's default in the tuning table only when it is this much faster: smaller
# differences are within the run-to-run noise of a shared machine.
NOISE_MARGIN = 1.05


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


def operator_results(data):
    """{(implementation, shape, threads): benchmark} from an operator JSON, errors excluded."""
    results = {}
    errors = {}
    for benchmark in (data or {}).get("benchmarks", []):
        parts = clean_name(benchmark["name"]).split("/")
        if len(parts) != 4 or parts[0] != "op":
            continue
        key = (parts[1], parts[2], int(parts[3].split(":")[1]))
        if benchmark.get("error_occurred"):
            errors[key] = benchmark.get("error_message", "error")
        else:
            results[key] = benchmark
    return results, errors


def shape_key(shape):
    rows, channels = (int(x) for x in shape.split("x"))
    return (rows != 1, rows * channels, rows)


def short_shape(shape):
    rows, channels = shape.split("x")
    channels = int(channels)
    for unit, size in (("M", 1 << 20), ("K", 1 << 10)):
        if channels >= size and channels % size == 0:
            return "%sx%d%s" % (rows, channels // size, unit)
    return "%sx%d" % (rows, channels)


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


def gbps(benchmark):
    return benchmark["bytes_per_second"] / 1e9


def geomean(values):
    values = [v for v in values if v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else 0.0


class Report:
    def __init__(self, raw):
        self.raw = raw
        self.smax_data = load(os.path.join(raw, "softmax.json"))
        self.smax, self.smax_errors = operator_results(self.smax_data)
        self.scalar, _ = operator_results(load(os.path.join(raw, "softmax-scalar.json")))
        self.peers = {}
        for peer, _title in PEERS:
            data = load(os.path.join(raw, peer + ".json"))
            if data is not None:
                self.peers[peer] = operator_results(data)[0]
        self.kernels = {}  # family -> list of benchmarks
        for family in FAMILIES:
            data = load(os.path.join(raw, "ukernel-%s.json" % family))
            if data is not None:
                self.kernels[family] = data.get("benchmarks", [])
        context = (self.smax_data or {}).get("context", {})
        self.context = context
        self.shapes = sorted({key[1] for key in self.smax}, key=shape_key)
        self.threads = sorted({key[2] for key in self.smax})

    # ---- operator figures ----------------------------------------------------------------------
    def memcpy(self, shape, threads):
        return self.smax.get(("memcpy", shape, threads))

    def cell(self, algorithm, shape, threads):
        """GB/s, ratio to memcpy, speedup over scalar, {peer: speedup}."""
        mine = self.smax.get(("smax:" + algorithm, shape, threads))
        if mine is None:
            return None
        memcpy = self.memcpy(shape, threads)
        scalar = self.scalar.get(("smax:" + algorithm, shape, threads))
        peers = {}
        for peer, results in self.peers.items():
            theirs = results.get((peer, shape, threads))
            peers[peer] = seconds(theirs) / seconds(mine) if theirs else None
        return {
            "gbps": gbps(mine),
            "memcpy": seconds(memcpy) / seconds(mine) if memcpy else None,
            "scalar": seconds(scalar) / seconds(mine) if scalar else None,
            "peers": peers,
            "ns": mine.get("ns_per_element"),
        }

    def seconds_of(self, algorithm, shape, threads):
        mine = self.smax.get(("smax:" + algorithm, shape, threads))
        return seconds(mine) if mine else None

    def threads_speedup(self, algorithm, shape, threads):
        """Time at 1 thread / time at `threads` (equal to `threads` when the work splits perfectly)."""
        one, many = self.seconds_of(algorithm, shape, 1), self.seconds_of(algorithm, shape, threads)
        return one / many if one and many else None

    def threads_and_overhead_lines(self):
        """For the work on long rows across threads: how the long single rows scale from 1 thread to all
        processors (auto on each, every algorithm on 1x1M), and what one call costs on a 1x1 operator."""
        out = []
        many = max(self.threads) if self.threads else 1
        if many > 1 and 1 in self.threads:
            long_rows = [s for s in ("1x128256", "1x1048576", "1x16777216") if s in self.shapes]
            out.append("Threads: time at 1 thread / time at %d (%d: perfect split):" % (many, many))
            if long_rows:
                out.append("  auto: " + ", ".join(
                    "%s %s" % (short_shape(s), ratio(self.threads_speedup("auto", s, many))) for s in long_rows))
            if "1x1048576" in self.shapes:
                out.append("  1x1M: " + ", ".join(
                    "%s %s" % (a, ratio(self.threads_speedup(a, "1x1048576", many))) for a in ALGORITHMS))
        if "1x1" in self.shapes:
            out.append("One call on a set-up 1x1 operator, ns:")
            for threads in self.threads:
                times = [(a, self.seconds_of(a, "1x1", threads)) for a in ALGORITHMS]
                out.append("  threads=%d: " % threads + ", ".join(
                    "%s %s" % (a, fmt(t * 1e9) if t else "-") for a, t in times))
        return out

    # ---- kernels and tuning -------------------------------------------------------------------------
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

    # ---- output ---------------------------------------------------------------------------------
    def header_lines(self):
        context = self.context
        lines = []
        llc = int(context.get("smax_llc_bytes", "0") or 0)
        lines.append("CPU: %s, %s cores, last-level cache %s MiB" % (
            context.get("smax_cpu_name", "unknown"), context.get("smax_cores", "?"), fmt(llc / 2**20)))
        lines.append("ISA detected and used: %s" % context.get("smax_isa", "unknown"))
        lines.append("Kernel chosen per family:")
        for family in FAMILIES:
            lines.append("  %-26s %s" % (family, context.get("smax_kernel:" + family, "-")))
        return lines

    def summary(self, tuning_path, tuning_rows):
        out = []
        out += self.header_lines()
        cores = int(self.context.get("smax_cores", "0") or 0)
        load = os.getloadavg()[1] if hasattr(os, "getloadavg") else 0.0
        if cores and load > 0.5 * cores:
            out.append("WARNING: the machine was busy (load average %.1f over the last 5 minutes on %d cores): the "
                       "figures, multi-threaded ones most, are unreliable; run again when it is idle." % (load, cores))
        peers = [p for p, _ in PEERS if p in self.peers]
        missing = [title for p, title in PEERS if p not in self.peers]
        out.append("")
        out.append("Softmax operator, GB/s at 8 B/element; xcpy = GB/s / memcpy's (same shape, threads, run);")
        out.append("xscal = speedup over the scalar build; %s = speedup over the peer (>1: smax faster)." %
                   (", ".join("x" + p[:4] for p in peers) or "no peers"))
        if missing:
            out.append("Peers not measured (not installed): %s." % ", ".join(missing))
        names = ("GB/s", "xcpy", "xscal") + tuple("x" + p[:4] for p in peers)
        col = "%6s" + " %5s" * (len(names) - 1)
        head = col % names
        for algorithm in ALGORITHMS:
            out.append("")
            out.append("smax %s:" % algorithm)
            out.append("  %-10s" % "" + "".join(" | %-*s" % (len(head), "threads=%d" % t) for t in self.threads))
            out.append("  %-10s" % "shape" + "".join(" | " + head for _ in self.threads))
            for shape in self.shapes:
                row = "  %-10s" % short_shape(shape)
                for threads in self.threads:
                    c = self.cell(algorithm, shape, threads)
                    if c is None:
                        error = self.smax_errors.get(("smax:" + algorithm, shape, threads))
                        row += " | " + ("%-*s" % (len(head), error[:len(head)] if error else "-"))
                        continue
                    values = (fmt(c["gbps"]), ratio(c["memcpy"]), ratio(c["scalar"])) + tuple(
                        ratio(c["peers"].get(p)) for p in peers)
                    row += " | " + col % values
                out.append(row)
        out.append("")
        out.append("memcpy GB/s (8 B/element), for reference:")
        for threads in self.threads:
            out.append("  threads=%d: " % threads + ", ".join(
                "%s %s" % (short_shape(s), fmt(gbps(self.memcpy(s, threads)))) for s in self.shapes
                if self.memcpy(s, threads)))
        scaling = self.threads_and_overhead_lines()
        if scaling:
            out.append("")
            out += scaling
        out.append("")
        changed = [r for r in tuning_rows if r[2] != r[3]]
        out.append("Fastest kernel per (family, ISA) measured here: %d choices, %d differ from the defaults "
                   "by more than %d%%:" % (len(tuning_rows), len(changed), round((NOISE_MARGIN - 1) * 100)))
        for family, isa, best, default, gain in changed:
            out.append("  %-26s %-8s %s (default %s; %s)" % (family, isa, best, default or "-",
                                                        "x%.2f" % gain if gain else "no default measured"))
        out.append("Tuning table: %s" % tuning_path)
        return out

    def markdown(self, tuning_rows, plots):
        md = ["# smax benchmark report", ""]
        md += ["```"] + self.header_lines() + ["```", ""]
        md.append("Date: %s. Host: %s." % (self.context.get("date", "?"), self.context.get("host_name", "?")))
        md.append("")
        md.append("How to read: operator GB/s count 8 bytes per element (the input read once and the output written "
                  "once, as in the two-pass paper and `/work/shared/notes/peers-measured.md`); the same buffers are "
                  "reused call after call, so small shapes run from cache. `x memcpy` = softmax GB/s / memcpy GB/s "
                  "(same shape and threads, same process, rows split across threads like the operator); "
                  "`x scalar` = time with `SMAX_ISA=scalar` / time; `x <peer>` = peer time / smax time. The machine "
                  "may be shared and noisy: compare ratios within one run.")
        md.append("")
        for name in plots:
            md.append("![%s](%s)" % (name, name))
        md.append("")
        peers = [p for p, _ in PEERS if p in self.peers]
        for threads in self.threads:
            md.append("## Operator, %d thread%s: GB/s (ns/element)" % (threads, "s" if threads > 1 else ""))
            md.append("")
            columns = ["smax:" + a for a in ALGORITHMS] + peers + ["memcpy", "sum (4 B/elem)"]
            md.append("| shape | " + " | ".join(columns) + " |")
            md.append("|---" * (len(columns) + 1) + "|")
            for shape in self.shapes:
                cells = []
                for column in columns:
                    if column in peers:
                        b = self.peers[column].get((column, shape, threads))
                    else:
                        b = self.smax.get((column.split(" ")[0], shape, threads))
                    cells.append("%s (%s)" % (fmt(gbps(b)), fmt(b.get("ns_per_element"))) if b else "-")
                md.append("| %s | %s |" % (shape, " | ".join(cells)))
            md.append("")
            md.append("## Operator, %d thread%s: x memcpy / x scalar%s" % (
                threads, "s" if threads > 1 else "", "".join(" / x " + p for p in peers)))
            md.append("")
            md.append("| shape | " + " | ".join(ALGORITHMS) + " |")
            md.append("|---" * (len(ALGORITHMS) + 1) + "|")
            for shape in self.shapes:
                cells = []
                for algorithm in ALGORITHMS:
                    c = self.cell(algorithm, shape, threads)
                    if c is None:
                        cells.append("-")
                        continue
                    cells.append(" / ".join([fmt(c["memcpy"], 2), fmt(c["scalar"], 2)] +
                                            [fmt(c["peers"].get(p), 2) for p in peers]))
                md.append("| %s | %s |" % (shape, " | ".join(cells)))
            md.append("")
        md.append("## Micro-kernels: GB/s (bytes each family must move: 4 B/element for the reductions, 8 for the "
                  "families that also write)")
        md.append("")
        md.append("`hot:N`: same buffers every call (N elements; in cache when it fits); `cold:N`: buffers rotated "
                  "through more than twice the last-level cache. **bold**: fastest of its ISA (geometric mean over "
                  "the sizes); *default*: the family table's default.")
        md.append("")
        for family in FAMILIES:
            table, defaults, sizes, skipped = self.kernel_table(family)
            if not table:
                continue
            best = {(f, i): b for f, i, b, _d, _g in tuning_rows if f == family}
            md.append("### %s" % family)
            md.append("")
            md.append("| ISA | kernel | " + " | ".join(sizes) + " |")
            md.append("|---" * (len(sizes) + 2) + "|")
            for (isa, kernel), values in table.items():
                name = "**%s**" % kernel if best.get((family, isa)) == kernel else kernel
                if defaults.get((isa, kernel)):
                    name += " *default*"
                md.append("| %s | %s | %s |" % (isa, name, " | ".join(fmt(values.get(s)) for s in sizes)))
            if skipped:
                md.append("")
                md.append("Skipped (this CPU lacks the ISA): %s." % ", ".join(sorted(skipped)))
            md.append("")
        md.append("## Tuning table")
        md.append("")
        md.append("| family | ISA | fastest | default | gain |")
        md.append("|---|---|---|---|---|")
        for family, isa, best, default, gain in tuning_rows:
            md.append("| %s | %s | %s | %s | %s |" % (family, isa, best, default or "-",
                                                    "x%.2f" % gain if gain else "-"))
        md.append("")
        return md

    def tuning_table_text(self, rows):
        text = ["# smax tuning table: the fastest kernel variant per (family, ISA) measured on",
                "#   %s (%s cores), %s" % (self.context.get("smax_cpu_name", "unknown"),
                                          self.context.get("smax_cores", "?"), self.context.get("date", "")),
                "# by scripts/bench-suite (score: geometric mean of the throughput over the sizes measured;",
                "# a variant replaces the default only when more than %d%% faster)." % round((NOISE_MARGIN - 1) * 100),
                "# Format: <family> <isa> <kernel> per line (see bench/tuning-table.cmake).",
                "# Build with it: cmake -DSMAX_TUNING_TABLE=<this file> ...", ""]
        for family, isa, best, default, gain in rows:
            note = "  # the default" if best == default else (
                "  # x%.2f over the default %s" % (gain, default) if gain else "")
            text.append("%s %s %s%s" % (family, isa, best, note))
        return "\n".join(text) + "\n"

    # ---- plots ------------------------------------------------------------------------------------
    def plots(self, out):
        try:
            import matplotlib
            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
            import matplotlib.ticker as ticker
        except ImportError:
            return [], "matplotlib is missing (Debian: python3-matplotlib; run with /usr/bin/python3): no plots"
        written = []
        single = [s for s in self.shapes if s.startswith("1x")]
        if single:
            fig, axes = plt.subplots(1, len(self.threads), figsize=(7 * len(self.threads), 5), squeeze=False)
            for ax, threads in zip(axes[0], self.threads):
                xs = [int(s.split("x")[1]) for s in single]
                for algorithm in ALGORITHMS:
                    points = [(x, self.smax.get(("smax:" + algorithm, s, threads))) for x, s in zip(xs, single)]
                    points = [(x, gbps(b)) for x, b in points if b]
                    if points:
                        ax.plot(*zip(*points), marker="o", label="smax " + algorithm)
                for name, style in (("memcpy", "k-"), ("sum", "k:")):
                    points = [(x, self.smax.get((name, s, threads))) for x, s in zip(xs, single)]
                    points = [(x, gbps(b) * (2 if name == "sum" else 1)) for x, b in points if b]
                    if points:
                        ax.plot(*zip(*points), style, linewidth=2,
                                label=name if name == "memcpy" else "sum (read-only, at 8 B/elem)")
                for peer, title in PEERS:
                    if peer in self.peers:
                        points = [(x, self.peers[peer].get((peer, s, threads))) for x, s in zip(xs, single)]
                        points = [(x, gbps(b)) for x, b in points if b]
                        if points:
                            ax.plot(*zip(*points), "--", marker="x", label=title)
                ax.set_xscale("log", base=2)
                ax.set_yscale("log")
                ax.set_xlabel("row length (elements, one row)")
                ax.set_ylabel("GB/s (8 bytes per element)")
                ax.set_title("softmax throughput, %d thread%s" % (threads, "s" if threads > 1 else ""))
                ax.grid(True, which="both", alpha=0.3)
                ax.legend(fontsize=8)
            fig.tight_layout()
            fig.savefig(os.path.join(out, "throughput.png"), dpi=90)
            plt.close(fig)
            written.append("throughput.png")
        peers = [(p, t) for p, t in PEERS if p in self.peers]
        if peers:
            fig, axes = plt.subplots(len(peers), len(self.threads), figsize=(7 * len(self.threads), 4.5 * len(peers)),
                                     squeeze=False)
            for row, (peer, title) in enumerate(peers):
                for ax, threads in zip(axes[row], self.threads):
                    width = 0.8 / len(ALGORITHMS)
                    for index, algorithm in enumerate(ALGORITHMS):
                        values = []
                        for shape in self.shapes:
                            c = self.cell(algorithm, shape, threads)
                            values.append((c["peers"].get(peer) or float("nan")) if c else float("nan"))
                        ax.bar([i + (index - len(ALGORITHMS) / 2 + 0.5) * width for i in range(len(self.shapes))],
                               values, width, label=algorithm)
                    ax.axhline(1.0, color="k", linewidth=1)
                    ax.set_yscale("log")
                    ax.yaxis.set_major_formatter(ticker.FormatStrFormatter("%.2g"))
                    ax.yaxis.set_minor_formatter(ticker.FormatStrFormatter("%.2g"))
                    ax.set_xticks(range(len(self.shapes)))
                    ax.set_xticklabels([short_shape(s) for s in self.shapes], rotation=45, ha="right")
                    ax.set_ylabel("speedup over %s (x)" % title)
                    ax.set_title("smax vs %s, %d thread%s" % (title, threads, "s" if threads > 1 else ""))
                    ax.grid(True, axis="y", alpha=0.3)
                    ax.legend(fontsize=7)
            fig.tight_layout()
            fig.savefig(os.path.join(out, "speedup-peers.png"), dpi=90)
            plt.close(fig)
            written.append("speedup-peers.png")
        rows = self.tuning()
        if rows:
            fig, ax = plt.subplots(figsize=(12, 5))
            labels, isas = [], []
            for family, isa, _best, _d, _g in rows:
                if isa not in isas:
                    isas.append(isa)
            families = [f for f in FAMILIES if any(r[0] == f for r in rows)]
            width = 0.8 / max(len(isas), 1)
            for index, isa in enumerate(isas):
                values = []
                for family in families:
                    table, _defaults, sizes, _s = self.kernel_table(family)
                    best = next((r[2] for r in rows if r[0] == family and r[1] == isa), None)
                    hot = [s for s in sizes if s.startswith("hot")]
                    values.append(table[(isa, best)][hot[0]] if best and hot else 0)
                ax.bar([i + (index - len(isas) / 2 + 0.5) * width for i in range(len(families))], values, width,
                       label=isa)
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", required=True, help="directory of the benchmark JSON files")
    parser.add_argument("--out", required=True, help="directory for report.md, the plots and the tuning table")
    args = parser.parse_args()
    report = Report(args.raw)
    if report.smax_data is None:
        print("bench-report: %s/softmax.json is missing or unreadable" % args.raw, file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)
    tuning_rows = report.tuning()
    tuning_path = os.path.abspath(os.path.join(args.out, "tuning-table.txt"))
    with open(tuning_path, "w") as stream:
        stream.write(report.tuning_table_text(tuning_rows))
    plots, plot_note = report.plots(args.out)
    with open(os.path.join(args.out, "report.md"), "w") as stream:
        stream.write("\n".join(report.markdown(tuning_rows, plots)) + "\n")
    print("\n".join(report.summary(tuning_path, tuning_rows)))
    if plot_note:
        print("Note: " + plot_note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
