"""The console every command prints to: UTF-8 always, at most 100 columns."""
from __future__ import annotations

import sys

from rich.console import Console


def console() -> Console:
    if sys.stdout.encoding and sys.stdout.encoding.lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")  # Korean must never fail to print
    return Console(width=min(100, Console().width), highlight=False)
