"""Every problem the product knows, discovered from `grader/problems/chNN/<id>_<slug>.py` (each defines PROBLEM).

The file names alone are the index (id, chapter, catalog order), so naming problems costs no import; a problem's
declaration (which imports NumPy and the checks) is loaded only when that problem is used.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from functools import lru_cache

import grader.problems
from grader.spec import Problem

CHAPTER = re.compile(r"^ch\d\d$")


@dataclass(frozen=True)
class Entry:
    """A problem as its file name tells it: enough to find, order and load it."""

    id: str
    chapter: str
    module: str


@lru_cache(maxsize=1)
def index() -> tuple[Entry, ...]:
    """Every problem in catalog order (chapter, then file name), read from the folder listing only."""
    entries = []
    for chapter in sorted(m.name for m in pkgutil.iter_modules(grader.problems.__path__) if CHAPTER.match(m.name)):
        folder = [f"{path}/{chapter}" for path in grader.problems.__path__]
        for module in sorted(m.name for m in pkgutil.iter_modules(folder) if not m.ispkg):
            entries.append(Entry(module.split("_", 1)[0], chapter, module))
    return tuple(entries)


@lru_cache(maxsize=None)
def get(problem_id: str) -> Problem:
    """One problem's declaration, importing its module alone (KeyError for an unknown id)."""
    entry = {e.id: e for e in index()}[problem_id]
    problem = importlib.import_module(f"grader.problems.{entry.chapter}.{entry.module}").PROBLEM
    assert (problem.id, problem.chapter, problem.module) == (entry.id, entry.chapter, entry.module), \
        f"{entry.module} declares {problem.id}"
    return problem


@lru_cache(maxsize=1)
def all_problems() -> tuple[Problem, ...]:
    return tuple(get(e.id) for e in index())


def by_id() -> dict[str, Problem]:
    return {p.id: p for p in all_problems()}


class UnknownTarget(ValueError):
    pass


def select_ids(targets: list[str]) -> list[str]:
    """Problem ids named by targets such as `ch02`, `p028` or `all`, in catalog order, without repeats."""
    entries = index()
    known = {e.id for e in entries}
    wanted: set[str] = set()
    for target in targets:
        target = target.strip().lower()
        if target == "all":
            wanted.update(known)
        elif CHAPTER.match(target) and any(e.chapter == target for e in entries):
            wanted.update(e.id for e in entries if e.chapter == target)
        elif target in known:
            wanted.add(target)
        else:
            raise UnknownTarget(target)
    return [e.id for e in entries if e.id in wanted]


def select(targets: list[str]) -> list[Problem]:
    """The problems named by targets (see select_ids), their modules alone imported."""
    return [get(problem_id) for problem_id in select_ids(targets)]
