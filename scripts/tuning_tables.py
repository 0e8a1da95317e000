#!/usr/bin/env python3
"""Reads and checks smax tuning tables and writes them as the X-macro rows src/init.c includes.

A tuning table holds what was measured on one CPU: the kernel to use per (family, ISA), the row
length from which the auto algorithm takes two passes over memory, and the row length from which the
output passes use streaming (non-temporal) stores. Format (tuning/README.md has the
whole story), one statement per line, fields separated by blanks, '#' starts a comment:

  name       <name>                                        optional; the file's stem if absent
  cpu x86    vendor <cpuinfo vendor> family <hex> model <first>[-<last>]
  cpu arm    implementer <hex> part <first>[-<last>]      (MIDR fields)
  crossover  auto-two-pass <elements>|none
  crossover  streaming-stores <elements>|none
  <family>   <isa>  <kernel>                              e.g. f32-rmax avx512f smax_f32_rmax_ukernel__avx512f_x64_acc4

The committed tables (tuning/*.table) are compiled into the library: smax_initialize() uses the one
whose cpu lines match the running CPU, else tuning/generic.table (no cpu lines, no kernel rows: the
generic kernels are the family tables' `default` column; only the generic crossovers). A build-time
table (CMake -DSMAX_TUNING_TABLE, scripts/bench-suite's tuning-table.txt, the old three-column format
is a subset of this one) overrides both on any CPU: its cpu lines, if any, are checked and ignored.

Checks: every kernel is a kernel of that family and ISA (src/<family>/gen/<family>.inc), a (family,
ISA) pair appears once per table, cpu ranges are well formed and no two committed tables claim the
same CPU, names are unique, generic.table exists.

Usage:
  tuning_tables.py inc --root ROOT --out FILE TABLE...             the committed tables -> X-macro rows
  tuning_tables.py inc --root ROOT --out FILE --override TABLE     a build-time table -> X-macro rows
  tuning_tables.py check --root ROOT TABLE...                        checks only (exit 1 on an error)

Output rows (all of them inside the ISA's #if SMAX_ENABLE_<ISA> where they name a kernel):
  SMAX_TUNING(id, "name", "source", auto_two_pass_elements, streaming_store_elements)
                                         each 0: not measured (generic's); SIZE_MAX: never
  SMAX_TUNING_CPU(id, x86, cpuinfo_vendor_<vendor>, family, first_model, last_model)
  SMAX_TUNING_CPU(id, arm, implementer, 0, first_part, last_part)
  SMAX_TUNING_UKERNEL(id, family_id, isa, kernel)
Standard library only.
"""

import argparse
import os
import re
import sys

GENERIC = "generic"
OVERRIDE_ID = "build"
CROSSOVERS = ("auto-two-pass", "streaming-stores")
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_VENDOR = re.compile(r"^[a-z][a-z_]*$")
_UKERNEL_ROW = re.compile(r"^SMAX_UKERNEL\(([a-z0-9_]+), ([a-z0-9]+), ([A-Za-z0-9_]+),")


class TuningError(Exception):
    pass


class Cpu:
    """One cpu line: arch 'x86' (vendor name, family, model range) or 'arm' (implementer, part range)."""

    def __init__(self, arch, vendor, family, first, last, where):
        self.arch, self.vendor, self.family, self.first, self.last, self.where = arch, vendor, family, first, last, where

    def key(self):
        return (self.arch, self.vendor, self.family)

    def describe(self):
        if self.arch == "x86":
            return "x86 %s family 0x%x model 0x%x-0x%x" % (self.vendor, self.family, self.first, self.last)
        return "arm implementer 0x%x part 0x%x-0x%x" % (self.vendor, self.first, self.last)

    def matches(self, identity):
        """identity: (arch, vendor, family, model) as smax's struct smax_cpu_identity holds it."""
        arch, vendor, family, model = identity
        return (arch, vendor, family) == self.key() and self.first <= model <= self.last


class Tuning:
    def __init__(self, path, source):
        self.path = path
        self.source = source  # as recorded in the library: relative to the repository for committed tables
        self.name = os.path.splitext(os.path.basename(path))[0]
        self.named = False
        self.cpus = []
        self.crossovers = {}
        self.kernels = []  # (family, isa, kernel, where)

    def identifier(self):
        return self.name.replace("-", "_")


def _rows(path):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            fields = line.split("#", 1)[0].split()
            if fields:
                yield number, fields


def read_families(root):
    return [fields[0] for _n, fields in _rows(os.path.join(root, "src", "families.table"))]


def read_kernels(root, family):
    """{(isa, kernel)} of a family, from its generated table."""
    kernels = set()
    path = os.path.join(root, "src", family, "gen", family + ".inc")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            match = _UKERNEL_ROW.match(line)
            if match:
                kernels.add((match.group(2), match.group(3)))
    return kernels


