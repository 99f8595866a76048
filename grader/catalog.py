"""Every problem the product knows, discovered from `grader/problems/chNN/<id>_<slug>.py` (each defines PROBLEM)."""
from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

import grader.problems
from grader.spec import Problem

CHAPTER = re.compile(r"^ch\d\d$")


@lru_cache(maxsize=1)
def all_problems() -> tuple[Problem, ...]:
    found = []
    for chapter in sorted(m.name for m in pkgutil.iter_modules(grader.problems.__path__) if CHAPTER.match(m.name)):
        package = importlib.import_module(f"grader.problems.{chapter}")
        for module in sorted(m.name for m in pkgutil.iter_modules(package.__path__)):
            problem = importlib.import_module(f"grader.problems.{chapter}.{module}").PROBLEM
            assert (problem.chapter, problem.module) == (chapter, module), f"{module} declares {problem.id}"
            found.append(problem)
    return tuple(found)


def by_id() -> dict[str, Problem]:
    return {p.id: p for p in all_problems()}


class UnknownTarget(ValueError):
    pass


def select(targets: list[str]) -> list[Problem]:
    """Problems named by targets such as `ch02`, `p028` or `all`, in catalog order, without repeats."""
    problems, known = all_problems(), by_id()
    wanted: set[str] = set()
    for target in targets:
        target = target.strip().lower()
        if target == "all":
            wanted.update(known)
        elif CHAPTER.match(target) and any(p.chapter == target for p in problems):
            wanted.update(p.id for p in problems if p.chapter == target)
        elif target in known:
            wanted.add(target)
        else:
            raise UnknownTarget(target)
    return [p for p in problems if p.id in wanted]
