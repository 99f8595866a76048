"""The results record: each problem's last status, kept in the workspace for `grade status`, `grade list` and
the next-step line. It only remembers; no verdict is ever read from it (each `grade` run decides afresh).

`.dlscratch/results.json` beside the workspace marker, written atomically; a missing, unreadable or corrupt
record reads as empty (every problem not started), and one that cannot be written is left as it was.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path

from grader.files import write_atomically
from grader.spec import Text, text
from grader.status import ALL, MANUAL, NOT_STARTED, PASSED, SKIPPED
from grader.workspace import MARKER

RECORD = MARKER.parent / "results.json"
FORMAT = 1
SETTLED = (PASSED, MANUAL, SKIPPED)  # nothing left to do here (self-checked, or not gradable in this install)


def load(workspace: Path) -> dict[str, str]:
    """problem id -> its last status; {} when there is no usable record."""
    try:
        data = json.loads((workspace / RECORD).read_text(encoding="utf-8"))
        problems = data["problems"] if data.get("format") == FORMAT else {}
        return {str(problem_id): entry["status"] for problem_id, entry in problems.items()
                if isinstance(entry, dict) and entry.get("status") in ALL}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def save(workspace: Path, statuses: Iterable[tuple[str, str]]) -> bool:
    """Merge (problem id, status) pairs into the record of a workspace (one `grade init` made); False when
    there is no such workspace or the record cannot be written (a read-only folder): grading goes on."""
    if not (workspace / MARKER).is_file():
        return False
    try:
        data = json.loads((workspace / RECORD).read_text(encoding="utf-8"))
        problems = data["problems"] if data.get("format") == FORMAT and isinstance(data["problems"], dict) else {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        problems = {}
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for problem_id, status in statuses:
        problems[problem_id] = {"status": status, "time": now}
    content = json.dumps({"format": FORMAT, "problems": dict(sorted(problems.items()))}, ensure_ascii=False, indent=1)
    try:
        write_atomically(workspace / RECORD, (content + "\n").encode("utf-8"))
    except OSError:
        return False
    return True


def next_problem(course: list[str], statuses: dict[str, str], first: Iterable[str] = (),
                 gradable: Callable[[str], bool] = lambda problem_id: True) -> str | None:
    """The problem to do next: the first of `first` (the problems just graded), then of the course after the last
    of them, then from its start, that is not settled; None when every gradable problem is."""
    first = [p for p in first if p in course]
    after = course.index(first[-1]) + 1 if first else 0
    for problem_id in [*first, *course[after:], *course[:after]]:
        if statuses.get(problem_id, NOT_STARTED) not in SETTLED and gradable(problem_id):
            return problem_id
    return None


def next_step(problem_id: str | None, title: Text | None, lang: str) -> str:
    """The line that ends a report: what to run next, in the learner's language (the commands keep --lang en)."""
    flag = " --lang en" if lang == "en" else ""
    if problem_id is None:
        return text(f"모든 문제를 마쳤습니다. 전체 진행 상황: grade status{flag}",
                    f"Every problem is done. The whole course: grade status{flag}")(lang)
    named = f" ({title(lang)})" if title else ""
    return text(f"다음: grade {problem_id}{flag}{named}", f"next: grade {problem_id}{flag}{named}")(lang)
