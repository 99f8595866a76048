"""p096 · 배치 구간 나누기: 0 ~ 100, 100 ~ 200, ... (Batch ranges: 0 ~ 100, 100 ~ 200, ...)

[문제]
아래와 같이 나오도록 하시오

[Problem]
Make the output look like the lines below (0 ~ 100, 100 ~ 200, ..., 9900 ~ 10000).

주어진 것 / Given:
    0 ~ 100
    100 ~ 200
    200 ~ 300
    .
    .
    .
    9900 ~ 10000

예시 / Example:
    >>> lines = batch_ranges(10000, 100)
    >>> lines[:2], lines[-1], len(lines)
    (['0 ~ 100', '100 ~ 200'], '9900 ~ 10000', 100)

힌트 / Hints: grade hint p096

채점 / Grade: grade p096
"""
def batch_ranges(total: int, size: int) -> list:
    """Return the lines 'start ~ end' of consecutive batches of `size` covering 0 to total (total is a multiple of size)."""
    raise NotImplementedError
