"""Correct solutions written independently of the reference, in other styles (loops, np.where, the book's own
conventions, float32 kept), one file each under tests/correct/<chapter>/<problem>/: every one must pass.

Each file's docstring says, on a line `style: ...`, how it differs from the reference.
"""
from __future__ import annotations

import re

import pytest

from conftest import ROOT, feedback
from grader.engine import PASSED

CORRECT = ROOT / "tests" / "correct"
CASES = sorted(CORRECT.glob("ch*/*/*.py"))


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name.split('_')[0]}-{p.stem}" for p in CASES])
def test_correct_solution_passes(path, grade_source):
    source = path.read_text(encoding="utf-8")
    assert re.search(r"^style: .+$", source, re.MULTILINE), f"{path} needs a line 'style: ...' in its docstring"
    result = grade_source(path.parent.name.split("_")[0], source)
    assert result.status == PASSED, feedback(result)