def _number(text, where, what):
    try:
        value = int(text, 0)
    except ValueError:
        raise TuningError("%s: %s '%s' is not a number (decimal or 0x...)" % (where, what, text))
    if value < 0:
        raise TuningError("%s: %s must not be negative" % (where, what))
    return value


def _range(text, where, what, limit):
    first, _, last = text.partition("-")
    first = _number(first, where, what)
    last = _number(last, where, what) if last else first
    if first > last or last > limit:
        raise TuningError("%s: %s range '%s' must be first-last with first <= last <= 0x%x" % (where, what, text, limit))
    return first, last


def _cpu(fields, where):
    # cpu x86 vendor V family F model M[-N]   |   cpu arm implementer I part P[-Q]
    if len(fields) >= 2 and fields[1] == "x86":
        if len(fields) != 8 or fields[2::2] != ["vendor", "family", "model"]:
            raise TuningError("%s: expected 'cpu x86 vendor <name> family <hex> model <first>[-<last>]'" % where)
        vendor = fields[3]
        if not _VENDOR.match(vendor):
            raise TuningError("%s: vendor '%s' is not a cpuinfo vendor name (amd, intel, hygon, ...)" % (where, vendor))
        first, last = _range(fields[7], where, "model", 0xFF)
        return Cpu("x86", vendor, _number(fields[5], where, "family"), first, last, where)
    if len(fields) >= 2 and fields[1] == "arm":
        if len(fields) != 6 or fields[2::2] != ["implementer", "part"]:
            raise TuningError("%s: expected 'cpu arm implementer <hex> part <first>[-<last>]'" % where)
        implementer = _number(fields[3], where, "implementer")
        if implementer > 0xFF:
            raise TuningError("%s: implementer is 8 bits of MIDR" % where)
        first, last = _range(fields[5], where, "part", 0xFFF)
        return Cpu("arm", implementer, 0, first, last, where)
    raise TuningError("%s: expected 'cpu x86 ...' or 'cpu arm ...'" % where)


def parse(path, root, source=None, kernels_by_family=None):
    """Reads one table; raises TuningError naming the file and line of the first problem."""
    families = read_families(root)
    kernels_by_family = {} if kernels_by_family is None else kernels_by_family
    tuning = Tuning(path, source or path)
    seen = {}
    for number, fields in _rows(path):
        where = "%s:%d" % (path, number)
        keyword = fields[0]
        if keyword == "name":
            if len(fields) != 2 or not _NAME.match(fields[1]):
                raise TuningError("%s: expected 'name <lowercase-name>'" % where)
            if tuning.named:
                raise TuningError("%s: a second name line" % where)
            tuning.name, tuning.named = fields[1], True
        elif keyword == "cpu":
            tuning.cpus.append(_cpu(fields, where))
        elif keyword == "crossover":
            if len(fields) != 3 or fields[1] not in CROSSOVERS:
                raise TuningError("%s: expected 'crossover <%s> <elements>|none'" % (where, "|".join(CROSSOVERS)))
            if fields[1] in tuning.crossovers:
                raise TuningError("%s: a second crossover %s" % (where, fields[1]))
            value = None if fields[2] == "none" else _number(fields[2], where, "crossover")
            if value == 0:
                raise TuningError("%s: a crossover of 0 elements: write the shortest row length measured" % where)
            tuning.crossovers[fields[1]] = value
        elif keyword in families:
            if len(fields) != 3:
                raise TuningError("%s: expected '<family> <isa> <kernel>', got '%s'" % (where, " ".join(fields)))
            family, isa, kernel = fields
            if family not in kernels_by_family:
                kernels_by_family[family] = read_kernels(root, family)
            if (isa, kernel) not in kernels_by_family[family]:
                raise TuningError("%s: %s is not a %s kernel of %s (see src/%s/gen/%s.inc)"
                                  % (where, kernel, isa, family, family, family))
            if (family, isa) in seen:
                raise TuningError("%s: a second row for %s %s (first at line %d)" % (where, family, isa, seen[(family, isa)]))
            seen[(family, isa)] = number
            tuning.kernels.append((family, isa, kernel, where))
        else:
            raise TuningError("%s: '%s' is neither name, cpu, crossover nor a kernel family of src/families.table"
                              % (where, keyword))
    return tuning


