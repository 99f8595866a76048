"""The problems a command's TARGET words name, or argparse's usage error (exit 2) for an unknown one."""
from __future__ import annotations

import argparse

from grader import catalog
from grader.spec import Problem


def select(parser: argparse.ArgumentParser, targets: list[str]) -> list[Problem]:
    try:
        return catalog.select(targets)
    except catalog.UnknownTarget as unknown:
        parser.error(f"unknown problem or chapter: {unknown} (see `grade list`)")
