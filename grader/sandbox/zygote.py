"""A pre-started fork server: it imports NumPy and the worker once (matplotlib when a problem first draws), never runs learner code,
and forks one confined worker per problem (about 0.02 s instead of 0.2 s for a fresh interpreter).

It is a child subreaper, so anything a worker forks and abandons comes back to it and is killed when
that worker's problem ends.
"""
from __future__ import annotations

import gc
import json
import os
import signal
import socket
import sys
import time
from typing import Any

MAX_FD = 1 << 16


# The kernel lists each thread's children in /proc/PID/task/TID/children (CONFIG_PROC_CHILDREN, on in the common
# distributions' kernels); without it every process's stat is read to find them, a few ms on a busy machine, and a
# problem's end looks for children several times.
CHILDREN_LISTED = os.path.exists(f"/proc/self/task/{os.getpid()}/children")


def _children_of(parent: int) -> list[int]:
    """Direct children of `parent` (none once it is gone)."""
    return _listed_children(parent) if CHILDREN_LISTED else _scanned_children(parent)


def _listed_children(parent: int) -> list[int]:
    found = []
    try:
        threads = os.listdir(f"/proc/{parent}/task")
    except OSError:
        return found
    for thread in threads:
        try:
            with open(f"/proc/{parent}/task/{thread}/children", "rb") as listed:
                found += [int(pid) for pid in listed.read().split()]
        except OSError:
            continue
    return found


def _scanned_children(parent: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(entry))
    return found


def _kill_tree(root: int) -> None:
    stack, seen = [root], []
    while stack:
        pid = stack.pop()
        seen.append(pid)
        stack.extend(_children_of(pid))
    for pid in seen:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _reap_everything(limit: float = 5.0) -> None:
    """Kill and reap every remaining child until there is none.

    A process that forks while its parent is being killed is re-parented to us (the subreaper) only when that
    parent's exit completes, possibly after a scan: so scan, kill and reap again until nothing is left.
    """
    end = time.monotonic() + limit
    while time.monotonic() < end:
        for orphan in _children_of(os.getpid()):
            _kill_tree(orphan)
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            return  # no children left at all
        time.sleep(0.002)


def _stop(pid: int, grace: float) -> dict[str, Any]:
    """Let the worker end by itself for `grace` seconds, then kill its group and every orphan it left."""
    end, killed = time.monotonic() + grace, False
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() >= end:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _kill_tree(pid)
            status, killed = os.waitpid(pid, 0)[1], True
            break
        time.sleep(0.005)
    _reap_everything()
    code = os.waitstatus_to_exitcode(status)
    if code >= 128:  # the keeper reports a worker's death by signal as 128 + signal
        code = -(code - 128)
    return {"killed": killed, "exit_code": code if code >= 0 else None, "signal": -code if code < 0 else None}


def _become_worker(request: dict[str, Any], fd: int) -> None:
    import numpy

    from grader.sandbox import isolation, wire
    from grader.sandbox.worker import serve

    # Every worker inherits the zygote's global NumPy random state: without a fresh seed, two workers' unseeded
    # np.random draws would be one and the same stream. (Python's `random` reseeds itself after a fork.)
    numpy.random.seed()
    os.setsid()
    os.closerange(3, fd)
    os.closerange(fd + 1, MAX_FD)
    isolation.prctl(isolation.PR_SET_PDEATHSIG, signal.SIGKILL)  # never outlive the zygote
    level = isolation.enter(request["readonly"], request["hidden"], request["scratch"]) if request["isolate"] else isolation.PROCESS_LEVEL
    isolation.apply_limits(request["memory_mb"], request["cpu_seconds"])
    devnull = os.open(os.devnull, os.O_RDONLY)
    output = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(devnull, 0)
    os.dup2(output, 1)
    os.dup2(output, 2)
    os.chdir(request["scratch"])
    # The problem's fixture files (small MNIST, images, CSV) are served from here; see dataset/.
    os.environ["DLSCRATCH_FIXTURES"] = os.path.join(request["scratch"], "fixtures")
    os.environ["DLSCRATCH_WORKER"] = "1"  # a check() cell in graded code does nothing (grader/notebook.py)
    sys.path[:0] = request["path"]
    sock = socket.socket(fileno=fd)
    wire.send(sock, {"hello": True, "isolation": level})
    serve(sock, request["scratch"])


def _warm_matplotlib() -> None:
    """Import pyplot here, once, before forking a worker that draws: it is slow to import (most of a zygote's start,
    which a problem without a plot need not wait for) and builds its font cache where the worker cannot write."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401


def main() -> None:
    # Python's recipe for a fork server (see gc.freeze): no collections here, everything frozen right before a fork and
    # collection back on in the child, whose collections then never write to the pages it shares with the zygote.
    # The zygote itself makes little garbage: a few small messages per worker.
    gc.disable()
    control_fd = int(sys.argv[1])
    # Imported once here, so workers start warm: numpy.random is loaded by NumPy only on first use, the first seeded
    # call of every worker.
    import numpy.random  # noqa: F401

    import grader.sandbox.worker  # noqa: F401
    from grader.sandbox.isolation import PR_SET_CHILD_SUBREAPER, PR_SET_PDEATHSIG, prctl

    prctl(PR_SET_CHILD_SUBREAPER, 1)
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    control = socket.socket(fileno=control_fd)
    control.send(b'{"ready": true}')
    while True:
        message, fds, _, _ = socket.recv_fds(control, 1 << 20, 1)
        if not message:
            break
        request = json.loads(message)
        if request["op"] == "spawn":
            if "matplotlib" in request.get("warm", ()):
                _warm_matplotlib()
            gc.freeze()
            pid = os.fork()
            if pid == 0:
                gc.enable()
                control.close()
                try:
                    _become_worker(request, fds[0])
                except BaseException:
                    os._exit(70)
                os._exit(0)
            for fd in fds:
                os.close(fd)
            control.send(json.dumps({"pid": pid}).encode())
        elif request["op"] == "stop":
            control.send(json.dumps(_stop(request["pid"], request["grace"])).encode())
    for child in _children_of(os.getpid()):
        _kill_tree(child)
    _reap_everything()
    os._exit(0)  # nothing to save: skip tearing down NumPy and matplotlib, which the grader would wait for


if __name__ == "__main__":
    main()
