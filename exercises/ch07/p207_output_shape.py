"""p207 · 출력 행렬의 shape 을 구하는 함수 (A function for the output's shape)

[문제]
아래와 같이 입력 행렬과 필터 행렬과 스트라이드와 패딩을 입력받아 출력 행렬의 shape을 출력하는 함수를 생성하시오 (높이와 너비는 입력과 필터의 마지막 두 축입니다. 노트의 답 (H + 2*P - FH / S) + 1 은 틀렸습니다.)

[Problem]
Create a function that takes the input matrix, the filter matrix, the stride and the padding and outputs the shape of the output matrix. (Height and width are the last two axes of the input and of the filter. The notes' answer (H + 2*P - FH / S) + 1 is wrong.)

주어진 것 / Given:
    a = np.array([[[[2, 2, 1, 1, 0], ...]]])   # (1, 3, 5, 5)
    Filter = np.array([[[1, 1, -1, ...]]]).reshape(3, 3, 3)
    # OH = (H + 2P - FH) / S + 1 ; OW = (W + 2P - FW) / S + 1

예시 / Example:
    >>> output(a, Filter, 1, 2)
    (7, 7)
    >>> output(a, Filter, 2, 1)
    (3, 3)

힌트 / Hints: grade hint p207

채점 / Grade: grade p207
"""
import numpy as np


def output(data: np.ndarray, Filter: np.ndarray, S: int, P: int) -> tuple:
    """(OH, OW): OH = (H + 2P - FH) // S + 1, with H, W and FH, FW the last two axes of data and Filter."""
    raise NotImplementedError
