"""Confine one worker: its own PID, network and mount namespaces where the OS allows, resource limits always.

Namespaces give the strongest level: the worker is PID 1 of a fresh PID namespace (when it dies the kernel
kills every process it started), has no network, sees the workspace and the installation read-only and
the reference solutions not at all. Where namespaces are forbidden (many containers), the worker still
runs in its own session and process group with limits, and the report says which level was in force.
"""
from __future__ import annotations

import ctypes
import os
import resource
import signal
from typing import Any

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x00020000, 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER = 1, 36

PROCESS_LEVEL = "process (own session and resource limits; no namespaces)"

_libc = ctypes.CDLL(None, use_errno=True)


def _mount(source: str | None, target: str, fstype: str | None, flags: int) -> bool:
    enc = lambda s: s.encode() if s is not None else None  # noqa: E731
    return _libc.mount(enc(source), enc(target), enc(fstype), ctypes.c_ulong(flags), None) == 0


def prctl(option: int, value: int) -> None:
    _libc.prctl(option, ctypes.c_ulong(value), 0, 0, 0)


def _write(path: str, content: str) -> None:
    with open(path, "w") as f:
        f.write(content)


def enter(readonly: list[str], hidden: list[str], writable: str) -> str:
    """Move this (freshly forked) process into new namespaces; returns the isolation level reached.

    On success the calling process becomes a keeper that waits for the real worker and exits with its
    status; only the worker returns from this function.
    """
    uid, gid = os.geteuid(), os.getegid()
    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID | (CLONE_NEWUSER if uid != 0 else 0)
    if _libc.unshare(flags) != 0:
        return PROCESS_LEVEL
    if uid != 0:
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{uid} {uid} 1")
        _write("/proc/self/gid_map", f"{gid} {gid} 1")
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    locked = [p for p in readonly if os.path.isdir(p) and _mount(p, p, None, MS_BIND | MS_REC)
              and _mount(None, p, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)]
    hid = [p for p in hidden if os.path.isdir(p) and _mount("tmpfs", p, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV)]
    # The scratch folder stays writable even inside a read-only tree: a bind inherits read-only, so remount it.
    _mount(writable, writable, None, MS_BIND) and _mount(None, writable, None, MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NODEV)
    pid = os.fork()
    if pid:  # the keeper: mirror the worker's end, hold nothing open
        os.closerange(0, 1 << 16)
        _, status = os.waitpid(pid, 0)
        os._exit(os.waitstatus_to_exitcode(status) % 256 if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    parts = ["namespaces (pid, network, mount)", f"{len(locked)}/{len(readonly)} paths read-only"]
    if hidden:
        parts.append("reference hidden" if len(hid) == len(hidden) else "reference NOT hidden")
    return "; ".join(parts)


def _vm_size() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def apply_limits(memory_mb: int, cpu_seconds: int) -> None:
    """Memory (address space above what is mapped now), CPU time, file size, core dumps, open files."""
    memory = _vm_size() + memory_mb * 2**20
    limits: dict[int, Any] = {
        resource.RLIMIT_AS: memory,
        resource.RLIMIT_CPU: cpu_seconds,
        resource.RLIMIT_FSIZE: 16 * 2**20,
        resource.RLIMIT_CORE: 0,
        resource.RLIMIT_NOFILE: 256,
    }
    for kind, value in limits.items():
        try:
            hard = resource.getrlimit(kind)[1]
            value = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(kind, (value, hard if kind != resource.RLIMIT_CPU else value + 1))
        except (ValueError, OSError):
            pass
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an oversized write fails with an error, not a kill
