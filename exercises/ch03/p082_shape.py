"""p082 · 배열의 형상(shape) (The shape of an array)

[문제]
아래의 리스트를 numpy array 리스트로 변환하고 shape를 확인하시오

[Problem]
Convert the list below into a NumPy array and check its shape.

주어진 것 / Given:
    x = (문제 66의 9행 리스트에 마지막 행 [0.0, 0.05, 0.9, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0] 을 한 번 더 붙인 10행)
    x = (problem 66's 9 rows, with the last row [0.0, 0.05, 0.9, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0] once more: 10 rows)

예시 / Example:
    >>> shape_of(x)
    (10, 10)

힌트 / Hints: grade hint p082

채점 / Grade: grade p082
"""
import numpy as np


def shape_of(x: list) -> tuple:
    """Return the shape of np.array(x), a tuple of ints."""
    raise NotImplementedError
