#!/usr/bin/env python3
"""Checks that every accumulator of every multi-accumulator kernel is really used.

XNNPACK's NEON acc2/acc4 kernels index accumulators by ELEMENT offset (`vacc${N % ACCUMULATORS}`
with N stepping by the vector width), so every vector lands in vacc0 and the other accumulators stay
at their initial value: the kernel is correct but has no more independent dependency chains than
the acc1 one. smax indexes accumulators by VECTOR number; this script guards that for every ISA.

For each generated kernel whose file name ends in -acc<N>.c (src/*/gen/ by default), it finds the
kernel function, its main loop (the first `for (; batch >= <ELEMENTS> * sizeof(float); ...)`, or
sizeof(uint16_t) for a 16-bit input), and the accumulator sets: non-const variables declared in the
function before that loop whose names are <prefix>0 ... <prefix><N-1> (vacc0..vacc3, or pairs such as
vm0..vm3 and vd0..vd3). It fails if
  - no accumulator set is found, or
  - an accumulator is not updated inside the main loop (`name = ...`, `name += ...`, or `&name`
    passed to a helper).
With --strict it also fails when the accumulators of a set are updated unequally often (work piled
onto some of them). That is a textual count, so it is opt-in: kernels that update accumulators in
groups (e.g. one max-exponent update per group of vectors) are balanced per vector yet count unequally.

Usage: scripts/check-accumulators.py [--strict] [FILE_OR_DIRECTORY ...]   (standard library only)
Exit status: 0 when every kernel passes, 1 otherwise (each problem is printed).
"""

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = re.compile(r"-x(\d+)-acc(\d+)\.c$")
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
DECLARATION = re.compile(r"^\s*(?!const\b|return\b)[A-Za-z_][\w ]*?[\s*]([A-Za-z_]\w*?)(\d+)\s*(=|;)", re.M)


def matching_brace(text, open_index):
    """Returns the index of the brace closing the one at open_index."""
    depth = 0
    for index in range(open_index, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError("unbalanced braces")


def check_file(path, strict=False):
    """Returns a list of problems found in one generated kernel file."""
    match = NAME.search(os.path.basename(path))
    if not match:
        return []
    elements, accumulators = int(match.group(1)), int(match.group(2))
    with open(path, encoding="utf-8") as handle:
        text = COMMENT.sub("", handle.read())
    # The kernel is the last function defined in the file (helpers come first).
    kernels = list(re.finditer(r"^(?:void|size_t)\s+(smax_\w+_ukernel__\w+)\s*\(", text, re.M))  # size_t: f32-rmaxselect
    if not kernels:
        return ["%s: no kernel function found" % path]
    body_start = text.index("{", kernels[-1].end())
    body = text[body_start:matching_brace(text, body_start) + 1]
    loop = re.search(r"for\s*\(\s*;\s*batch\s*>=\s*%d\s*\*\s*sizeof\((?:float|uint16_t)\)" % elements, body)
    if not loop:
        return ["%s: no main loop over %d elements found" % (path, elements)]
    loop_open = body.index("{", loop.end())
    loop_body = body[loop_open:matching_brace(body, loop_open) + 1]
    prologue = body[:loop.start()]

    declared = {}
    for declaration in DECLARATION.finditer(prologue):
        declared.setdefault(declaration.group(1), set()).add(int(declaration.group(2)))
    expected = set(range(accumulators))
    sets = sorted(prefix for prefix, indices in declared.items() if indices == expected)
    if not sets:
        return ["%s: no accumulator set %s" % (path, ", ".join("<name>%d" % k for k in sorted(expected)))]

    problems = []
    for prefix in sets:
        counts = []
        for k in range(accumulators):
            name = re.escape("%s%d" % (prefix, k))
            updates = re.findall(r"(?<![\w.])%s\s*(?:[-+*/]?=(?!=))|&\s*%s\b" % (name, name), loop_body)
            counts.append(len(updates))
        idle = ["%s%d" % (prefix, k) for k in range(accumulators) if counts[k] == 0]
        if idle:
            problems.append("%s: not updated in the main loop: %s" % (path, ", ".join(idle)))
        elif strict and len(set(counts)) != 1:
            problems.append("%s: accumulators %s%s updated unequally often in the main loop: %s"
                            % (path, prefix, "0..%d" % (accumulators - 1), counts))
    return problems


def main(argv):
    strict = "--strict" in argv
    argv = [argument for argument in argv if argument != "--strict"]
    targets = argv or [os.path.join(ROOT, "src")]
    files = []
    for target in targets:
        if os.path.isdir(target):
            for directory, _, names in os.walk(target):
                files.extend(os.path.join(directory, name) for name in names if NAME.search(name))
        else:
            files.append(target)
    files.sort()
    problems = []
    for path in files:
        problems.extend(check_file(path, strict))
    for problem in problems:
        print("check-accumulators: " + problem)
    if not files:
        print("check-accumulators: no -acc<N> kernel files found")
        return 1
    if problems:
        print("check-accumulators: FAILED (%d problems in %d files)" % (len(problems), len(files)))
        return 1
    print("check-accumulators: %d multi-accumulator kernels use every accumulator" % len(files))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
