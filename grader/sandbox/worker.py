"""The learner's side of the wire: load the learner's file, run what the grader asks for, send plain data back.

Everything here runs inside the sandboxed worker process, next to untrusted code. It decides nothing:
it only reports what happened, and the grader judges from that report.
"""
from __future__ import annotations

import inspect
import linecache
import os
import random
import signal
import socket
import sys
import traceback
import types
from typing import Any

import numpy as np

from grader.plain import decode, encode
from grader.sandbox import jupyter, wire
from grader.sandbox.figures import figure_data

LEARNER_MODULE = "__learner__"
MAX_NOTES = 20


class Worker:
    def __init__(self, learner_dir: str) -> None:
        self.learner_dir = learner_dir
        self.module: types.ModuleType | None = None
        self.handles: dict[int, Any] = {}
        self.places: dict[str, dict[str, Any]] = {}  # compiled filename -> where the learner sees it (file, cell)

    def handle(self, request: dict[str, Any], blobs: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        """One request in, one plain-data reply out."""
        handlers = {
            "load": lambda: self.load(request["cells"], request.get("cell_seconds")),
            "describe": lambda: self.describe(request["names"]),
            "call": lambda: self.call(request, blobs),
            "getattr": lambda: self.getattr(request),
            "fresh_calls": lambda: self.fresh_calls(request, blobs),
            "figures": self.figures,
        }
        try:
            reply = handlers[request["op"]]()
        except BaseException as error:  # a bug on our side or a sabotaged worker: report, keep serving
            reply = {"ok": False, "error": "internal", "type": _text(type(error).__name__), "message": _text(error)}
        if "result" not in reply:
            return reply, []
        try:
            reply["value"], reply_blobs = encode(reply.pop("result"))
        except BaseException as error:
            return {"ok": False, "error": "encode", "type": "ProtocolError", "message": _text(error)}, []
        return reply, reply_blobs

    # -- requests -------------------------------------------------------------------------------
    def load(self, cells: list[dict[str, Any]], cell_seconds: float | None = None) -> dict[str, Any]:
        """Run the learner's code, cell by cell, in one module: a .py file is one cell, a notebook several.

        A failing "main" cell (the problem's own code) ends the load, as an error in a .py file does. A failing
        cell above it (a setup cell, another problem's) is noted and the next cell runs, as in Jupyter; one that
        runs longer than `cell_seconds` is stopped, as the learner would interrupt it (a kernel's history keeps
        the endless loop the learner interrupted long ago).
        """
        module = types.ModuleType(LEARNER_MODULE)
        sys.modules[LEARNER_MODULE] = module
        self.module = module
        notes: list[dict[str, Any]] = []
        for cell in cells:
            name = self._register(cell, module)
            code, failure = self._compile(cell, name, notes)
            if code is not None:
                limit = None if cell.get("main") else cell_seconds
                outcome = self._run(lambda: _exec_within(code, module.__dict__, limit))
                failure = None if outcome["ok"] else outcome
            if failure and (cell.get("main") or failure["error"] == "memory"):
                return {**failure, "notes": notes[:MAX_NOTES]}
            if failure:
                notes.append({**failure, "main": False, "where": failure.get("where") or self.places[name]})
        return {"ok": True, "result": None, "notes": notes[:MAX_NOTES]}

    def describe(self, names: list[str]) -> dict[str, Any]:
        return {"ok": True, "result": {name: _describe(getattr(self.module, name, _MISSING)) for name in names}}

    def call(self, request: dict[str, Any], blobs: list[bytes]) -> dict[str, Any]:
        target = self._target(request)
        args = decode(request.get("args", {"$list": []}), blobs)
        for position, handle in request.get("handles", {}).items():
            args[int(position)] = self.handles[handle]
        watched = [(i, _snapshot(a)) for i, a in enumerate(args)] if request.get("watch") else []
        if request.get("seed") is not None:
            np.random.seed(request["seed"])
            random.seed(request["seed"])
        reply = self._run(lambda: target(*args))
        if reply["ok"] and request.get("keep"):
            self.handles[len(self.handles) + 1] = reply.pop("result")
            reply["handle"] = len(self.handles)
        reply["changed_args"] = [i for i, before in watched if not _same(before, args[i])]
        return reply

    def fresh_calls(self, request: dict[str, Any], blobs: list[bytes]) -> dict[str, Any]:
        """For each argument tuple: a new instance of the class, one method call; all results in one reply."""
        cls, method = getattr(self.module, request["name"]), request["method"]
        ctor_args, calls = decode(request["args"], blobs)
        return self._run(lambda: [getattr(cls(*ctor_args), method)(*args) for args in calls])

    def getattr(self, request: dict[str, Any]) -> dict[str, Any]:
        obj = self.handles[request["handle"]]
        return self._run(lambda: getattr(obj, request["name"]))

    def figures(self) -> dict[str, Any]:
        return self._run(figure_data)

    # -- helpers --------------------------------------------------------------------------------
    def _register(self, cell: dict[str, Any], module: types.ModuleType) -> str:
        """The filename this cell is compiled under; tracebacks and syntax errors map it back to file and cell."""
        if cell.get("cell") is None:  # a .py file: its real path in the scratch folder
            name = module.__file__ = os.path.join(self.learner_dir, cell["file"])
            self.places[name] = {"file": os.path.basename(cell["file"]), "cell": None}
        else:
            name = f"{cell['file']}, cell {cell['cell']}"
            self.places[name] = {"file": cell["file"], "cell": cell["cell"]}
            for key, value in jupyter.names().items():
                module.__dict__.setdefault(key, value)
        linecache.cache[name] = (len(cell["source"]), None, cell["source"].splitlines(True), name)
        return name

    def _compile(self, cell: dict[str, Any], name: str, notes: list[dict[str, Any]]) -> tuple[Any, dict[str, Any] | None]:
        """Compiled code, or a syntax failure. IPython lines are set aside only when a cell is not Python as written."""
        try:
            return compile(cell["source"], name, "exec"), None
        except (SyntaxError, ValueError) as error:  # ValueError: null bytes in the source
            if not cell.get("jupyter"):
                return None, self._syntax(name, error)
        python, left_out = jupyter.strip_magics(cell["source"])
        try:
            code = compile(python, name, "exec")
        except (SyntaxError, ValueError) as error:
            return None, self._syntax(name, error)
        notes += [{"error": "magic", "main": bool(cell.get("main")),
                   "where": {**self.places[name], "line": line, "text": text[:200]}} for line, text in left_out]
        return code, None

    def _syntax(self, name: str, error: Exception) -> dict[str, Any]:
        where = {**self.places[name], "line": getattr(error, "lineno", None), "offset": getattr(error, "offset", None),
                 "text": (getattr(error, "text", None) or "").rstrip()[:200]}
        return {"ok": False, "error": "syntax", "type": type(error).__name__,
                "message": _text(getattr(error, "msg", error)), "where": where}

    def _target(self, request: dict[str, Any]) -> Any:
        if "handle" in request:
            obj = self.handles[request["handle"]]
            return getattr(obj, request["method"]) if request.get("method") else obj
        return getattr(self.module, request["name"])

    def _run(self, thunk: Any) -> dict[str, Any]:
        """Run learner code and describe the outcome; nothing the learner raises escapes."""
        try:
            return self._outcome(thunk)
        finally:
            _flush_output()  # the worker may be killed next: keep what the learner printed

    def _outcome(self, thunk: Any) -> dict[str, Any]:
        try:
            return {"ok": True, "result": thunk()}
        except NotImplementedError as error:
            return self._failure("not_implemented", error)
        except MemoryError as error:
            return self._failure("memory", error)
        except RecursionError as error:
            return self._failure("recursion", error)
        except CellOverTime as error:
            return self._failure("overtime", error)
        except SystemExit as error:
            return {"ok": False, "error": "exit", "type": "SystemExit", "message": _text(error.code), "where": None}
        except BaseException as error:  # learner code may raise anything, KeyboardInterrupt included
            return self._failure("raised", error)

    def _failure(self, kind: str, error: BaseException) -> dict[str, Any]:
        return {"ok": False, "error": kind, "type": _text(type(error).__name__), "message": _text(error),
                "where": self._learner_frame(error)}

    def _learner_frame(self, error: BaseException) -> dict[str, Any] | None:
        """The deepest traceback frame that is in the learner's own files."""
        try:
            frames = [f for f in traceback.extract_tb(error.__traceback__)
                      if f.filename in self.places or f.filename.startswith(self.learner_dir)]
        except BaseException:
            return None
        if not frames:
            return None
        last = frames[-1]
        place = self.places.get(last.filename, {"file": last.filename.rsplit("/", 1)[-1], "cell": None})
        return {**place, "line": last.lineno, "text": (last.line or "")[:200]}


_MISSING = object()


class CellOverTime(BaseException):
    """A notebook cell above the problem's own ran too long and was stopped."""


def _exec_within(code: Any, namespace: dict[str, Any], seconds: float | None) -> None:
    if not seconds:
        exec(code, namespace)
        return

    def stop(signum: int, frame: Any) -> None:
        raise CellOverTime()

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        exec(code, namespace)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _flush_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:  # the learner may have replaced or closed the stream
            pass


def _text(value: Any) -> str:
    try:
        return str.__str__(str(value))[:500]
    except BaseException:
        return "?"


def _snapshot(value: Any) -> Any:
    """A copy of the arrays inside an argument (plain data from the grader: arrays, lists, tuples, dicts)."""
    if type(value) is np.ndarray:
        return value.copy()
    if type(value) in (list, tuple):
        return type(value)(_snapshot(v) for v in value)
    if type(value) is dict:
        return {k: _snapshot(v) for k, v in value.items()}
    return value


def _same(before: Any, after: Any) -> bool:
    """Did the learner's call leave this argument as it was (every array inside it, in place or by rebinding)?"""
    if type(before) is np.ndarray:
        return type(after) is np.ndarray and before.shape == after.shape and before.dtype == after.dtype \
            and np.array_equal(before, after, equal_nan=True)
    if type(before) in (list, tuple):
        return type(after) is type(before) and len(after) == len(before) and all(map(_same, before, after))
    if type(before) is dict:
        return type(after) is dict and after.keys() == before.keys() and all(_same(before[k], after[k]) for k in before)
    return True


def _params(func: Any) -> list[list[Any]] | None:
    try:
        return [[p.name, p.kind.name, p.default is not inspect.Parameter.empty]
                for p in inspect.signature(func).parameters.values()]
    except (TypeError, ValueError):
        return None


def _describe(obj: Any) -> dict[str, Any]:
    try:
        if obj is _MISSING:
            return {"kind": "missing"}
        if isinstance(obj, type):
            methods = {name: _params(member) for name, member in vars(obj).items() if inspect.isfunction(member)}
            return {"kind": "class", "params": _params(obj), "methods": methods}
        if callable(obj):
            return {"kind": "function", "params": _params(obj)}
        return {"kind": "value", "type": type(obj).__name__}
    except BaseException:
        return {"kind": "value", "type": "?"}


def serve(sock: socket.socket, learner_dir: str) -> None:
    """Answer requests until the grader closes the socket."""
    worker = Worker(learner_dir)
    while True:
        try:
            request, blobs = wire.receive(sock)
        except wire.ChannelClosed:
            return
        wire.send(sock, *worker.handle(request, blobs))
