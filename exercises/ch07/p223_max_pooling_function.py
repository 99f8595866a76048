"""p223 · max_pooling 함수로 4x4 를 2x2 로 (max_pooling: a 4x4 matrix into 2x2)

[문제]
max_pooling 함수를 이용해서 4x4 행렬을 2x2 행렬로 변경하시오 (아래 max_pooling 함수를 완성해, 4x4 행렬을 받아 겹치지 않는 2x2 창마다 최댓값을 담은 2x2 배열을 돌려주세요.)

[Problem]
Use the max_pooling function to change a 4x4 matrix into a 2x2 matrix. (Complete max_pooling below: it takes a 4x4 matrix and returns the 2x2 array of every non-overlapping 2x2 window's maximum.)

주어진 것 / Given:
    def max_pooling(array):
        res = []
        a = array.flatten()
        for i in range(0,12,2):
            if i==4 or i==6:
                continue
            temp=np.array([a[i:i+2], a[i+4:i+6]])
            res.append(np.max(temp))
        res = np.array(res).reshape(2,2)
        return res
    a = np.random.rand(4, 4)

예시 / Example:
    >>> max_pooling(np.array([[21, 8, 8, 12], [12, 19, 9, 7], [8, 10, 4, 3], [18, 12, 9, 10]]))
    array([[21, 12],
           [18, 10]])

힌트 / Hints: grade hint p223

채점 / Grade: grade p223
"""
import numpy as np


def max_pooling(array: np.ndarray) -> np.ndarray:
    """A 4x4 matrix -> the 2x2 matrix of its four 2x2 windows' maxima (top-left, top-right, bottom-left, bottom-right)."""
    raise NotImplementedError