def check_committed(tunings):
    """The rules for the set compiled into the library."""
    names = {}
    for tuning in tunings:
        stem = os.path.splitext(os.path.basename(tuning.path))[0]
        if tuning.name != stem:
            raise TuningError("%s: name '%s' differs from the file name" % (tuning.path, tuning.name))
        if tuning.name == OVERRIDE_ID:
            raise TuningError("%s: '%s' is the build-time table's name" % (tuning.path, OVERRIDE_ID))
        if tuning.name in names:
            raise TuningError("%s: a second table named %s (%s)" % (tuning.path, tuning.name, names[tuning.name]))
        names[tuning.name] = tuning.path
        if tuning.name == GENERIC:
            if tuning.cpus or tuning.kernels:
                raise TuningError("%s: the generic table holds crossovers only (its kernels are the family tables' "
                                  "default column, and it matches every CPU no other table matches)" % tuning.path)
            missing = [c for c in CROSSOVERS if c not in tuning.crossovers]
            if missing:
                raise TuningError("%s: the generic table needs every crossover (missing: %s)" % (tuning.path, ", ".join(missing)))
        elif not tuning.cpus:
            raise TuningError("%s: no cpu line: say which CPUs the measurements apply to" % tuning.path)
    if GENERIC not in names:
        raise TuningError("no %s.table among the tuning tables" % GENERIC)
    claimed = []
    for tuning in tunings:
        for cpu in tuning.cpus:
            for other_tuning, other in claimed:
                if cpu.key() == other.key() and cpu.first <= other.last and other.first <= cpu.last:
                    raise TuningError("%s: %s overlaps %s (%s)" % (cpu.where, cpu.describe(), other.describe(), other.where))
            claimed.append((tuning, cpu))


def _c_string(text):
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"')


def _crossover_value(value):
    """None ('none': the longer rows' choice never won) is SIZE_MAX; 0 (no crossover line) stays 0."""
    return "SIZE_MAX" if value is None else str(value)


def inc_text(tunings, override=False):
    text = ["// Generated by scripts/tuning_tables.py from %s: do not edit.\n" %
            ("the build-time tuning table" if override else "tuning/*.table"),
            "// SMAX_TUNING(id, name, source, auto_two_pass_elements, streaming_store_elements),\n",
            "// SMAX_TUNING_CPU(id, arch, vendor, family, first, last),\n",
            "// SMAX_TUNING_UKERNEL(id, family, isa, kernel); see scripts/tuning_tables.py.\n",
            "// clang-format off\n"]
    # The generic table first: init.c takes index 0 as the fallback.
    ordered = sorted(tunings, key=lambda t: (t.name != GENERIC, t.name))
    for tuning in ordered:
        ident = OVERRIDE_ID if override else tuning.identifier()
        name = OVERRIDE_ID if override else tuning.name
        crossovers = ", ".join(_crossover_value(tuning.crossovers.get(c, 0)) for c in CROSSOVERS)
        text.append("SMAX_TUNING(%s, %s, %s, %s)\n" % (ident, _c_string(name), _c_string(tuning.source), crossovers))
    for tuning in ordered if not override else []:
        for cpu in tuning.cpus:
            if cpu.arch == "x86":
                text.append("SMAX_TUNING_CPU(%s, x86, cpuinfo_vendor_%s, 0x%x, 0x%x, 0x%x)\n"
                            % (tuning.identifier(), cpu.vendor, cpu.family, cpu.first, cpu.last))
            else:
                text.append("SMAX_TUNING_CPU(%s, arm, 0x%x, 0, 0x%x, 0x%x)\n"
                            % (tuning.identifier(), cpu.vendor, cpu.first, cpu.last))
    for tuning in ordered:
        ident = OVERRIDE_ID if override else tuning.identifier()
        for family, isa, kernel, _where in tuning.kernels:
            text.append("#if SMAX_ENABLE_%s\nSMAX_TUNING_UKERNEL(%s, %s, %s, %s)\n#endif\n"
                        % (isa.upper(), ident, family.replace("-", "_"), isa, kernel))
    return "".join(text)


def write_if_changed(path, text):
    """Leaves an unchanged file alone, so that its users are not rebuilt."""
    try:
        with open(path, encoding="utf-8") as handle:
            if handle.read() == text:
                return
    except OSError:
        pass
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)


def read_committed(root, paths):
    kernels = {}
    tunings = []
    for path in paths:
        absolute = os.path.abspath(path)
        source = os.path.relpath(absolute, os.path.abspath(root))
        tunings.append(parse(path, root, source=source, kernels_by_family=kernels))
    check_committed(tunings)
    return tunings


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("inc", "check"))
    parser.add_argument("--root", required=True, help="the repository (src/families.table, src/<family>/gen/)")
    parser.add_argument("--out", help="the .inc to write (inc)")
    parser.add_argument("--override", action="store_true", help="one build-time table, applied on any CPU")
    parser.add_argument("tables", nargs="+")
    args = parser.parse_args(argv)
    try:
        if args.override:
            if len(args.tables) != 1:
                raise TuningError("--override takes one table")
            path = os.path.abspath(args.tables[0])
            tunings = [parse(path, args.root, source=path)]
        else:
            tunings = read_committed(args.root, args.tables)
    except (TuningError, OSError) as error:
        print("smax: tuning table: %s" % error, file=sys.stderr)
        return 1
    if args.command == "inc":
        if not args.out:
            parser.error("inc needs --out")
        write_if_changed(args.out, inc_text(tunings, override=args.override))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
