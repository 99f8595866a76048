"""p178 · 합성곱 결과를 2 x 2 행렬로 (The convolution's results as a 2 x 2 matrix)

[문제]
위에서 출력한 결과인 1차원 배열인 [15, 16, 6, 15] 결과를 2 x 2 행렬로 변경하시오 (결과 리스트와 출력의 크기 rows, cols 를 받아 행렬을 돌려주는 함수로 만드세요.)

[Problem]
Reshape the 1-D result [15, 16, 6, 15] printed above into a 2 x 2 matrix. (Write a function: it takes the list of results and the output size rows, cols, and returns the matrix.)

주어진 것 / Given:
    result = [15, 16, 6, 15]

예시 / Example:
    >>> to_feature_map(result, 2, 2)
    array([[15, 16],
           [ 6, 15]])

힌트 / Hints: grade hint p178

채점 / Grade: grade p178
"""
import numpy as np


def to_feature_map(values: list, rows: int, cols: int) -> np.ndarray:
    """The convolution's results (listed row by row) as a rows x cols NumPy array."""
    raise NotImplementedError
