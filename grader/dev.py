"""Maintainer tools: `python -m grader.dev stubs` writes exercises/ from the problem declarations."""
from __future__ import annotations

import sys
from pathlib import Path

from grader.catalog import all_problems

ROOT = Path(__file__).resolve().parents[1]


def write_stubs() -> int:
    changed = 0
    for problem in all_problems():
        path = ROOT / "exercises" / problem.path
        rendered = problem.render_stub()
        if not path.is_file() or path.read_text(encoding="utf-8") != rendered:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(rendered, encoding="utf-8")
            changed += 1
    return changed


if __name__ == "__main__":
    if sys.argv[1:] != ["stubs"]:
        sys.exit("usage: python -m grader.dev stubs")
    print(f"{write_stubs()} stubs written")
