"""The operator benchmark case table (bench/operator-cases.h), read by the scripts.

The table lives in the benchmark sources as a raw string, so that the binaries compile it in (CMake and
Bazel alike) and the scripts read the same text: scripts/bench-suite, scripts/bench-report.py and
scripts/bench-fairness-check import this module; none of them lists cases. The grammar is documented in
bench/operator-cases.h; this parser and OperatorCasesOf there must agree (both reject what they do
not understand).
"""

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = os.path.join(ROOT, "bench", "operator-cases.h")
ROLES = ("smax", "peer", "baseline", "memory")


def parse_shape(text):
    match = re.fullmatch(r"([1-9][0-9]*)x([1-9][0-9]*)", text)
    if not match:
        raise ValueError("not a shape <rows>x<channels>: %r" % text)
    return text


def shape_dims(shape):
    rows, channels = (int(x) for x in shape.split("x"))
    return rows, channels


def shape_elements(shape):
    rows, channels = shape_dims(shape)
    return rows * channels


class Table:
    """The parsed table: shape sets, operations, case rows and side-by-side views, in table order."""

    def __init__(self, text, full=False):
        self.sets = {}          # name -> [shape] (default shapes, plus full-shapes when full)
        self.order = []         # every shape, in the order the table first names it
        self.operations = {}    # name -> {"subject", "memory", "title"}
        self.rows = []          # {"operation", "implementation", "binary", "role", "set", "threads"}
        self.side_by_side = []  # {"operation", "set", "implementations"}
        for number, line in enumerate(text.splitlines(), 1):
            fields = line.split("#", 1)[0].split()
            if not fields:
                continue
            kind = fields[0]
            try:
                if kind in ("shapes", "full-shapes"):
                    if len(fields) < 3:
                        raise ValueError("a shape set needs a name and shapes")
                    shapes = self.sets.setdefault(fields[1], [])
                    if kind == "full-shapes" and not full:
                        continue
                    for shape in fields[2:]:
                        shapes.append(parse_shape(shape))
                        if shape not in self.order:
                            self.order.append(shape)
                elif kind == "operation":
                    if len(fields) < 4:
                        raise ValueError("expected 'operation <name> <subject> <memory> <title...>'")
                    self.operations[fields[1]] = {"subject": fields[2], "memory": fields[3],
                                                  "title": " ".join(fields[4:]) or fields[1]}
                elif kind == "case":
                    if len(fields) != 7:
                        raise ValueError("expected 'case <operation> <implementation> <binary> <role> <set> <threads>'")
                    if fields[4] not in ROLES:
                        raise ValueError("role must be one of %s" % ", ".join(ROLES))
                    if fields[6] not in ("1", "all", "1,all"):
                        raise ValueError("threads must be 1, all or 1,all")
                    self.rows.append({"operation": fields[1], "implementation": fields[2], "binary": fields[3],
                                      "role": fields[4], "set": fields[5], "threads": fields[6]})
                elif kind == "side-by-side":
                    if len(fields) < 5:
                        raise ValueError("expected 'side-by-side <operation> <set> <implementation>...'")
                    self.side_by_side.append({"operation": fields[1], "set": fields[2],
                                              "implementations": fields[3:]})
                else:
                    raise ValueError("unknown line kind %r" % kind)
            except ValueError as error:
                raise ValueError("%s: table line %d: %s" % (HEADER, number, error)) from None
        for row in self.rows:
            if row["set"] not in self.sets:
                raise ValueError("%s: unknown shape set %r" % (HEADER, row["set"]))
            if row["operation"] != "memory" and row["operation"] not in self.operations:
                raise ValueError("%s: case of an operation without an 'operation' line: %r" % (HEADER, row["operation"]))

    def binaries(self):
        """The benchmark binaries the table names, in table order."""
        seen = []
        for row in self.rows:
            if row["binary"] not in seen:
                seen.append(row["binary"])
        return seen

    def role(self, operation, implementation):
        for row in self.rows:
            if row["operation"] == operation and row["implementation"] == implementation:
                return row["role"]
        return None

    def binary(self, operation, implementation):
        for row in self.rows:
            if row["operation"] == operation and row["implementation"] == implementation:
                return row["binary"]
        return None

    def cases(self, processors, binary=None):
        """[(operation, implementation, shape, threads)] in run order, as OperatorCasesOf expands them."""
        thread_counts = [1] + ([processors] if processors > 1 else [])
        out = []
        for shape in self.order:
            for threads in thread_counts:
                for row in self.rows:
                    if binary is not None and row["binary"] != binary:
                        continue
                    if (threads == 1 and row["threads"] == "all") or (threads != 1 and row["threads"] == "1"):
                        continue
                    if shape in self.sets[row["set"]]:
                        out.append((row["operation"], row["implementation"], shape, threads))
        return out


