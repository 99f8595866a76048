"""p214 · 필터를 만들고 전치하기 (Making the filter and transposing it)

[문제]
아래의 Filter 를 생성하고 shape 를 확인하고 전치 시키시오 (make_filter() 는 아래 Filter 를 uint8 배열로 돌려주고, transposed(f) 는 f.T 를 돌려줍니다.)

[Problem]
Create the Filter below, check its shape and transpose it. (make_filter() returns the Filter below as a uint8 array; transposed(f) returns f.T.)

주어진 것 / Given:
    Filter = np.array([[[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]],
                       [[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]],
                       [[0,0,0],[0,0,0],[0,0,0],[0,0,0],[0,0,0]],
                       [[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]],
                       [[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]]], dtype=np.uint8)
    # 노트의 코드는 괄호가 [[[[ 로 열리고 ]]] 로 닫혀 SyntaxError 입니다: (5, 5, 3) 이 되는 3단계가 맞습니다.
    # The notes open four brackets and close three (a SyntaxError): three levels give the shape (5, 5, 3).

예시 / Example:
    >>> make_filter().shape
    (5, 5, 3)
    >>> transposed(make_filter()).shape
    (3, 5, 5)

힌트 / Hints: grade hint p214

채점 / Grade: grade p214
"""
import numpy as np


def make_filter() -> np.ndarray:
    """The (5, 5, 3) Filter above, dtype=np.uint8: a black cross (0) on white (255), three colour channels."""
    raise NotImplementedError


def transposed(f: np.ndarray) -> np.ndarray:
    """f transposed: the order of all axes reversed (f.T), for an array of any number of axes."""
    raise NotImplementedError
