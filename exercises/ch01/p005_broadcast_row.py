"""p005 · 브로드캐스트: 행렬 × 행 벡터 (Broadcasting: a matrix times a row)

[문제]
위의 그림 중 두번째 그림의 브로드캐스트를 numpy 로 구현하시오. (2x2 행렬 a 와 행 벡터 b 의 요소별 곱을 돌려주세요.)

[Problem]
Implement the second broadcasting example of the (missing) figure with NumPy: 2x2 matrix times a 1x2 row. (Return the element-wise product of a and b.)

주어진 것 / Given:
    a = np.array([[1, 2], [3, 4]])
    b = np.array([10, 20])

예시 / Example:
    >>> broadcast_row(a, b)
    array([[10, 40],
           [30, 80]])

힌트 / Hints: grade hint p005

채점 / Grade: grade p005
"""
import numpy as np


def broadcast_row(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return a * b: b (one number per column of a) is stretched over every row of a."""
    raise NotImplementedError
