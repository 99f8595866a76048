"""Notebooks (.ipynb) in a workspace: built from the problem declarations, read back safely, each problem's cells found.

A problem's cells carry `metadata["dlscratch"] = {"problem": "p028", "role": "statement" | "solution" | "check"}`;
grading finds them by it, whatever the learner adds around them. An editor that drops cell metadata still keeps
the check cell's text (`check("p028")`), so the solution is then the code cell just above it.

A problem's *section* runs from its statement cell to its check cell. Grading a problem runs every code cell from
the top of the notebook to the end of its section, in order, as "Run All" would, except the check cells: the cells
in the section are the problem's own code (an error there is the problem's error); a cell above it that fails is
noted and the next one runs, as in Jupyter.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import warnings
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode

from grader.spec import Problem, Text, text

KEY = "dlscratch"
CHECK_SOURCE = 'from grader.notebook import check; check("{id}")'
CHECK_CALL = re.compile(r"""\s*(?:from\s+grader\.notebook\s+import\s+check\s*[;\n]\s*)?check\(\s*["'](\w+)["'][^)]*\)\s*""")
KINDS = ("cell_type", "output_type")  # the keys that pick a branch of the schema's oneOf
KERNEL = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
          "language_info": {"name": "python"}}


class NotebookError(ValueError):
    """A file that is not a notebook we can read; `reason` says what is wrong, in both languages."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


# -- building --------------------------------------------------------------------------------------

def _escape(words: str) -> str:
    """Plain text as Markdown: characters Markdown would read as formatting are escaped."""
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", words)


def statement_markdown(problem: Problem) -> str:
    parts = [f"## {problem.id} · {_escape(problem.title.ko)} ({_escape(problem.title.en)})", "",
             f"**문제** {_escape(problem.statement.ko)}", "", f"**Problem** {_escape(problem.statement.en)}"]
    if problem.given:
        parts += ["", "**주어진 것 / Given**", "", "```python", problem.given.strip(), "```"]
    if problem.example:
        parts += ["", "**예시 / Example**", "", "```python", problem.example.strip(), "```"]
    if problem.self_check:
        parts += ["", "**눈으로 확인할 것 / Check by eye**", "", _escape(problem.self_check.ko), "",
                  _escape(problem.self_check.en)]
    if problem.hints:
        parts += ["", f"힌트 / Hints: `grade hint {problem.id}`"]
    return "\n".join(parts)


def _tagged(cell: NotebookNode, problem: Problem, role: str) -> NotebookNode:
    cell.metadata[KEY] = {"problem": problem.id, "role": role}
    cell.id = f"{problem.id}-{role}"
    return cell


def problem_cells(problem: Problem, work: list[NotebookNode] | None = None) -> list[NotebookNode]:
    """Statement, the learner's cells (the stub when there are none yet), check: the solution cell is tagged."""
    work = work or [nbformat.v4.new_code_cell(problem.stub.strip())]
    first_code = next((i for i, c in enumerate(work) if c.cell_type == "code"), None)
    cells = [_tagged(nbformat.v4.new_markdown_cell(statement_markdown(problem)), problem, "statement")]
    for number, cell in enumerate(work):
        cell.metadata.pop(KEY, None)
        cells.append(_tagged(cell, problem, "solution") if number == first_code else cell)
    cells.append(_tagged(nbformat.v4.new_code_cell(CHECK_SOURCE.format(id=problem.id)), problem, "check"))
    return cells


def title_cell(chapter: str) -> NotebookNode:
    cell = nbformat.v4.new_markdown_cell(
        f"# {chapter} · 밑바닥부터 시작하는 딥러닝 / Deep Learning from Scratch\n\n"
        f"각 문제의 코드 셀을 채우고 바로 아래의 검사 셀(`check(...)`)을 실행하세요. 터미널에서는 `grade {chapter}` 가 "
        "이 노트북을 채점합니다.\n\n"
        f"Fill in each problem's code cell, then run the check cell (`check(...)`) below it. In a terminal, "
        f"`grade {chapter}` grades this notebook.")
    cell.metadata[KEY] = {"chapter": chapter, "role": "title"}
    cell.id = f"{chapter}-title"
    return cell


def new_notebook(cells: list[NotebookNode]) -> NotebookNode:
    notebook = nbformat.v4.new_notebook(cells=cells, metadata=json.loads(json.dumps(KERNEL)))
    nbformat.validate(notebook)
    return notebook


def chapter_notebook(chapter: str, problems: list[Problem], work: dict[str, list[NotebookNode]] | None = None,
                     preamble: list[NotebookNode] = ()) -> NotebookNode:
    """Title, the learner's own cells above every problem (`preamble`), then each problem's cells."""
    cells = [title_cell(chapter), *preamble]
    for problem in problems:
        cells += problem_cells(problem, (work or {}).get(problem.id))
    return new_notebook(cells)


def write(path: Path, notebook: NotebookNode) -> None:
    """Write atomically (a temporary file beside it, then os.replace): a reader never sees half a notebook."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(nbformat.writes(notebook))
    os.replace(temporary, path)


# -- reading ---------------------------------------------------------------------------------------

def _schema_error(data: dict[str, Any]) -> tuple[list[Any], str] | None:
    """The most specific schema error, as (path, message): inside a oneOf, the branch the cell's own type picks."""
    import jsonschema
    from jsonschema.exceptions import best_match

    import nbformat.v4 as v4

    minor = data.get("nbformat_minor")
    name = v4.nbformat_schema.get((4, minor), v4.nbformat_schema[(None, None)])
    with open(Path(v4.__file__).parent / name, encoding="utf-8") as f:
        schema = json.load(f)
    error = best_match(jsonschema.validators.validator_for(schema)(schema).iter_errors(data))
    while error is not None and error.context:
        branches: dict[Any, list[Any]] = defaultdict(list)
        for sub in error.context:
            branches[sub.schema_path[0]].append(sub)
        kind_errors = [e for e in error.context if e.validator == "enum" and e.relative_path and e.relative_path[-1] in KINDS]
        fitting = [errors for errors in branches.values() if not any(e in kind_errors for e in errors)]
        if not fitting and kind_errors:
            key = kind_errors[0].relative_path[-1]
            allowed = ", ".join(sorted({value for e in kind_errors for value in e.validator_value}))
            return [*error.absolute_path, key], f"{error.instance.get(key)!r} is not one of {allowed}"
        error = best_match(fitting[0] if len(fitting) == 1 else error.context)
    return None if error is None else (list(error.absolute_path), error.message)


def _untyped_cell(data: dict[str, Any]) -> int | None:
    """The index of the first cell without a cell_type: the schema would only say which other keys it does not expect."""
    cells = data.get("cells")
    if not isinstance(cells, list):
        return None
    return next((i for i, cell in enumerate(cells) if isinstance(cell, dict) and not isinstance(cell.get("cell_type"), str)), None)


def _normalized(data: dict[str, Any]) -> dict[str, Any]:
    """The notebook as nbformat repairs it on reading, as Jupyter does (missing or duplicate cell ids)."""
    from nbformat.validator import normalize

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return normalize(data)[1]
    except Exception:  # noqa: BLE001  a shape normalize does not expect: the schema check names what is wrong
        return data


def _where(path: list[Any]) -> Text:
    if len(path) >= 2 and path[0] == "cells" and isinstance(path[1], int):
        rest = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path[2:]).lstrip(".")
        return text(f"셀 {path[1] + 1}" + (f" ({rest})" if rest else ""), f"cell {path[1] + 1}" + (f" ({rest})" if rest else ""))
    joined = ".".join(str(p) for p in path) or "the top level"
    return text(joined if path else "최상위", joined)


