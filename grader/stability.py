"""Does a correct solution pass on every seed? Grade the reference and every solution in tests/correct/ over many
random seeds, as a learner's `grade` does (learner profile, a fresh seed each run), and count the failures.

`python -m grader.dev stability [TARGETS] --seeds N [--jobs J]`; a verdict that fails a correct solution on some
seed is a bug in the check, and the failing seed replays it: `grade pNNN --seed S`.
"""
from __future__ import annotations

import random
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from grader.catalog import by_id
from grader.engine import PASSED, Grader, Options, ProblemResult
from grader.spec import Problem

ROOT = Path(__file__).resolve().parents[1]
CORRECT = ROOT / "tests" / "correct"
REFERENCE = "reference"


@dataclass(frozen=True)
class Run:
    """One grading: a problem, a solution (the reference, or a file in tests/correct/), a seed."""

    problem_id: str
    solution: str  # "reference" or the correct solution's file stem
    workspace: str  # where the solution's file sits at the problem's path (the reference folder for the reference)
    seed: int


@dataclass
class Tally:
    problem_id: str
    solution: str
    runs: int = 0
    failing_seeds: list[int] = field(default_factory=list)
    first_message: str = ""


def solutions(problem: Problem, correct_root: Path = CORRECT) -> list[tuple[str, Path | None]]:
    """(name, file) of the reference (file None) and of every correct solution kept for the problem."""
    files = sorted((correct_root / problem.chapter / problem.module).glob("*.py"))
    return [(REFERENCE, None)] + [(path.stem, path) for path in files]


def failure_summary(result: ProblemResult) -> str:
    """The first thing that went wrong, in English, on one line."""
    for check in result.checks:
        if check.status != PASSED and check.message is not None:
            return f"{check.title.en}: {check.message.en}".replace("\n", " ")[:200]
    messages = [m.en for m in result.messages]
    return f"{result.status}: {' '.join(messages)}".replace("\n", " ")[:200]


def grade_run(run: Run, sandbox) -> tuple[Run, str, str]:
    """(run, status, first failure or "")."""
    reference = run.solution == REFERENCE
    options = Options(workspace=Path(run.workspace), reference=reference, profile="learner", seed=run.seed)
    result = Grader(sandbox, options).grade(by_id()[run.problem_id])
    return run, result.status, "" if result.status == PASSED else failure_summary(result)


def measure(problems: list[Problem], seeds: list[int], jobs: int = 1, correct_root: Path = CORRECT,
            on_result: Callable[[int, int, Run, str, str], None] = lambda done, total, run, status, message: None
            ) -> list[Tally]:
    """Grade every solution of every problem once per seed, on `jobs` processes; one Tally per (problem, solution)."""
    scratch = Path(tempfile.mkdtemp(prefix="dlscratch-stability-"))
    try:
        runs, tallies = [], {}
        for problem in problems:
            if problem.autograded == "no":
                continue
            for number, (name, path) in enumerate(solutions(problem, correct_root)):
                workspace = ROOT / "reference" if path is None else scratch / f"{problem.id}-{number}"
                if path is not None:  # the file alone at its problem's path, as tests/test_correct_solutions.py grades it
                    (workspace / problem.chapter).mkdir(parents=True)
                    shutil.copyfile(path, workspace / problem.path)
                tallies[problem.id, name] = Tally(problem.id, name)
                runs += [Run(problem.id, name, str(workspace), seed) for seed in seeds]
        for done, (run, status, message) in enumerate(_grade_everywhere(runs, jobs), 1):
            tally = tallies[run.problem_id, run.solution]
            tally.runs += 1
            if status != PASSED:
                tally.failing_seeds.append(run.seed)
                tally.first_message = tally.first_message or message
            on_result(done, len(runs), run, status, message)
        for tally in tallies.values():
            tally.failing_seeds.sort()
        return list(tallies.values())
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


_process_sandbox = None  # a pool process's own zygote, started once


def _start_process() -> None:
    global _process_sandbox
    from grader.sandbox.runner import Sandbox

    _process_sandbox = Sandbox()


def _grade_in_process(run: Run) -> tuple[Run, str, str]:
    return grade_run(run, _process_sandbox)


def _grade_everywhere(runs: list[Run], jobs: int) -> Iterator[tuple[Run, str, str]]:
    """Results as they come; one process (and one zygote) per job."""
    if jobs <= 1:
        from grader.sandbox.runner import Sandbox

        sandbox = Sandbox()
        try:
            for run in runs:
                yield grade_run(run, sandbox)
        finally:
            sandbox.close()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_start_process) as pool:
        for future in as_completed([pool.submit(_grade_in_process, run) for run in runs]):
            yield future.result()


def random_seeds(count: int) -> list[int]:
    """Seeds as `grade` draws them when none is given."""
    return [random.randrange(2**31) for _ in range(count)]


def render(tallies: list[Tally], console) -> None:
    from rich import box
    from rich.table import Table

    for problem_id in dict.fromkeys(t.problem_id for t in tallies):
        table = Table(title=problem_id, title_justify="left", box=box.SIMPLE_HEAD)
        for column in ("solution", "runs", "failures", "failing seeds", "first failure"):
            table.add_column(column, overflow="fold")
        for tally in (t for t in tallies if t.problem_id == problem_id):
            seeds = ", ".join(map(str, tally.failing_seeds[:8])) + (" …" if len(tally.failing_seeds) > 8 else "")
            table.add_row(tally.solution, str(tally.runs), str(len(tally.failing_seeds)), seeds, tally.first_message)
        console.print(table)
    failed = [t for t in tallies if t.failing_seeds]
    runs = sum(t.runs for t in tallies)
    console.print(f"{runs} runs of {len(tallies)} solutions: "
                  + (f"{len(failed)} solutions failed on some seed" if failed else "no failure"))
