"""p180 · 제로 패딩 1 (Zero padding of 1)

[문제]
위에서 출력한 2 x 2 행렬에 제로패딩 1을 수행하시오 (행렬과 패딩 p 를 받아 네 변에 0 을 p 줄씩 붙인 행렬을 돌려주는 함수로 만드세요. 노트의 답은 pad_width=2 로 6 x 6 을 출력하지만 패딩 1 의 결과는 4 x 4 입니다.)

[Problem]
Apply zero padding of 1 to the 2 x 2 matrix printed above. (Write a function: it takes the matrix and the padding p and returns the matrix with p rows/columns of zeros on every side. The notes' answer uses pad_width=2 and prints 6 x 6; a padding of 1 gives 4 x 4.)

주어진 것 / Given:
    r = np.array([[15, 16], [6, 15]])

예시 / Example:
    >>> zero_pad(r, 1)
    array([[ 0,  0,  0,  0],
           [ 0, 15, 16,  0],
           [ 0,  6, 15,  0],
           [ 0,  0,  0,  0]])

힌트 / Hints: grade hint p180

채점 / Grade: grade p180
"""
import numpy as np


def zero_pad(m: np.ndarray, p: int) -> np.ndarray:
    """m with p rows of zeros above and below and p columns of zeros left and right."""
    raise NotImplementedError
