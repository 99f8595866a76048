"""p102 · 여러 예측의 평균제곱오차 (for 문) (MSE of several predictions (one for loop))

[문제]
아래의 확률 벡터를 Mean Squared Error 함수를 이용해서 target과 predict 값의 오차율이 어떻게 되는지 for loop 문으로 한번에 알아내시오

[Problem]
Using the MSE function, find with one for loop how large the error between target and each prediction vector is.

주어진 것 / Given:
    t = [0,0,1,0,0,0,0,0,0,0]  # 숫자2
    y1 = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
    y2 = [0.1, 0.05, 0.2, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]
    y3 = [0.0, 0.05, 0.3, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]
    y4 = [0.0, 0.05, 0.4, 0.0, 0.05, 0.0, 0.0, 0.5, 0.0, 0.0]
    y5 = [0.0, 0.05, 0.5, 0.0, 0.05, 0.0, 0.0, 0.4, 0.0, 0.0]
    y6 = [0.0, 0.05, 0.6, 0.0, 0.05, 0.0, 0.0, 0.3, 0.0, 0.0]
    y7 = [0.0, 0.05, 0.7, 0.0, 0.05, 0.0, 0.0, 0.2, 0.0, 0.0]
    y8 = [0.0, 0.1, 0.8, 0.0, 0.1, 0.0, 0.0, 0.2, 0.0, 0.0]
    y9 = [0.0, 0.05, 0.9, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0]

예시 / Example:
    >>> error_rates([y1, y2, ..., y9], t)   # 오차율(%) = MSE * 100, 소수 둘째 자리
    [42.25, 51.25, 43.25, 30.75, 20.75, 12.75, 6.75, 5.0, 0.75]
    (노트의 보기 '32%, 43%'는 틀렸습니다 / the notes' sample '32%, 43%' is wrong)

힌트 / Hints: grade hint p102

채점 / Grade: grade p102
"""
import numpy as np


def mean_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """0.5 * the sum of (y - t)²."""
    raise NotImplementedError


def error_rates(ys: list, t: list) -> list[float]:
    """For each prediction in ys (one for loop): its MSE against t in percent, rounded to 2 decimals, as a list."""
    raise NotImplementedError
