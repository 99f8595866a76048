"""Matrices as plain Python lists (a list of rows): what NumPy does for us, written out by hand.

Chapter 1 asks for a few NumPy operations "without NumPy" so that the learner sees the loops NumPy hides.
"""
from __future__ import annotations

import operator
from typing import Callable

Matrix = list[list[float]]


def shape(m: Matrix) -> tuple[int, int]:
    return len(m), len(m[0])


def elements_at_least(m: Matrix, threshold: float) -> list[float]:
    """The elements >= threshold, row by row (NumPy: a[a >= threshold])."""
    return [value for row in m for value in row if value >= threshold]


def broadcast(m: Matrix, m2: Matrix, op: Callable[[float, float], float]) -> Matrix:
    """op element by element, stretching m2 like NumPy does: a 1-row m2 is reused for every row of m,
    a 1-column m2 for every column (so [[10]] acts as the scalar 10)."""
    rows, cols = shape(m)
    rows2, cols2 = shape(m2)
    if rows2 not in (1, rows) or cols2 not in (1, cols):
        raise ValueError(f"shapes {(rows, cols)} and {(rows2, cols2)} cannot be broadcast together")
    # Index 0 of a stretched axis, i (or j) of a full one: the row/column NumPy repeats.
    return [[op(m[i][j], m2[i if rows2 > 1 else 0][j if cols2 > 1 else 0]) for j in range(cols)] for i in range(rows)]


def add(m: Matrix, m2: Matrix) -> Matrix:
    return broadcast(m, m2, operator.add)


def multiply(m: Matrix, m2: Matrix) -> Matrix:
    return broadcast(m, m2, operator.mul)
