"""The published solutions a learner has added (`grade solution --add DIR`), kept in the learner's data folder.

The folder is `DLSCRATCH_SOLUTIONS_DIR`, or `solutions/` in the user data folder platformdirs names
(~/.local/share/dlscratch on Linux). Each set added is merged in, so chapters can be published one by one.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from grader.instructor.publish import MANIFEST, read_manifest


def store() -> Path:
    if os.environ.get("DLSCRATCH_SOLUTIONS_DIR"):
        return Path(os.environ["DLSCRATCH_SOLUTIONS_DIR"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("dlscratch")) / "solutions"


def published() -> dict[str, dict]:
    """problem id -> {"path": ..., "library": [...]}, for every solution added so far (none if the store is unreadable)."""
    try:
        return dict(read_manifest(store())["problems"])
    except (OSError, ValueError, KeyError, TypeError):
        return {}


class NotAPublishedSet(ValueError):
    pass


def add(folder: Path) -> list[str]:
    """Merge a published set (what `grade publish` wrote) into the store; returns the problem ids it adds."""
    incoming = read_manifest(folder)
    if not (folder / MANIFEST).is_file() or not incoming["problems"]:
        raise NotAPublishedSet(str(folder))
    target = store()
    merged = read_manifest(target)
    for problem_id, entry in incoming["problems"].items():
        for relative in [entry["path"], entry["path"].removesuffix(".py") + ".ipynb", *entry["library"]]:
            source = folder / relative
            if source.is_file():
                (target / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / relative)
        merged["problems"][problem_id] = entry
    target.mkdir(parents=True, exist_ok=True)
    (target / MANIFEST).write_text(json.dumps(merged, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return sorted(incoming["problems"])
