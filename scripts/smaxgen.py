#!/usr/bin/env python3
"""Template preprocessor for smax kernels (standard library only).

A template is C with two additions, in the spirit of XNNPACK's xngen:
  * a line whose first non-blank characters are `$` (but not `${`) is a Python statement:
    `$for N in range(VECTORS):`, `$if ACCUMULATORS > 1:`, `$else:`, `$X = 4`, `$assert ...`;
    a statement ending in `:` opens a block, and the template lines under it are indented one
    level deeper than the statement (the block's first line sets the level); that extra indentation
    is removed from the output;
  * `${expr}` anywhere else is replaced by str(expr), evaluated with the template variables.

The template becomes a small Python program that is run with the variables as globals.
"""

import re
import sys

_SUBSTITUTION = re.compile(r"\$\{([^}]*)\}")


def _indent_of(line):
    return len(line) - len(line.lstrip(" "))


def _text_to_python(text, depth, out):
    """Emits a Python statement that appends one output line with ${} substitutions."""
    parts = []
    position = 0
    for match in _SUBSTITUTION.finditer(text):
        if match.start() > position:
            parts.append(repr(text[position:match.start()]))
        parts.append("str(%s)" % match.group(1))
        position = match.end()
    if position < len(text):
        parts.append(repr(text[position:]))
    expression = " + ".join(parts) if parts else "''"
    out.append(" " * depth + "_emit(%s)" % expression)


def template_to_python(template, path="<template>"):
    """Translates a template into Python source that calls _emit(line) for each output line."""
    out = []
    # Stack of blocks: [indentation of the opening statement, python depth inside the block,
    # indentation of the block's first line (None until seen)].
    blocks = [[-1, 0, 0]]
    for number, raw in enumerate(template.splitlines(), start=1):
        stripped = raw.strip()
        indent = _indent_of(raw)
        if stripped:
            # A non-blank line at or left of a statement's indentation closes that statement's block.
            while len(blocks) > 1 and indent <= blocks[-1][0]:
                blocks.pop()
            if blocks[-1][2] is None:
                blocks[-1][2] = indent
        statement_indent, depth, base = blocks[-1]
        if not stripped:
            _text_to_python("", depth, out)
            continue
        if stripped.startswith("$") and not stripped.startswith("${"):
            code = stripped[1:].strip()
            out.append(" " * depth + code + "  # %s:%d" % (path, number))
            if code.endswith(":"):
                blocks.append([indent, depth + 1, None])
            continue
        if indent < base:
            raise SyntaxError("%s:%d: line is indented less than the first line of its block" % (path, number))
        # Every open block's extra indentation (relative to its statement) is removed from the output.
        extra = sum(block[2] - block[0] for block in blocks[1:])
        _text_to_python(raw[extra:], depth, out)
    return "\n".join(out) + "\n"


# Translated and compiled templates, by (template text, path): generate-all expands each of about a
# hundred templates for several kernels (790 in all), and translating plus compiling took ~90 % of its
# time. A code object is immutable and every expansion runs it in a fresh scope, so reusing it gives
# the same output.
_COMPILED = {}


def _compiled(template, path):
    key = (template, path)
    code = _COMPILED.get(key)
    if code is None:
        code = compile(template_to_python(template, path), path, "exec")
        _COMPILED[key] = code
    return code


def preprocess(template, variables, path="<template>"):
    """Expands a template with the given variables and returns the generated text."""
    lines = []
    scope = dict(variables)
    scope["_emit"] = lines.append
    exec(_compiled(template, path), scope)  # noqa: S102 - templates are part of the repository
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    # Usage: smaxgen.py TEMPLATE [NAME=VALUE ...]; prints the expansion (for debugging templates).
    template_path = sys.argv[1]
    values = {}
    for argument in sys.argv[2:]:
        key, _, value = argument.partition("=")
        values[key] = int(value) if value.lstrip("-").isdigit() else value
    with open(template_path, encoding="utf-8") as handle:
        sys.stdout.write(preprocess(handle.read(), values, template_path))
