"""p215 · 필터 (3, 5, 5) 를 (3, 25) 로 (The filter (3, 5, 5) as (3, 25))

[문제]
Filter (3, 5, 5) 행렬을 (3, 25) 행렬로 변경하시오 (채널이 마지막인 필터 (H, W, C) 를 받아, 전치한 뒤 채널마다 한 행이 되도록 (C, H * W) 로 바꿔 돌려주세요.)

[Problem]
Change the Filter (3, 5, 5) matrix into a (3, 25) matrix. (Take a channels-last filter (H, W, C), transpose it and return it as (C, H * W), one row per channel.)

주어진 것 / Given:
    Filter = np.array([[[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]],
                       [[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]],
                       [[0,0,0],[0,0,0],[0,0,0],[0,0,0],[0,0,0]],
                       [[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]],
                       [[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]]], dtype=np.uint8)
    # 노트의 코드는 괄호가 [[[[ 로 열리고 ]]] 로 닫혀 SyntaxError 입니다: (5, 5, 3) 이 되는 3단계가 맞습니다.
    # The notes open four brackets and close three (a SyntaxError): three levels give the shape (5, 5, 3).

예시 / Example:
    >>> filter_rows(Filter).shape
    (3, 25)

힌트 / Hints: grade hint p215

채점 / Grade: grade p215
"""
import numpy as np


def filter_rows(f: np.ndarray) -> np.ndarray:
    """(H, W, C) -> (C, H * W): f.T, then reshape with -1 so that every row is one channel."""
    raise NotImplementedError
