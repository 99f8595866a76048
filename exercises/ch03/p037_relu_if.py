"""p037 · ReLU 함수 (if/else) (The ReLU function (if/else))

[문제]
Relu 함수를 파이썬으로 구현하시오

[Problem]
Implement the ReLU function in Python (scalar if/else version).

주어진 것 / Given:
    Relu(0.3), Relu(-2)
    # h(x) = x (x > 0), 0 (x <= 0)

예시 / Example:
    >>> Relu(0.3)
    0.3
    >>> Relu(-2)
    0

힌트 / Hints: grade hint p037

채점 / Grade: grade p037
"""
def Relu(x: float) -> float:
    """For one number x: x itself when x > 0, otherwise 0. Write it with if / else."""
    raise NotImplementedError
