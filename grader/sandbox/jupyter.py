"""What a notebook cell expects of Jupyter, inside the worker: IPython syntax set aside, Jupyter's names stood in for.

A graded notebook runs as plain Python in the sandboxed worker, not in a kernel. Cells may still hold IPython
magics (`%matplotlib inline`), shell escapes (`!pip install ...`) and help (`np.sum?`), and may call `display()`
or `get_ipython()`: the magics are left out (the report says which), the names do nothing harmful.
"""
from __future__ import annotations

import re
from typing import Any

# Cell magics whose body is ordinary Python: the body runs, the magic line does not.
PYTHON_BODY_MAGICS = {"time", "timeit", "capture", "prun", "debug"}
_ESCAPE = re.compile(r"^(\s*)(?:[%!]|[\w.]+\?\??\s*$|(\w+)\s*=\s*[%!])")


def strip_magics(source: str) -> tuple[str, list[tuple[int, str]]]:
    """The cell as Python, and the (line, text) of every IPython-only line that was left out.

    Line numbers stay those of the cell: a left-out line becomes `pass` (or `name = None` for `name = !ls`),
    with its indentation, so that a magic inside a block keeps the block valid.
    """
    lines = source.splitlines()
    stripped: list[tuple[int, str]] = []
    if lines and lines[0].lstrip().startswith("%%"):
        stripped.append((1, lines[0].strip()))
        if lines[0].strip()[2:].split(" ")[0] not in PYTHON_BODY_MAGICS:
            return "", stripped  # %%bash, %%writefile ...: the body is not Python at all
        lines[0] = ""
    for number, line in enumerate(lines, start=1):
        match = _ESCAPE.match(line)
        if match:
            stripped.append((number, line.strip()))
            indent, name = match.group(1), match.group(2)
            lines[number - 1] = f"{indent}{name} = None" if name else f"{indent}pass"
    return "\n".join(lines), stripped


class _Nothing:
    """Any attribute, any call, any magic: does nothing and returns None (get_ipython().run_line_magic(...))."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args, **kwargs: None

    def __repr__(self) -> str:
        return "<no IPython while grading>"


def _display(*objects: Any, **options: Any) -> None:
    """Jupyter shows rich output; while grading there is nowhere to show it."""


def names() -> dict[str, Any]:
    """The names a Jupyter cell can use without importing them."""
    shell = _Nothing()
    return {"display": _display, "get_ipython": lambda: shell, "In": [""], "Out": {}}
