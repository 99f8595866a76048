"""The console every command prints to: UTF-8 always; at most 100 columns unless a view asks for the terminal's width."""
from __future__ import annotations

import sys

from rich.console import Console


def console(full_width: bool = False) -> Console:
    if sys.stdout.encoding and sys.stdout.encoding.lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")  # Korean must never fail to print
    return Console(highlight=False) if full_width else Console(width=min(100, Console().width), highlight=False)
