"""Fresh virtualenvs for the release tests: what a learner or a grading server gets, nothing of this checkout."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TIMEOUT = 600


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without this checkout's Python settings or virtualenv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_"))}
    env.update(extra)
    return env


def make_venv(folder: Path, *wheels: Path) -> Path:
    """python -m venv (no system site-packages), then pip install the wheels and their dependencies; returns bin/."""
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, timeout=TIMEOUT)
    run(folder / "bin" / "python", "-m", "pip", "install", "--quiet", *map(str, wheels), cwd=folder, check=True)
    return folder / "bin"


def run(program: Path, *args: str, cwd: Path, check: bool = False, **env: str) -> subprocess.CompletedProcess:
    done = subprocess.run([str(program), *args], capture_output=True, text=True, encoding="utf-8", cwd=cwd,
                          env=clean_env(**env), timeout=TIMEOUT)
    if check:
        assert done.returncode == 0, f"{program} {' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done
