"""The grader's own state (hypothesis' examples and caches) lives in a grader-owned folder, never in the learner's.

The folder is `DLSCRATCH_CACHE_DIR`, or the user cache folder platformdirs names (~/.cache/dlscratch on Linux).
"""
from __future__ import annotations

import os
from pathlib import Path

CACHE_VARIABLE = "DLSCRATCH_CACHE_DIR"
HYPOTHESIS_VARIABLE = "HYPOTHESIS_STORAGE_DIRECTORY"  # hypothesis' own: the worker, a child process, reads it


def cache_dir() -> Path:
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dlscratch"))


def hypothesis_home() -> Path:
    """Where hypothesis keeps its state for the grader: otherwise `.hypothesis/` in the current folder."""
    return cache_dir() / "hypothesis"


def keep_hypothesis_state_here() -> None:
    """Point hypothesis at hypothesis_home(), in this process and in the processes it starts (the sandbox worker)."""
    from hypothesis.configuration import set_hypothesis_home_dir

    home = hypothesis_home()
    set_hypothesis_home_dir(home)
    os.environ[HYPOTHESIS_VARIABLE] = str(home)
