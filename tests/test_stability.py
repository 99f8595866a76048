"""`python -m grader.dev stability`, small and with fixed seeds: the many-seed run is a maintainer's command."""
from __future__ import annotations

import shutil

from conftest import ROOT
from grader.catalog import select
from grader.stability import measure


def test_reference_and_correct_solutions_pass_on_a_few_fixed_seeds():
    tallies = measure(select(["p225", "p226"]), seeds=[1, 2], jobs=1)
    solutions = {(t.problem_id, t.solution) for t in tallies}
    assert {("p225", "reference"), ("p225", "book_int_division"), ("p226", "counting_windows")} <= solutions
    assert all(t.runs == 2 and not t.failing_seeds for t in tallies), [(t.problem_id, t.solution, t.first_message) for t in tallies]


def test_a_solution_that_fails_is_counted_with_its_seeds_and_first_message(tmp_path):
    folder = tmp_path / "ch07" / "p225_conv_output_size"
    folder.mkdir(parents=True)
    shutil.copyfile(ROOT / "tests" / "wrong" / "ch07" / "p225_conv_output_size" / "precedence.py", folder / "precedence.py")
    tallies = {t.solution: t for t in measure(select(["p225"]), seeds=[3, 4], jobs=1, correct_root=tmp_path)}
    assert tallies["reference"].failing_seeds == []
    assert tallies["precedence"].failing_seeds == [3, 4]
    assert "wrong value" in tallies["precedence"].first_message  # the first failing check's message, in English
