"""p089 · 0부터 9까지의 리스트 (A list from 0 to 9)

[문제]
아래의 결과를 출력하시오

[Problem]
Print the result shown below.

주어진 것 / Given:
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]

예시 / Example:
    >>> numbers_below(10)
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]

힌트 / Hints: grade hint p089

채점 / Grade: grade p089
"""
def numbers_below(n: int) -> list:
    """Return the list [0, 1, ..., n-1]."""
    raise NotImplementedError
