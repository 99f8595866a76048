"""Every problem: its stub matches its declaration and is 'not started', its reference passes, and it has
at least one check that needs no reference solution (so a learner release can grade it)."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, SHARED, feedback
from grader.catalog import all_problems
from grader.engine import MANUAL, NOT_STARTED, PASSED

PROBLEMS = all_problems()
AUTOGRADED = [p for p in PROBLEMS if p.autograded != "no"]
ids = lambda problems: [p.id for p in problems]  # noqa: E731


@pytest.mark.parametrize("problem", PROBLEMS, ids=ids(PROBLEMS))
def test_exercise_file_is_the_rendered_declaration(problem):
    assert (ROOT / "exercises" / problem.path).read_text(encoding="utf-8") == problem.render_stub(), \
        "run `python -m grader.dev stubs`"


@pytest.mark.parametrize("problem", PROBLEMS, ids=ids(PROBLEMS))
def test_reference_solution_sits_at_the_mirrored_path(problem):
    assert (ROOT / "reference" / problem.path).is_file()


@pytest.mark.parametrize("problem", PROBLEMS, ids=ids(PROBLEMS))
def test_stub_declares_every_name_to_implement(problem):
    assert set(problem.names) <= set(problem.signatures), "names missing from the stub"


@pytest.mark.parametrize("problem", AUTOGRADED, ids=ids(AUTOGRADED))
def test_reference_solution_passes(problem, grade_reference):
    result = grade_reference(problem.id)
    assert result.status == PASSED, feedback(result)


@pytest.mark.parametrize("problem", AUTOGRADED, ids=ids(AUTOGRADED))
def test_untouched_stub_runs_as_not_started(problem, grade_source):
    # The trailing comment defeats the grader's "file equals stub" shortcut, so the stub really runs.
    result = grade_source(problem.id, problem.render_stub() + "# touched\n")
    assert result.status == NOT_STARTED, feedback(result)


@pytest.mark.parametrize("problem", AUTOGRADED, ids=ids(AUTOGRADED))
def test_problem_has_a_check_that_needs_no_reference(problem):
    assert any(not check.needs_reference for check in problem.checks)


@pytest.mark.parametrize("problem", [p for p in PROBLEMS if p.autograded == "no"],
                         ids=ids([p for p in PROBLEMS if p.autograded == "no"]))
def test_manual_problem_is_a_self_check(problem, grade_reference):
    assert grade_reference(problem.id).status == MANUAL


def test_every_declared_problem_is_in_the_course_catalog():
    catalog_path = SHARED / "catalog" / "problems.json"
    if not catalog_path.is_file():
        pytest.skip("../shared/catalog is not beside this checkout")
    catalog = {entry["id"]: entry for entry in json.loads(catalog_path.read_text(encoding="utf-8"))}
    for problem in PROBLEMS:
        assert problem.id in catalog
        assert problem.chapter == catalog[problem.id]["chapter"], problem.id
        assert problem.autograded == catalog[problem.id]["autogradable"], problem.id


# Chapters whose every catalog problem is in the product; a chapter joins when its last problem lands.
COMPLETE_CHAPTERS = {"ch01", "ch02", "ch03", "ch04", "ch05", "ch06", "ch07"}


def test_every_catalog_problem_of_a_complete_chapter_is_declared():
    catalog_path = SHARED / "catalog" / "problems.json"
    if not catalog_path.is_file():
        pytest.skip("../shared/catalog is not beside this checkout")
    catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
    declared = {p.id for p in PROBLEMS}
    assert not [e["id"] for e in catalog if e["chapter"] in COMPLETE_CHAPTERS and e["id"] not in declared]
