"""Open a `Session` on a learner's file: in a confined worker forked from the zygote, or in-process.

The in-process runner exists for the benchmark (to measure what the worker costs) and for quick
experiments on trusted code; grading untrusted code always goes through the sandbox.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grader.cache import HYPOTHESIS_VARIABLE, hypothesis_home
from grader.sandbox import wire

if TYPE_CHECKING:  # the session (and NumPy, which it decodes with) is imported once a worker is opened: a Sandbox
    from grader.sandbox.session import Session  # starts its zygote before the grader has paid for NumPy

PROJECT_ROOT = Path(__file__).resolve().parents[2]
OUTPUT_CAP = 4096
# -I keeps the learner's environment variables and current folder out of the worker's imports.
BOOT = "import sys; sys.path.insert(0, sys.argv[2]); from grader.sandbox.zygote import main; main()"
THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _prepare_scratch(files: dict[str, bytes]) -> str:
    scratch = tempfile.mkdtemp(prefix="dlscratch-")
    for relative, content in files.items():
        target = Path(scratch, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return scratch


class Zygote:
    """The grader's handle on the fork server process."""

    def __init__(self) -> None:
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MPL"))}
        env.update({name: "1" for name in THREAD_VARS}, MPLBACKEND="Agg")
        env[HYPOTHESIS_VARIABLE] = str(hypothesis_home())  # never .hypothesis/ in a learner's folder, should it be imported there
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-c", BOOT, str(theirs.fileno()), str(PROJECT_ROOT)],
            pass_fds=[theirs.fileno()], env=env, cwd="/", stdin=subprocess.DEVNULL,
            stdout=self.log, stderr=self.log)
        theirs.close()
        self.control.settimeout(60)
        self.ready = False  # the zygote imports while the grader does; it is waited for when first needed

    def _wait_ready(self) -> None:
        try:
            assert json.loads(self.control.recv(1 << 16)).get("ready")
        except (OSError, ValueError, AssertionError):
            self.log.seek(0)
            raise RuntimeError("the grading worker could not start:\n" + self.log.read()[-2000:].decode(errors="replace"))
        self.ready = True

    def spawn(self, request: dict[str, Any]) -> tuple[int, socket.socket]:
        if not self.ready:
            self._wait_ready()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        socket.send_fds(self.control, [json.dumps({"op": "spawn", **request}).encode()], [theirs.fileno()])
        theirs.close()
        return json.loads(self.control.recv(1 << 16))["pid"], ours

    def stop(self, pid: int, grace: float) -> dict[str, Any]:
        try:
            self.control.send(json.dumps({"op": "stop", "pid": pid, "grace": grace}).encode())
            return json.loads(self.control.recv(1 << 16))
        except (OSError, ValueError):  # the zygote itself is gone: end its worker's group from here
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass
            return {"killed": True, "exit_code": None, "signal": None}

    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        self.control.close()
        if not self.ready:  # it never forked a worker (nothing was started): no need to wait for its imports
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


class _SandboxTransport:
    def __init__(self, zygote: Zygote, pid: int, sock: socket.socket, scratch: str) -> None:
        self.zygote, self.pid, self.sock, self.scratch = zygote, pid, sock, scratch
        self.lost = ""

    def request(self, header: dict[str, Any], blobs: list[bytes], deadline: float) -> tuple[dict[str, Any], list[bytes]]:
        try:
            wire.send(self.sock, header, blobs)
            return wire.receive(self.sock, deadline)
        except wire.ChannelTimeout:
            self.lost = "timeout"
        except wire.ChannelClosed:
            self.lost = "crashed"
        return {"lost": self.lost}, []

    def close(self) -> dict[str, Any]:
        self.sock.close()
        # A worker that died on its own gets a moment to be reaped with its real exit status.
        end = self.zygote.stop(self.pid, grace=0.5 if self.lost == "crashed" else 0.0)
        try:
            with open(os.path.join(self.scratch, ".output"), "rb") as output:
                end["output"] = output.read(OUTPUT_CAP).decode("utf-8", errors="replace")
        except OSError:
            end["output"] = ""
        shutil.rmtree(self.scratch, ignore_errors=True)
        return end


def in_one_process(problem_count: int, jobs: int) -> bool:
    """Whether a run grades in the process that asked (one sandbox), or on a pool of grading processes (each with
    its own): a small run would spend longer starting the pool than grading."""
    return jobs <= 1 or problem_count < 8


class Sandbox:
    """Runs each learner file in its own confined worker, forked from one zygote."""

    def __init__(self, isolate: bool = True) -> None:
        self.isolate = isolate
        self.zygote = Zygote()

    def open(self, files: dict[str, bytes], path: list[str], time_limit: float, memory_mb: int,
             readonly: list[str], hidden: list[str], warm: tuple[str, ...] = ()) -> tuple[Session, str, str]:
        """Returns (session, isolation level, scratch dir the files were copied to); `warm` ("matplotlib") is
        imported in the zygote first, for the worker to inherit."""
        scratch = _prepare_scratch(files)
        if not self.zygote.alive():  # only possible without namespaces: learner code killed it
            self.zygote.close()
            self.zygote = Zygote()
        pid, sock = self.zygote.spawn({
            "scratch": scratch, "output": os.path.join(scratch, ".output"),
            "path": [os.path.join(scratch, p) for p in path], "memory_mb": memory_mb,
            "cpu_seconds": int(time_limit) + 5, "isolate": self.isolate, "readonly": readonly, "hidden": hidden,
            "warm": list(warm),
        })
        from grader.sandbox.session import Session

        transport = _SandboxTransport(self.zygote, pid, sock, scratch)
        try:
            hello, _ = wire.receive(sock, time.monotonic() + 30)
        except (wire.ChannelClosed, wire.ChannelTimeout):
            transport.close()
            raise RuntimeError("a grading worker failed to start") from None
        return Session(transport, time_limit), str(hello.get("isolation", "?")), scratch

    def close(self) -> None:
        self.zygote.close()


class _InProcessTransport:
    def __init__(self, scratch: str, path: list[str]) -> None:
        from grader.sandbox.worker import Worker

        self.scratch, self.path = scratch, path
        self.modules_before = set(sys.modules)
        sys.path[:0] = path
        self.worker = Worker(scratch)

    def request(self, header: dict[str, Any], blobs: list[bytes], deadline: float) -> tuple[dict[str, Any], list[bytes]]:
        # The same plain-data round trip as the sandbox, minus the process boundary.
        return self.worker.handle(header, blobs)

    def close(self) -> dict[str, Any]:
        for entry in self.path:
            sys.path.remove(entry)
        for name in set(sys.modules) - self.modules_before:
            module = sys.modules.get(name)
            if getattr(module, "__file__", "") and str(module.__file__).startswith(self.scratch):
                del sys.modules[name]
        shutil.rmtree(self.scratch, ignore_errors=True)
        return {"killed": False, "exit_code": 0, "signal": None, "output": ""}


class InProcess:
    """Runs learner code inside the grader process: no protection at all; trusted code and benchmarks only."""

    def open(self, files: dict[str, bytes], path: list[str], time_limit: float, memory_mb: int,
             readonly: list[str], hidden: list[str], warm: tuple[str, ...] = ()) -> tuple[Session, str, str]:
        from grader.sandbox.session import Session

        scratch = _prepare_scratch(files)
        transport = _InProcessTransport(scratch, [os.path.join(scratch, p) for p in path])
        return Session(transport, time_limit), "none (in-process)", scratch

    def close(self) -> None:
        pass
