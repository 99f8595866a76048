"""A learner's workspace: where each problem's file lives, reading it safely, and `grade init`."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from grader.spec import Problem, Text, text

MARKER = Path(".dlscratch") / "workspace.json"  # written by `grade init`; found upward from a sub-folder, as git finds .git
MAX_SOURCE_BYTES = 512 * 1024
MAX_SIBLINGS = 200
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@dataclass
class Submission:
    """The learner's source for one problem, or why there is none to run."""

    source: str | None = None
    filename: str = ""
    files: dict[str, bytes] = field(default_factory=dict)  # copied into the worker's scratch folder
    missing: bool = False
    problem: Text | None = None  # a file that exists but cannot be run (not UTF-8, bad notebook...)


def _decode(raw: bytes, name: str) -> tuple[str | None, Text | None]:
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        return None, text(f"{name} 파일이 UTF-8이 아닙니다 ({line}번째 줄, 바이트 {raw[error.start]:#04x}). "
                          "편집기에서 UTF-8로 다시 저장하세요.",
                          f"{name} is not UTF-8 (line {line}, byte {raw[error.start]:#04x}). Save it again as UTF-8.")


def notebook_source(raw: bytes, name: str) -> tuple[str | None, Text | None]:
    """The code cells of a notebook as one script; IPython magics and shell lines are commented out."""
    import nbformat

    source, problem = _decode(raw, name)
    if problem:
        return None, problem
    try:
        notebook = nbformat.reads(source, as_version=4)
        nbformat.validate(notebook)
    except Exception as error:  # nbformat raises several unrelated types for a broken file
        reason = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        return None, text(f"{name} 은(는) 올바른 노트북(.ipynb)이 아닙니다: {reason}",
                          f"{name} is not a valid notebook (.ipynb): {reason}")
    lines = []
    for cell in notebook.cells:
        if cell.cell_type == "code":
            lines += [f"# {line}" if line.lstrip().startswith(("%", "!")) else line for line in cell.source.splitlines()]
            lines.append("")
    return "\n".join(lines), None


def read_submission(workspace: Path, problem: Problem) -> Submission:
    script = workspace / problem.path
    notebook = script.with_suffix(".ipynb")
    chosen = script if script.is_file() else notebook if notebook.is_file() else None
    if chosen is None:
        return Submission(missing=True, filename=problem.path)
    if chosen.stat().st_size > MAX_SOURCE_BYTES:
        return Submission(filename=chosen.name, problem=text(f"{chosen.name} 파일이 너무 큽니다 (512 KiB 초과).",
                                                             f"{chosen.name} is too large (over 512 KiB)."))
    raw = chosen.read_bytes()
    source, problem_text = (notebook_source if chosen is notebook else _decode)(raw, chosen.name)
    files = {f"{problem.chapter}/{p.name}": p.read_bytes()
             for p in sorted(chosen.parent.glob("*.py"))[:MAX_SIBLINGS] if p.stat().st_size <= MAX_SOURCE_BYTES}
    for name in problem.fixtures:
        files[f"fixtures/{name}"] = (FIXTURES / name).read_bytes()
    return Submission(source=source, filename=f"{problem.chapter}/{chosen.name}", files=files, problem=problem_text)


def init_workspace(target: Path, problems: list[Problem]) -> list[Path]:
    """Write every stub and the workspace marker; an existing file is never overwritten (it may hold the learner's work)."""
    marker = target / MARKER
    if not marker.exists():
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps({"format": 1, "layout": "py"}) + "\n", encoding="utf-8")
    written = []
    for problem in problems:
        path = target / problem.path
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(problem.render_stub(), encoding="utf-8")
            written.append(path)
    return written