def _invalid(name: str, reason: Text) -> NotebookError:
    return NotebookError(text(f"{name} 은(는) 올바른 노트북(.ipynb)이 아닙니다: {reason.ko}",
                              f"{name} is not a valid notebook (.ipynb): {reason.en}"))


def read(source: str, name: str) -> NotebookNode:
    """Parse and validate a notebook's text; a broken one raises NotebookError naming where it is broken."""
    try:
        data = json.loads(source.lstrip("\ufeff"))
    except json.JSONDecodeError as error:
        raise _invalid(name, text(
            f"JSON이 아닙니다 ({error.lineno}번째 줄, {error.colno}번째 칸: {error.msg}). 파일이 중간에 잘렸을 수 있습니다: "
            "Jupyter에서 다시 저장하거나 백업에서 되살리세요.",
            f"it is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}). The file may have been cut "
            "short: save it again from Jupyter or restore it from a backup.")) from None
    if not isinstance(data, dict):
        raise _invalid(name, text(f"JSON이지만 노트북이 아닙니다 (맨 바깥이 객체 {{...}} 가 아니라 {type(data).__name__} 입니다).",
                                  f"it is JSON but not a notebook (the top level is a {type(data).__name__}, not an object {{...}})."))
    version = data.get("nbformat")
    if version is None:
        raise _invalid(name, text("nbformat 항목이 없습니다.", "it has no nbformat field."))
    if type(version) is not int:
        raise _invalid(name, text(f"nbformat 항목이 숫자가 아니라 {version!r} 입니다 (숫자 4 여야 합니다).",
                                  f"its nbformat field is {version!r}, not the number 4."))
    if version != 4:
        raise _invalid(name, text(f"노트북 형식 버전 {version!r} 은(는) 읽을 수 없습니다. Jupyter에서 열어 다시 저장하세요 (버전 4).",
                                  f"notebook format version {version!r} cannot be read. Open it in Jupyter and save "
                                  "it again (version 4)."))
    untyped = _untyped_cell(data)
    if untyped is not None:
        raise _invalid(name, text(f"셀 {untyped + 1} 에 cell_type (code, markdown, raw) 이 없습니다.",
                                  f"cell {untyped + 1} has no cell_type (code, markdown or raw)."))
    problem = _schema_error(_normalized(data))
    if problem:
        path, message = problem
        where = _where(path)
        raise _invalid(name, text(f"{where.ko} 이(가) 노트북 형식에 맞지 않습니다: {message}",
                                  f"{where.en} does not follow the notebook format: {message}"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. cell ids added to an older 4.x file
        return nbformat.reads(source.lstrip("\ufeff"), as_version=4)


def role(cell: NotebookNode) -> tuple[str | None, str | None]:
    """(problem id, role) of a cell; a check cell is known by its text too, for editors that drop metadata."""
    tag = cell.get("metadata", {}).get(KEY)
    if isinstance(tag, dict) and isinstance(tag.get("role"), str):
        return (tag["problem"] if isinstance(tag.get("problem"), str) else None), tag["role"]
    if cell.cell_type == "code":
        match = CHECK_CALL.fullmatch(cell.source)
        if match:
            return match.group(1), "check"
    return None, None


@dataclass(frozen=True)
class Section:
    """Cell indices (0-based) of one problem: its first cell, its solution cell, its last cell (the check cell)."""

    start: int
    solution: int
    end: int


def section(cells: list[NotebookNode], problem_id: str) -> Section | None:
    roles = [role(c) for c in cells]
    find = lambda wanted: next((i for i, r in enumerate(roles) if r == (problem_id, wanted)), None)  # noqa: E731
    solution, check, statement = find("solution"), find("check"), find("statement")
    if solution is None and check is not None:  # metadata lost: the nearest plain code cell above the check cell
        solution = next((i for i in range(check - 1, -1, -1)
                         if cells[i].cell_type == "code" and roles[i] == (None, None)), None)
    if solution is None:
        return None
    start = statement if statement is not None and statement < solution else solution
    if check is not None and check > solution:
        end = check
    else:  # no check cell below: the section ends where the next problem's cells begin
        end = next((i - 1 for i in range(solution + 1, len(cells)) if roles[i][0] not in (None, problem_id)), len(cells) - 1)
    return Section(start, solution, end)


def _is_code(cell: NotebookNode) -> bool:
    return cell.cell_type == "code" and bool(cell.source.strip()) and role(cell)[1] != "check"


def cells_to_run(cells: list[NotebookNode], file: str, found: Section | None) -> list[dict[str, Any]]:
    """The code cells grading runs, in order, for the worker; without a section (a notebook of one problem that
    nobody tagged) every code cell is the problem's own."""
    last = found.end if found else len(cells) - 1
    return [{"source": cell.source, "file": file, "cell": number + 1, "jupyter": True,
             "main": found is None or number >= found.start}
            for number, cell in enumerate(cells[:last + 1]) if _is_code(cell)]


def untouched(cells: list[NotebookNode], found: Section, problem: Problem) -> bool:
    """The section holds nothing but the stub as `grade init` wrote it."""
    own = [i for i in range(found.start, found.end + 1) if _is_code(cells[i])]
    return own == [found.solution] and cells[found.solution].source.strip() == problem.stub.strip()

