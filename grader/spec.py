"""What a problem is: its metadata, its stub and its checks, declared once in `grader/problems/chNN/<id>_<slug>.py`.

Stubs, `grade list`, `grade hint` and the report all read this one declaration.
"""
from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from grader.checks import Check


@dataclass(frozen=True)
class Text:
    """A sentence in Korean and English; the report shows the one `--lang` asks for."""

    ko: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en

    def format(self, **values: Any) -> Text:
        return Text(self.ko.format(**values), self.en.format(**values))


def text(ko: str, en: str | None = None) -> Text:
    return Text(ko, ko if en is None else en)


AUTOGRADED = ("yes", "partly", "no")


@dataclass(frozen=True)
class Problem:
    id: str
    chapter: str
    slug: str
    title: Text
    statement: Text
    stub: str  # the code the learner starts from: imports and signatures with `raise NotImplementedError` bodies
    names: tuple[str, ...]  # what the learner implements, in the order the checks expect them
    checks: tuple[Check, ...] = ()
    given: str = ""
    example: str = ""  # the expected result, corrected where the course notes print a wrong one
    hints: tuple[Text, ...] = ()
    points: int = 1
    autograded: str = "yes"  # "partly": the checkable part is graded and `self_check` names the rest
    self_check: Text | None = None
    time_limit: float = 10.0
    memory_mb: int = 1024
    fixtures: tuple[str, ...] = field(default=())  # files from fixtures/ the learner's code may open
    changes_inputs: tuple[str, ...] = ()  # functions the stub says update their arguments in place (an optimizer's update)
    # (name, text): said when name's parameters differ from the stub's, where the book's own version takes others
    book_signatures: tuple[tuple[str, Text], ...] = ()

    def __post_init__(self) -> None:
        assert self.autograded in AUTOGRADED, self.id
        assert self.autograded == "no" or self.checks, f"{self.id}: an auto-graded problem needs checks"
        assert self.autograded == "yes" or self.self_check, f"{self.id}: say what the learner checks by eye"

    @property
    def path(self) -> str:
        """Where the stub lives, relative to a workspace (and to exercises/ and reference/)."""
        return f"{self.chapter}/{self.id}_{self.slug}.py"

    @property
    def module(self) -> str:
        return f"{self.id}_{self.slug}"

    @cached_property
    def signatures(self) -> dict[str, Any]:
        """Parameters of every top-level function and class method the stub declares."""
        found: dict[str, Any] = {}
        for node in ast.parse(self.stub).body:
            if isinstance(node, ast.FunctionDef):
                found[node.name] = {"kind": "function", "params": _positional(node)}
            elif isinstance(node, ast.ClassDef):
                methods = {n.name: _positional(n)[1:] for n in node.body if isinstance(n, ast.FunctionDef)}
                found[node.name] = {"kind": "class", "methods": methods}
        return found

    def statement_lines(self) -> list[str]:
        """Title, statement, given data, example: the top of every file a learner reads about this problem."""
        parts = [f"{self.id} · {self.title.ko} ({self.title.en})", "", "[문제]", self.statement.ko, "",
                 "[Problem]", self.statement.en]
        if self.given:
            parts += ["", "주어진 것 / Given:", textwrap.indent(self.given.strip(), "    ")]
        if self.example:
            parts += ["", "예시 / Example:", textwrap.indent(self.example.strip(), "    ")]
        if self.self_check:
            parts += ["", "눈으로 확인할 것 / Check by eye:", self.self_check.ko, self.self_check.en]
        return parts

    def render_stub(self) -> str:
        """The exercise file: the statement as a docstring, then the stub code."""
        parts = self.statement_lines()
        if self.hints:
            parts += ["", f"힌트 / Hints: grade hint {self.id}"]
        parts += ["", f"채점 / Grade: grade {self.id}"]
        return f"{docstring(parts)}\n{self.stub.strip()}\n"


def docstring(lines: list[str]) -> str:
    """A module docstring holding these lines as they read (backslashes and triple quotes escaped)."""
    doc = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'"""{doc}\n"""'


def _positional(node: ast.FunctionDef) -> list[str]:
    return [a.arg for a in node.args.posonlyargs + node.args.args]
