"""p184 · 패딩 공식 함수 padding(H, S, OH, FH) (The padding formula as a function padding(H, S, OH, FH))

[문제]
위의 패딩 공식을 구현하는 파이썬 함수를 생성하시오

[Problem]
Create a Python function implementing the padding formula above.

주어진 것 / Given:
    padding(4, 1, 4, 3)   # H, S, OH, FH

예시 / Example:
    >>> padding(4, 1, 4, 3)
    1.0

힌트 / Hints: grade hint p184

채점 / Grade: grade p184
"""
def padding(H: int, S: int, OH: int, FH: int) -> float:
    """P = ((OH - 1) S - H + FH) / 2: the padding for input H, stride S, output OH and filter FH (the notes' order)."""
    raise NotImplementedError
