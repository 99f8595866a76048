"""p058 · 최댓값을 뺀 값의 지수 (e to the powers after subtracting the max)

[문제]
위의 [0 -10 -20] 을 자연상수 e의 제곱으로 해서 출력된 결과가 무엇인지 확인하시오

[Problem]
Check the result of raising e to the powers [0 -10 -20] from above.

주어진 것 / Given:
    a = np.array([1010, 1000, 990])
    res = a - np.max(a)  # [  0 -10 -20]

예시 / Example:
    >>> exp_of(np.array([0, -10, -20]))
    array([1.00000000e+00, 4.53999298e-05, 2.06115362e-09])

힌트 / Hints: grade hint p058

채점 / Grade: grade p058
"""
import numpy as np


def exp_of(res: np.ndarray) -> np.ndarray:
    """Return e to the power of every element of res (all 0 or below: no overflow any more)."""
    raise NotImplementedError
