"""Shared fixtures: one sandbox (one zygote) for the whole run, and a helper that grades a source text."""
from __future__ import annotations

from pathlib import Path

import os

import pytest
from hypothesis import HealthCheck, settings

from grader.catalog import by_id
from grader.engine import Grader, Options, ProblemResult
from grader.sandbox.runner import Sandbox

# Property tests in this suite: deterministic in CI, a little wider on a developer's machine.
settings.register_profile("ci", derandomize=True, max_examples=30, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow], database=None)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sandbox():
    box = Sandbox()
    yield box
    box.close()


def feedback(result: ProblemResult) -> str:
    """Everything the report would tell the learner, in both languages, as one string."""
    parts = []
    for message in result.messages:
        parts += [message.ko, message.en]
    for check in result.checks:
        for text in (check.message, check.hint):
            if text:
                parts += [text.ko, text.en]
        parts += [check.expected or "", check.actual or ""]
    return "\n".join(parts)


@pytest.fixture(scope="session")
def grade_source(sandbox, tmp_path_factory):
    """grade_source(problem_id, source, extra_files={}) -> ProblemResult, graded in the sandbox (ci profile)."""

    def run(problem_id: str, source: str, extra_files: dict[str, str] | None = None) -> ProblemResult:
        problem = by_id()[problem_id]
        workspace = tmp_path_factory.mktemp("workspace")
        path = workspace / problem.path
        path.parent.mkdir(parents=True)
        path.write_text(source, encoding="utf-8")
        for name, content in (extra_files or {}).items():
            (workspace / name).parent.mkdir(parents=True, exist_ok=True)
            (workspace / name).write_text(content, encoding="utf-8")
        return Grader(sandbox, Options(workspace=workspace, profile="ci", seed=0)).grade(problem)

    return run


@pytest.fixture(scope="session")
def grade_reference(sandbox):
    grader = Grader(sandbox, Options(workspace=ROOT / "reference", reference=True, profile="ci", seed=0))
    return lambda problem_id: grader.grade(by_id()[problem_id])
