"""The grader's proxy to one learner module: call functions, build objects, read attributes, fetch figures.

Every reply is decoded into plain data before a check sees it. Learner exceptions become `LearnerError`
(an ordinary failure of that check); a worker that is gone, out of time or out of memory becomes
`WorkerLost`, a BaseException, so that hypothesis stops at once instead of shrinking against a dead process.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Protocol

from grader.plain import ProtocolError, decode, encode


OVERALL_FACTOR = 6


@dataclass(frozen=True)
class Handle:
    """An object that lives in the worker (e.g. a layer instance); the grader only holds its number."""

    id: int
    type_name: str = ""


class LearnerError(Exception):
    """The learner's code raised (or returned something that cannot be sent back)."""

    def __init__(self, kind: str, type_name: str, message: str, where: dict[str, Any] | None) -> None:
        super().__init__(f"{type_name}: {message}")
        self.kind, self.type_name, self.message, self.where = kind, type_name, message, where
        self.input: Any = None
        self.seed: int | None = None


class NotStarted(BaseException):
    """The learner's code raised NotImplementedError: the stub is still untouched there."""


class WorkerLost(BaseException):
    """The worker can no longer answer: status is 'timeout', 'memory' or 'crashed'."""

    def __init__(self, status: str, message: str = "") -> None:
        super().__init__(status)
        self.status, self.message = status, message


class Transport(Protocol):
    def request(self, header: dict[str, Any], blobs: list[bytes], deadline: float) -> tuple[dict[str, Any], list[bytes]]: ...

    def close(self) -> dict[str, Any]: ...


class Session:
    def __init__(self, transport: Transport, time_limit: float) -> None:
        self.transport = transport
        # Each call gets the problem's time limit; the whole problem gets a larger budget, so that the
        # grader's own work (hypothesis, shrinking, the reference) never eats into the learner's time.
        self.call_limit = time_limit
        self.deadline = time.monotonic() + OVERALL_FACTOR * time_limit
        self.lost: WorkerLost | None = None
        self.changed_args: list[int] = []
        self.notes: list[Any] = []  # what the worker noticed while loading (IPython lines left out, cells that raised)

    # -- the calls checks use ---------------------------------------------------------------------
    def load(self, cells: list[dict[str, Any]]) -> None:
        """Run the learner's code: [{"source", "file", "cell", "main", "jupyter"}], a .py file being one cell."""
        # A cell above the problem's own gets a share of the time limit; the problem's own cells get all of it.
        self._request({"op": "load", "cells": cells, "cell_seconds": self.call_limit / 4})

    def describe(self, names: list[str]) -> dict[str, Any]:
        return self._request({"op": "describe", "names": names})

    def call(self, name: str, *args: Any, seed: int | None = None, watch: bool = False) -> Any:
        return self._call({"name": name}, args, seed, watch)

    def new(self, cls: str, *args: Any, seed: int | None = None) -> Handle:
        reply = self._call({"name": cls, "keep": True}, args, seed, False, raw=True)
        return Handle(reply["handle"], cls)

    def method(self, handle: Handle, method: str, *args: Any, seed: int | None = None, watch: bool = False) -> Any:
        return self._call({"handle": handle.id, "method": method}, args, seed, watch)

    def keep(self, handle: Handle, method: str, *args: Any) -> Handle:
        """`handle.method(*args)`'s result kept in the worker (e.g. `__getitem__` for a layer of a network)."""
        reply = self._call({"handle": handle.id, "method": method, "keep": True}, args, None, False, raw=True)
        return Handle(reply["handle"], method)

    def fresh_calls(self, cls: str, ctor_args: tuple, method: str, calls: list[tuple]) -> list[Any]:
        """`cls(*ctor_args).method(*args)` for each args, each on a new instance, in one round trip."""
        tree, blobs = encode([list(ctor_args), [list(args) for args in calls]])
        return self._request({"op": "fresh_calls", "name": cls, "method": method, "args": tree}, blobs)

    def attr(self, handle: Handle, name: str) -> Any:
        return self._request({"op": "getattr", "handle": handle.id, "name": name})

    def figures(self) -> list[dict[str, Any]]:
        return self._request({"op": "figures"})

    def close(self) -> dict[str, Any]:
        """End the worker; returns what is known of its end (exit code, signal, captured output)."""
        return self.transport.close()

    # -- plumbing -------------------------------------------------------------------------------
    def _call(self, target: dict[str, Any], args: tuple, seed: int | None, watch: bool, raw: bool = False) -> Any:
        handles = {str(i): a.id for i, a in enumerate(args) if isinstance(a, Handle)}
        tree, blobs = encode([None if isinstance(a, Handle) else a for a in args])
        reply = self._request({"op": "call", **target, "args": tree, "handles": handles, "seed": seed, "watch": watch},
                              blobs, raw=raw)
        return reply

    def _request(self, header: dict[str, Any], blobs: list[bytes] = (), raw: bool = False) -> Any:
        if self.lost:
            raise self.lost
        reply, reply_blobs = self.transport.request(header, list(blobs), min(self.deadline, time.monotonic() + self.call_limit))
        if reply.get("lost"):
            self.lost = WorkerLost(reply["lost"], reply.get("message", ""))
            raise self.lost
        self.changed_args = [i for i in reply.get("changed_args", []) if type(i) is int]
        if type(reply.get("notes")) is list:
            self.notes = reply["notes"]
        if not reply.get("ok"):
            kind = str(reply.get("error"))
            if kind == "not_implemented":
                raise NotStarted()
            if kind == "memory":
                self.lost = WorkerLost("memory", str(reply.get("message", ""))[:300])
                raise self.lost
            where = reply.get("where") if type(reply.get("where")) is dict else None
            raise LearnerError(kind, str(reply.get("type", "?"))[:100], str(reply.get("message", ""))[:500], where)
        if raw:
            return reply
        try:
            return decode(reply.get("value"), reply_blobs)
        except ProtocolError as error:
            raise LearnerError("encode", "ProtocolError", str(error), None) from None
