"""Find copies of reference solution code in files meant for learners.

A fingerprint is the body of a reference function or class (its docstring left out) with every whitespace
character removed, taken twice: as written and as `ast.unparse` prints it (so re-indenting or dropping
comments does not hide a copy). A file leaks when its own text, squashed the same way, contains a
fingerprint; a Python file also when its unparsed source does. Bodies of fewer than MIN_STATEMENTS
statements (`return x + 5`) say too little to be a solution and would match honest code; code the stubs
give the learner (a helper to leave as it is) is no solution either, so it is no fingerprint.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

MIN_STATEMENTS = 2
_WHITESPACE = re.compile(r"\s+")


def squash(source: str) -> str:
    return _WHITESPACE.sub("", source)


@dataclass(frozen=True)
class Leak:
    file: str  # the file that holds the copy
    origin: str  # "reference/ch05/p157_softmax_with_loss.py:softmax_with_loss"


def _body(node: ast.AST) -> list[ast.stmt]:
    body = list(node.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
        body = body[1:]
    return body


def _statements(body: list[ast.stmt]) -> int:
    return sum(isinstance(n, ast.stmt) for statement in body for n in ast.walk(statement))


def fingerprints(reference_root: Path, given: list[str] = ()) -> dict[str, str]:
    """squashed body -> where it comes from, for every function and class of the reference package.

    `given` are the stubs' sources: a body that a stub already holds is handed to every learner anyway.
    """
    found: dict[str, str] = {}
    handed_out = [view for stub in given for view in _views("stub.py", stub.encode("utf-8"))]
    for path in sorted(reference_root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(reference_root.parent).as_posix()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            body = _body(node)
            if _statements(body) < MIN_STATEMENTS:
                continue
            written = "\n".join(ast.get_source_segment(source, statement) or "" for statement in body)
            forms = {squash(written), squash(ast.unparse(ast.Module(body=body, type_ignores=[])))}
            if not any(form in view for form in forms for view in handed_out):
                found.update({form: found.get(form, f"{where}:{node.name}") for form in forms})
    return found


def _views(name: str, content: bytes) -> list[str]:
    text = content.decode("utf-8", errors="ignore")
    views = [squash(text)]
    if name.endswith(".py"):
        try:
            views.append(squash(ast.unparse(ast.parse(text))))
        except (SyntaxError, ValueError):
            pass
    return views


def scan(files: dict[str, bytes], prints: dict[str, str]) -> list[Leak]:
    """Every (file, reference body) pair where the file holds a copy of the body."""
    leaks = []
    for name, content in sorted(files.items()):
        views = _views(name, content)
        origins = sorted({origin for body, origin in prints.items() if any(body in view for view in views)})
        leaks += [Leak(name, origin) for origin in origins]
    return leaks
