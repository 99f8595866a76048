"""`grade convert py|notebooks|per-problem`: the workspace's code moved to another layout, none of it lost.

Each problem's code is taken from the file grading would take it from (grader/workspace.py's precedence), as the
learner's cells: the code of a .py file after its generated docstring (split at `# %%` lines, jupytext's percent
format), or a notebook section's cells without statement and check. It is written in the new layout; every file
replaced or removed is first copied to `.dlscratch/backup/<time>/`, and the workspace marker records the layout.
"""
from __future__ import annotations

import argparse
import shutil
from datetime import datetime
from pathlib import Path

import jupytext
import nbformat
from nbformat import NotebookNode
from rich.markup import escape

from grader import catalog, ipynb
from grader.commands.console import console
from grader.spec import Problem
from grader.workspace import LAYOUTS, MARKER, file_for, read_submission, write_marker

PERCENT = "py:percent"
NO_METADATA = {"notebook_metadata_filter": "-all", "cell_metadata_filter": "-all"}


class Unreadable(Exception):
    pass


def _header(problem: Problem) -> str:
    """The generated docstring that opens a problem's .py file (the statement cell holds the same)."""
    return problem.render_stub().removesuffix(problem.stub.strip() + "\n")


def _fresh(cell: NotebookNode) -> NotebookNode:
    """The cell's source without outputs, ids or our tags: new cells in a new notebook."""
    new = nbformat.v4.new_code_cell if cell.cell_type == "code" else nbformat.v4.new_markdown_cell
    return new(cell.source)


def py_cells(source: str, problem: Problem) -> list[NotebookNode]:
    code = source.removeprefix(_header(problem))
    if any(line.startswith("# %%") for line in code.splitlines()):
        return [_fresh(c) for c in jupytext.reads(code, fmt=PERCENT).cells]
    return [nbformat.v4.new_code_cell(code.removesuffix("\n"))]


def py_text(problem: Problem, cells: list[NotebookNode]) -> str:
    """A problem's .py file: the generated docstring (unless the code brings its own), then the cells."""
    if len(cells) == 1 and cells[0].cell_type == "code":
        body = cells[0].source + "\n"
    else:
        notebook = nbformat.v4.new_notebook(cells=cells, metadata={"jupytext": NO_METADATA})
        body = jupytext.writes(notebook, fmt=PERCENT)
    return body if body.lstrip().startswith(('"""', "'''")) else _header(problem) + body


def _notebook_work(notebook: NotebookNode, problems: list[Problem]) -> dict[str | None, list[NotebookNode]]:
    """Each problem's cells of a notebook; cells outside every section go to the section above them, those
    above all sections to None (the notebook's preamble)."""
    owners: dict[int, str] = {}
    for problem in problems:
        found = ipynb.section(notebook.cells, problem.id)
        for index in range(found.start, found.end + 1) if found else ():
            owners.setdefault(index, problem.id)
    work: dict[str | None, list[NotebookNode]] = {}
    owner = None
    for index, cell in enumerate(notebook.cells):
        owner = owners.get(index, owner)
        if ipynb.role(cell)[1] not in ("statement", "check", "title") and cell.source.strip():
            work.setdefault(owner, []).append(_fresh(cell))
    return work


def collect(workspace: Path, problems: list[Problem]) -> tuple[dict[str | None, list[NotebookNode]], dict[str, list[NotebookNode]], set[Path]]:
    """(preamble per chapter, learner cells per problem, every file a problem's code may be in)."""
    preambles: dict[str | None, list[NotebookNode]] = {}
    work: dict[str, list[NotebookNode]] = {}
    read: dict[str, dict[str | None, list[NotebookNode]]] = {}
    files = {workspace / file_for(p, layout) for p in problems for layout in LAYOUTS}
    for problem in problems:
        submission = read_submission(workspace, problem)
        if submission.problem:
            raise Unreadable(submission.problem.en)
        if submission.missing or submission.untouched:
            continue
        path = workspace / submission.filename
        if path.suffix == ".py":
            work[problem.id] = py_cells(submission.cells[0]["source"], problem)
            continue
        if submission.filename == file_for(problem, "per-problem"):  # the whole notebook is this problem's
            notebook = ipynb.read(path.read_text(encoding="utf-8"), path.name)
            work[problem.id] = [_fresh(c) for c in notebook.cells
                                if ipynb.role(c)[1] not in ("statement", "check", "title") and c.source.strip()]
            continue
        if submission.filename not in read:
            members = [p for p in problems if p.chapter == problem.chapter]
            read[submission.filename] = _notebook_work(ipynb.read(path.read_text(encoding="utf-8"), path.name), members)
            preambles.setdefault(problem.chapter, []).extend(read[submission.filename].get(None, []))
        work[problem.id] = read[submission.filename].get(problem.id, [])
    return preambles, work, {f for f in files if f.is_file()}


def convert(workspace: Path, problems: list[Problem], layout: str) -> tuple[list[Path], list[Path], Path]:
    """Rewrite the workspace in `layout`; returns (files written, files removed, the backup folder)."""
    preambles, work, existing = collect(workspace, problems)
    chapters = sorted({p.chapter for p in problems})
    written: dict[Path, object] = {}
    if layout == "notebooks":
        for chapter in chapters:
            members = [p for p in problems if p.chapter == chapter]
            written[workspace / f"{chapter}.ipynb"] = ipynb.chapter_notebook(chapter, members, work, preambles.get(chapter, []))
    else:
        for problem in problems:
            cells = work.get(problem.id) or [nbformat.v4.new_code_cell(problem.stub.strip())]
            first = problem is next(p for p in problems if p.chapter == problem.chapter)
            cells = cells + (preambles.get(problem.chapter, []) if first else [])
            written[workspace / file_for(problem, layout)] = (py_text(problem, cells) if layout == "py" else
                                                              ipynb.new_notebook(ipynb.problem_cells(problem, cells)))
    backup = workspace / MARKER.parent / "backup" / datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    for path in existing:
        (backup / path.relative_to(workspace)).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, backup / path.relative_to(workspace))
    for path, content in written.items():
        if isinstance(content, str):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        else:
            ipynb.write(path, content)
    removed = sorted(existing - set(written))
    for path in removed:
        path.unlink()
        if path.parent != workspace and not any(path.parent.iterdir()):
            path.parent.rmdir()  # a chapter folder the new layout does not use
    write_marker(workspace, layout)
    return sorted(written), removed, backup


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="grade convert", description="Move the workspace's code to another layout: "
                                     "a .py file per problem, a notebook per chapter, or a notebook per problem.")
    parser.add_argument("layout", choices=LAYOUTS)
    parser.add_argument("--workspace", type=Path, default=Path.cwd(), help="the learner workspace (default: here)")
    args = parser.parse_args(argv)
    if not args.workspace.is_dir():
        parser.error(f"no workspace folder at {args.workspace}")
    try:
        written, removed, backup = convert(args.workspace, list(catalog.all_problems()), args.layout)
    except Unreadable as unreadable:
        parser.error(f"nothing was converted: {unreadable}")
    out = console()
    out.print(f"{len(written)} files written in layout '{args.layout}'; {len(removed)} files of the old layout removed.")
    if backup.is_dir():
        out.print(f"The files as they were before: {escape(str(backup))}")
    return 0
