"""p090 · 간격을 두고 세기: [0, 3, 6, 9] (Counting in steps: [0, 3, 6, 9])

[문제]
아래의 결과를 출력하시오

[Problem]
Print the result shown below.

주어진 것 / Given:
    [0, 3, 6, 9]

예시 / Example:
    >>> every_step(10, 3)
    [0, 3, 6, 9]

힌트 / Hints: grade hint p090

채점 / Grade: grade p090
"""
def every_step(stop: int, step: int) -> list:
    """Return [0, step, 2*step, ...], every number below stop."""
    raise NotImplementedError
