"""`grade publish`: the reference solutions of chosen problems as files a learner reads and runs.

Each chapter folder of the published set reads like a solved workspace: `chNN/<id>_<slug>.py` (the statement on
top, then the solution) and its notebook twin, and beside them the reference library modules the solutions
import (`layers.py`, `functions.py`, ...), so `python p157_softmax_with_loss.py` runs there as it is and the
folder grades like a learner's. Imports of `reference.x` become imports of the sibling `x`.
"""
from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from grader.spec import Problem, docstring

MANIFEST = "solutions.json"
PACKAGE = "reference"
SOLUTION = re.compile(r"^ch\d\d\.")  # reference.ch05.p146_... is a solution; reference.charts is library


class PublishError(Exception):
    pass


@dataclass
class Module:
    """One reference module: its source without its docstring, what it imports from the reference, the docstring."""

    source: str
    imports: list[str] = field(default_factory=list)  # dotted names under reference/, e.g. "layers", "ch05.p146_..."
    doc: str | None = None


def _is_reference(node: ast.AST) -> bool:
    return isinstance(node, ast.ImportFrom) and node.level == 0 and node.module is not None and \
        (node.module == PACKAGE or node.module.startswith(PACKAGE + "."))


def read_module(path: Path) -> Module:
    """The module's code with `from reference.x import ...` rewritten to `from x import ...` (x: its last part)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    if any(isinstance(n, ast.Import) and any(a.name.split(".")[0] == PACKAGE for a in n.names) for n in ast.walk(tree)):
        raise PublishError(f"{path}: write `from reference.x import ...` (an `import reference...` cannot be published)")
    lines = source.splitlines(keepends=True)
    imports = []
    for node in sorted((n for n in ast.walk(tree) if _is_reference(n)), key=lambda n: n.lineno, reverse=True):
        parts = node.module.split(".")[1:]
        if parts:  # from reference.layers import Affine -> from layers import Affine
            imports.append(".".join(parts))
            line = lines[node.lineno - 1]
            lines[node.lineno - 1] = line[:node.col_offset] + re.sub(
                r"from\s+" + re.escape(node.module), f"from {parts[-1]}", line[node.col_offset:], count=1)
        else:  # from reference import lists -> import lists
            imports += [alias.name for alias in node.names]
            names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in node.names)
            indent = lines[node.lineno - 1][:node.col_offset]
            lines[node.lineno - 1:node.end_lineno] = [f"{indent}import {names}\n"]
    doc = ast.get_docstring(tree, clean=True)
    body = "".join(lines)
    if doc is not None:  # the docstring moves into the published header
        first = tree.body[0]
        body_lines = body.splitlines(keepends=True)
        body = "".join(body_lines[:first.lineno - 1] + body_lines[first.end_lineno:]).lstrip("\n")
    return Module(body, sorted(set(imports)), doc)


@dataclass
class Plan:
    """What a publication writes: the solutions, the library modules per chapter, and which each solution uses."""

    solutions: dict[str, Module]  # problem id -> its solution
    library: dict[str, dict[str, Module]]  # chapter -> module name -> module
    uses: dict[str, list[str]]  # problem id -> the library modules it needs, directly or not


def plan(problems: list[Problem], reference_root: Path) -> Plan:
    """Read the chosen solutions and everything they import; refuse a solution built on one not chosen.

    A solution may import another solution of its own chapter (a sibling file in the published folder).
    """
    by_module = {f"{p.chapter}.{p.module}": p for p in problems}
    solutions = {p.id: read_module(reference_root / p.path) for p in problems}
    library: dict[str, dict[str, Module]] = {}
    uses, missing = {}, {}
    for problem in problems:
        wanted, seen = list(solutions[problem.id].imports), set()
        while wanted:
            name = wanted.pop()
            if name in seen:
                continue
            seen.add(name)
            if SOLUTION.match(name):  # another problem's solution
                if name not in by_module or not name.startswith(problem.chapter + "."):
                    missing.setdefault(problem.id, set()).add(name.split(".")[1].split("_")[0])
                else:
                    wanted += solutions[by_module[name].id].imports
                continue
            modules = library.setdefault(problem.chapter, {})
            modules.setdefault(name, read_module(reference_root / f"{name}.py"))
            wanted += modules[name].imports
        uses[problem.id] = sorted(n for n in seen if not SOLUTION.match(n))
    if missing:
        needs = "; ".join(f"{pid} builds on the solution of {', '.join(sorted(ids))}" for pid, ids in sorted(missing.items()))
        raise PublishError(f"{needs}: publish those too (name them, or their chapter)")
    return Plan(solutions, library, uses)


def solution_file(problem: Problem, module: Module) -> str:
    header = problem.statement_lines() + ["", "[풀이 / Solution]", "참조 답안입니다. / The reference solution."]
    if module.doc:
        header += ["", module.doc]
    return f"{docstring(header)}\n{module.source}"


def library_file(chapter: str, name: str, module: Module) -> str:
    doc = docstring(module.doc.splitlines()) + "\n" if module.doc else ""
    return (f"# 참조 라이브러리 / reference library: {name}.py, published beside the {chapter} solutions that import it.\n"
            f"{doc}{module.source}")


def notebook(problem: Problem, module: Module) -> str:
    """The notebook twin: the statement cell and the solution cell as notebook workspaces have them, and a note."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell

    from grader import ipynb

    statement, solution, _check = ipynb.problem_cells(problem, [new_code_cell(module.source.rstrip("\n"))])
    note = "**[풀이 / Solution]** 참조 답안입니다. / The reference solution." + (f"\n\n{module.doc}" if module.doc else "")
    return nbformat.writes(ipynb.new_notebook([statement, new_markdown_cell(note), solution]))


def write(problems: list[Problem], reference_root: Path, target: Path, notebooks: bool = True) -> list[Path]:
    """Write the published set into target (merging with a set already there); returns the files written.

    Without `notebooks`, only .py files: the set is then also a workspace that grades without duplicates."""
    chosen = plan(problems, reference_root)
    written = []

    def put(relative: str, content: str) -> None:
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)

    for problem in problems:
        module = chosen.solutions[problem.id]
        put(problem.path, solution_file(problem, module))
        if notebooks:
            put(problem.path.removesuffix(".py") + ".ipynb", notebook(problem, module))
    for chapter, modules in sorted(chosen.library.items()):
        for name, module in sorted(modules.items()):
            put(f"{chapter}/{name}.py", library_file(chapter, name, module))
    manifest = read_manifest(target)
    for problem in problems:
        manifest["problems"][problem.id] = {"path": problem.path,
                                            "library": [f"{problem.chapter}/{n}.py" for n in chosen.uses[problem.id]]}
    put(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return written


def read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    if not path.is_file():
        return {"format": 1, "problems": {}}
    return json.loads(path.read_text(encoding="utf-8"))
