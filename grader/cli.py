"""The `grade` command: `grade TARGET...` grades; `grade <command> ...` runs one of COMMANDS.

Each command lives in its own module under grader/commands/ and is imported only when it runs, so that
`grade p001` pays for nothing it does not use.
"""
from __future__ import annotations

import importlib
import os
import sys

# name -> "module:function"; every function takes argv (the words after the command) and returns an exit code
COMMANDS = {
    "list": "grader.commands.listing:main",
    "init": "grader.commands.init:main",
    "hint": "grader.commands.hint:main",
    "release": "grader.commands.release:main",
    "publish": "grader.commands.publish:main",
    "solution": "grader.commands.solution:main",
    "gradescope": "grader.commands.gradescope:main",
    "classroom": "grader.commands.classroom:main",
    "class": "grader.commands.class_grading:main",
    "convert": "grader.commands.convert:main",
    "status": "grader.commands.status:main",
    "watch": "grader.commands.watch:main",
}
GRADE = "grader.commands.grading:main"


def _load(target: str):
    module, function = target.split(":")
    return getattr(importlib.import_module(module), function)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The grader uses no hypothesis plugin: it neither runs third-party entry points in the trusted process nor pays
    # for listing every installed package's entry points at each start.
    os.environ.setdefault("HYPOTHESIS_NO_PLUGINS", "1")
    if argv and argv[0] in COMMANDS:
        return _load(COMMANDS[argv[0]])(argv[1:])
    return _load(GRADE)(argv)


def run() -> None:
    """The `grade` executable: main(), then exit without tearing the interpreter down.

    Every command has finished its work (files written and closed, worker processes stopped) when main returns:
    what is left is freeing NumPy's, hypothesis' and rich's modules one by one, which takes longer than grading one
    problem. Only the output streams still hold something, so flush them and leave. An exception (a usage error, a
    Ctrl-C) takes Python's ordinary way out.
    """
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (grade ... | head): nothing more can be said there
            pass
    os._exit(code)


if __name__ == "__main__":
    run()
