"""p192 · Filter 배열의 shape (1, 3, 9) (The Filter array's shape (1, 3, 9))

[문제]
아래의 numpy array의 행렬을 확인하시오 (노트의 괄호가 맞지 않아 바로잡았습니다. 채널마다 한 줄로 펼친 필터 rows 를 받아 바깥 괄호를 한 겹 더 씌운 (1, 채널, 9) 배열을 돌려주는 함수로 만드세요.)

[Problem]
Check the matrix of the NumPy array below. (The notes' brackets do not match; corrected here. Write a function: it takes the filter's rows, one flattened row per channel, and returns them wrapped in one more bracket, a (1, channels, 9) array.)

주어진 것 / Given:
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]])

예시 / Example:
    >>> filter_array([[1, 1, -1, -1, 0, 0, 1, 1, 0], [-1, -1, 0, 0, -1, 1, 0, -1, 0], [-1, 1, 1, -1, 1, -1, 0, 0, -1]]).shape
    (1, 3, 9)

힌트 / Hints: grade hint p192

채점 / Grade: grade p192
"""
import numpy as np


def filter_array(rows: list) -> np.ndarray:
    """The list of per-channel rows wrapped in one more bracket: a (1, len(rows), len(rows[0])) array."""
    raise NotImplementedError