def read_table_text(path=HEADER):
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    match = re.search(r'R"table\((.*?)\)table"', source, re.S)
    if not match:
        raise ValueError("%s: no R\"table(...)table\" literal" % path)
    return match.group(1)


def load(full=False, path=HEADER):
    return Table(read_table_text(path), full=full)


def case_name(operation, implementation, shape, threads):
    return "op/%s/%s/%s/threads:%d" % (operation, implementation, shape, threads)


def parse_case_name(name):
    """(operation, implementation, shape, threads) from a benchmark name, or None. Names of the suite
    before the table (op/<implementation>/<shape>/threads:<T>) read as operation softmax, memory for
    memcpy and sum."""
    if name.endswith("/real_time"):
        name = name[:-len("/real_time")]
    parts = name.split("/")
    if parts[0] != "op" or not parts[-1].startswith("threads:"):
        return None
    threads = int(parts[-1].split(":", 1)[1])
    if len(parts) == 5:
        return parts[1], parts[2], parts[3], threads
    if len(parts) == 4:
        operation = "memory" if parts[1] in ("memcpy", "sum") else "softmax"
        return operation, parts[1], parts[2], threads
    return None


def check(bench_dir):
    """Checks that every operator binary in bench_dir registers exactly the table's cases for it, in the
    table's order, in the default and the full suite: the C++ parser (bench/operator-cases.h) and this one
    must agree. Returns the number of disagreements (printed)."""
    import subprocess
    problems = 0
    for full in (False, True):
        table = load(full=full)
        environment = dict(os.environ, SMAX_BENCH_FULL="1" if full else "0")
        for binary in table.binaries():
            path = os.path.join(bench_dir, binary)
            if not os.path.exists(path):
                print("bench_cases: %s not built, not checked" % binary)
                continue
            listed = subprocess.run([path, "--benchmark_list_tests"], capture_output=True, text=True, check=True,
                                    env=environment).stdout.split()
            listed = [name[:-len("/real_time")] if name.endswith("/real_time") else name for name in listed]
            processors = os.cpu_count() or 1
            expected = [case_name(*c) for c in table.cases(processors, binary)]
            if listed != expected:
                problems += 1
                missing = [n for n in expected if n not in listed]
                extra = [n for n in listed if n not in expected]
                print("bench_cases: %s%s registers %d cases, the table gives it %d (missing: %s; extra: %s%s)" % (
                    binary, " (full)" if full else "", len(listed), len(expected), missing[:3], extra[:3],
                    "; same cases in another order" if not missing and not extra else ""))
            else:
                print("bench_cases: %s%s: %d cases, as the table says" % (binary, " (full)" if full else "",
                                                                         len(listed)))
    return problems


def main(argv):
    """Command line for shell scripts: `binaries` prints the binaries the table names, one a line;
    `filter <binary> <role>` prints a --benchmark_filter regex that selects that binary's cases of a role
    (subject: each operation's subject); `check <bench dir>` compares what the built binaries register
    with the table (a CTest)."""
    if len(argv) >= 1 and argv[0] == "binaries":
        print("\n".join(load().binaries()))
        return 0
    if len(argv) == 3 and argv[0] == "filter":
        table = load()
        names = set()
        for row in table.rows:
            if row["binary"] != argv[1]:
                continue
            operation = table.operations.get(row["operation"])
            if argv[2] == "subject" and operation and operation["subject"] == row["implementation"]:
                names.add("%s/%s" % (row["operation"], row["implementation"]))
            elif argv[2] == row["role"]:
                names.add("%s/%s" % (row["operation"], row["implementation"]))
        print("^op/(%s)/" % "|".join(sorted(re.escape(n) for n in names)) if names else "^$")
        return 0
    if len(argv) == 2 and argv[0] == "check":
        return 1 if check(argv[1]) else 0
    print("usage: bench_cases.py binaries | filter <binary> <role|subject> | check <bench dir>", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
