"""GitHub Classroom: a workflow that installs the learner release and runs `grade`, and the autograding config.

`.github/workflows/grade.yml` has one step per problem (classroom-resources/autograding-command-grader: the
problem's points when `grade pNNN` exits 0), then the Classroom reporter, then the whole report with JUnit XML
and JSON kept as an artifact. `.github/classroom/autograding.json` holds the same tests in the older format
Classroom's "education/autograding" action reads.
"""
from __future__ import annotations

import json

from grader.spec import Problem

TIMEOUT_MINUTES = 5


def _graded(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.autograded != "no"]  # a self-check earns no points and runs no command


def _command(problem: Problem, lang: str) -> str:
    return f"grade {problem.id} --lang {lang}"


def workflow(problems: list[Problem], install: str, targets: list[str], lang: str) -> str:
    """The workflow as YAML text (written by hand: every value is quoted JSON, which YAML reads as it is)."""
    q = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    graded = _graded(problems)
    report = f"grade {' '.join(targets)} --lang {lang} --junit grade-results.xml --json grade-results.json || true"
    lines = ["name: dlscratch grading", '"on": [push, workflow_dispatch]',
             "permissions: {checks: write, actions: read, contents: read}", "jobs:", "  grade:",
             "    runs-on: ubuntu-latest", "    if: github.actor != 'github-classroom[bot]'", "    steps:",
             "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
             "        with: {python-version: \"3.11\"}",
             "      - name: Install dlscratch", f"        run: {q('python -m pip install ' + install)}"]
    for problem in graded:
        lines += [f"      - name: {q(problem.id + ' · ' + problem.title.ko)}", f"        id: {problem.id}",
                  "        uses: classroom-resources/autograding-command-grader@v1", "        with:",
                  f"          test-name: {q(problem.id)}", f"          command: {q(_command(problem, lang))}",
                  f"          timeout: {TIMEOUT_MINUTES}", f"          max-score: {problem.points}"]
    lines += ["      - name: Autograding Reporter", "        uses: classroom-resources/autograding-grading-reporter@v1",
              "        env:"]
    lines += [f"          {p.id.upper()}_RESULTS: \"${{{{steps.{p.id}.outputs.result}}}}\"" for p in graded]
    lines += ["        with:", f"          runners: {q(','.join(p.id for p in graded))}",
              "      - name: Full report (JUnit XML and JSON)", "        if: always()",
              f"        run: {q(report)}",
              "      - uses: actions/upload-artifact@v4", "        if: always()",
              "        with: {name: grade-results, path: \"grade-results.*\"}", ""]
    return "\n".join(lines)


def autograding(problems: list[Problem], install: str, lang: str) -> dict:
    """Classroom's autograding.json: the first test's setup installs the release; each test passes when grade exits 0."""
    return {"tests": [{"name": f"{p.id} · {p.title.ko}", "setup": f"python -m pip install {install}" if i == 0 else "",
                       "run": _command(p, lang), "input": "", "output": "", "comparison": "included",
                       "timeout": TIMEOUT_MINUTES, "points": p.points}
                      for i, p in enumerate(_graded(problems))]}
