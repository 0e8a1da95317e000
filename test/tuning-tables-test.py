#!/usr/bin/env python3
"""scripts/tuning_tables.py, as the build runs it: it accepts the committed tables (tuning/*.table) and the
old three-column build-time format, writes the rows src/init.c expects, and refuses every broken table
with an error that names the file and line. Each broken case is a copy of the committed tables with one
change, so a check that stops working makes this test fail.

Usage: tuning-tables-test.py REPOSITORY
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
SCRIPT = os.path.join(ROOT, "scripts", "tuning_tables.py")
COMMITTED = sorted(glob.glob(os.path.join(ROOT, "tuning", "*.table")))
failures = []


def run(*arguments):
    return subprocess.run([sys.executable, SCRIPT] + list(arguments), capture_output=True, text=True)


def kernels(family, isa):
    with open(os.path.join(ROOT, "src", family, "gen", family + ".inc"), encoding="utf-8") as handle:
        return re.findall(r"^SMAX_UKERNEL\([a-z0-9_]+, %s, ([A-Za-z0-9_]+)," % isa, handle.read(), re.M)


def check(condition, message):
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        failures.append(message)


def copy_committed(work):
    directory = os.path.join(work, "tuning")
    os.makedirs(directory)
    for path in COMMITTED:
        shutil.copy(path, directory)
    return directory


def expect_failure(description, edit, pattern):
    """Copies the committed tables, applies edit(directory), and expects the check to fail, naming a place."""
    with tempfile.TemporaryDirectory() as work:
        directory = copy_committed(work)
        edit(directory)
        tables = sorted(glob.glob(os.path.join(directory, "*.table")))
        result = run("check", "--root", ROOT, *tables)
        message = result.stderr.strip()
        check(result.returncode != 0 and re.search(pattern, message) is not None,
              "refused: %s (%s)" % (description, message or "accepted"))


def write(directory, name, text):
    with open(os.path.join(directory, name), "w", encoding="utf-8") as handle:
        handle.write(text)


def append(directory, name, text):
    with open(os.path.join(directory, name), "a", encoding="utf-8") as handle:
        handle.write(text)


def main():
    check(any(os.path.basename(p) == "generic.table" for p in COMMITTED), "tuning/generic.table is committed")
    result = run("check", "--root", ROOT, *COMMITTED)
    check(result.returncode == 0, "the committed tables pass the check (%s)" % result.stderr.strip())

    rmax_avx512f = kernels("f32-rmax", "avx512f")
    rmax_avx2 = kernels("f32-rmax", "avx2")
    rmax_neon = kernels("f32-rmax", "neon")
    vmulc_avx512f = kernels("f32-vmulc", "avx512f")
    assert rmax_avx512f and rmax_avx2 and rmax_neon and vmulc_avx512f

    with tempfile.TemporaryDirectory() as work:
        # The old three-column build-time format (scripts/bench-suite's tuning-table.txt) is accepted.
        old = os.path.join(work, "tuning-table.txt")
        write(work, "tuning-table.txt", "# old format\nf32-rmax avx512f %s\nf32-rmax neon %s\n" % (rmax_avx512f[0], rmax_neon[0]))
        inc = os.path.join(work, "old.inc")
        result = run("inc", "--root", ROOT, "--override", "--out", inc, old)
        text = open(inc).read() if result.returncode == 0 else ""
        check(result.returncode == 0 and "SMAX_TUNING(build, \"build\", \"%s\", 0, 0)" % old in text and
              "#if SMAX_ENABLE_NEON\nSMAX_TUNING_UKERNEL(build, f32_rmax, neon, %s)\n#endif" % rmax_neon[0] in text,
              "a three-column build-time table becomes the build table's rows, each under its ISA's #if")

        # A committed set with an ARM table: its rows, and the generic table first.
        directory = copy_committed(work)
        write(directory, "arm-test.table",
              "cpu arm implementer 0x41 part 0xd40-0xd4f\ncrossover auto-two-pass none\ncrossover streaming-stores 4096\n"
              "f32-rmax neon %s\n" % rmax_neon[0])
        inc = os.path.join(work, "cpu.inc")
        result = run("inc", "--root", ROOT, "--out", inc, *sorted(glob.glob(os.path.join(directory, "*.table"))))
        text = open(inc).read() if result.returncode == 0 else ""
        rows = [line for line in text.splitlines() if line.startswith("SMAX_TUNING(")]
        check(result.returncode == 0 and rows and rows[0].startswith("SMAX_TUNING(generic, ") and
              "SMAX_TUNING(arm_test, \"arm-test\", \"%s\", SIZE_MAX, 4096)" % os.path.relpath(
                  os.path.join(directory, "arm-test.table"), ROOT) in text and
              "SMAX_TUNING_CPU(arm_test, arm, 0x41, 0, 0xd40, 0xd4f)" in text,
              "an ARM table: its cpu line as MIDR fields, 'none' as SIZE_MAX, both crossovers, the generic table first (%s)" %
              result.stderr.strip())

    cpu_zen3 = "cpu x86 vendor amd family 0x19 model 0x00-0x0f\n"
    expect_failure("a kernel that does not exist",
                   lambda d: write(d, "t.table", cpu_zen3 + "f32-rmax avx512f smax_f32_rmax_ukernel__avx512f_x7\n"),
                   r"t\.table:2: .* is not a avx512f kernel of f32-rmax")
    expect_failure("a kernel of another ISA",
                   lambda d: write(d, "t.table", cpu_zen3 + "f32-rmax avx512f %s\n" % rmax_avx2[0]),
                   r"t\.table:2: .* is not a avx512f kernel")
    expect_failure("a kernel of another family",
                   lambda d: write(d, "t.table", cpu_zen3 + "f32-rmax avx512f %s\n" % vmulc_avx512f[0]),
                   r"t\.table:2: .* is not a avx512f kernel of f32-rmax")
    expect_failure("one (family, ISA) twice",
                   lambda d: write(d, "t.table", cpu_zen3 + "f32-rmax avx512f %s\nf32-rmax avx512f %s\n"
                                   % (rmax_avx512f[0], rmax_avx512f[-1])),
                   r"t\.table:3: a second row for f32-rmax avx512f")
    expect_failure("a family that does not exist",
                   lambda d: write(d, "t.table", cpu_zen3 + "f32-nothing avx512f x\n"), r"t\.table:2: 'f32-nothing'")
    expect_failure("two tables claiming one CPU",
                   lambda d: (write(d, "a.table", "cpu x86 vendor amd family 0x19 model 0x00-0x0f\n"),
                              write(d, "b.table", "cpu x86 vendor amd family 0x19 model 0x0f-0x10\n")),
                   r"b\.table:1: .* overlaps .*a\.table:1")
    expect_failure("a table without cpu lines", lambda d: write(d, "t.table", "crossover auto-two-pass 1000\n"),
                   r"t\.table: no cpu line")
    expect_failure("a reversed model range",
                   lambda d: write(d, "t.table", "cpu x86 vendor amd family 0x19 model 0x1f-0x10\n"),
                   r"t\.table:1: model range")
    expect_failure("a model beyond 8 bits",
                   lambda d: write(d, "t.table", "cpu x86 vendor amd family 0x19 model 0x100\n"), r"t\.table:1: model range")
    expect_failure("a malformed cpu line", lambda d: write(d, "t.table", "cpu x86 amd 0x19 0x11\n"), r"t\.table:1: expected")
    expect_failure("a vendor that is no cpuinfo name",
                   lambda d: write(d, "t.table", "cpu x86 vendor AuthenticAMD family 0x19 model 0x11\n"), r"t\.table:1: vendor")
    expect_failure("an unknown statement", lambda d: write(d, "t.table", cpu_zen3 + "cache 32M\n"), r"t\.table:2: 'cache'")
    expect_failure("a crossover of 0", lambda d: write(d, "t.table", cpu_zen3 + "crossover auto-two-pass 0\n"),
                   r"t\.table:2: a crossover of 0")
    expect_failure("an unknown crossover", lambda d: write(d, "t.table", cpu_zen3 + "crossover split-row 1000\n"),
                   r"t\.table:2: expected 'crossover")
    expect_failure("a name that is not the file's",
                   lambda d: write(d, "t.table", "name other\n" + cpu_zen3), r"t\.table: name 'other' differs")
    expect_failure("no generic table", lambda d: (write(d, "t.table", cpu_zen3), os.remove(os.path.join(d, "generic.table"))),
                   r"no generic\.table")
    expect_failure("a cpu line in the generic table", lambda d: append(d, "generic.table", cpu_zen3),
                   r"generic\.table: the generic table holds crossovers only")
    expect_failure("a kernel row in the generic table",
                   lambda d: append(d, "generic.table", "f32-rmax avx512f %s\n" % rmax_avx512f[0]),
                   r"generic\.table: the generic table holds crossovers only")
    expect_failure("a generic table without its crossovers",
                   lambda d: write(d, "generic.table", "name generic\n"), r"generic\.table: the generic table needs")
    expect_failure("a generic table without the streaming-stores crossover",
                   lambda d: write(d, "generic.table", "name generic\ncrossover auto-two-pass 1000\n"),
                   r"generic\.table: the generic table needs every crossover \(missing: streaming-stores\)")
    expect_failure("a second streaming-stores crossover",
                   lambda d: write(d, "t.table", cpu_zen3 + "crossover streaming-stores 1000\ncrossover streaming-stores none\n"),
                   r"t\.table:3: a second crossover streaming-stores")

    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
