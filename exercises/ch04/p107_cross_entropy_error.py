"""p107 · 교차 엔트로피 오차 (Cross entropy error)

[문제]
Cross Entropy Error 함수를 아래의 공식을 보고 생성하시오 (함수이름: cross_entropy_error)

[Problem]
Write the cross entropy error function from the formula E = -sum_k t_k log y_k (function name: cross_entropy_error).

주어진 것 / Given:
    E = -Σ_k t_k log y_k
    y = np.array([0, 0, 0.9, 0, 0, 0, 0, 0, 0, 0.1])
    t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])

예시 / Example:
    >>> cross_entropy_error(y, t)
    0.10536040454...   # = -log(0.9 + 1e-7)
    (노트의 벡터는 11개 요소: 10개의 오타 / the notes' vectors have 11 elements, a typo for 10)

힌트 / Hints: grade hint p107

채점 / Grade: grade p107
"""
import numpy as np


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + delta) for one sample; delta = 1e-7 keeps log(0) = -inf out of the sum."""
    raise NotImplementedError
