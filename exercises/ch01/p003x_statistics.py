"""p003x · 추가문제: 평균, 중앙값, 최댓값, 최솟값, 표준편차, 분산 (Extra: mean, median, max, min, std, var)

[문제]
추가문제) 같은 배열의 평균, 중앙값, 최댓값, 최솟값, 표준편차, 분산을 출력하시오. (출력 대신 이 순서의 튜플로 돌려주세요: (mean, median, max, min, std, var).)

[Problem]
(Extra problem) For the same array print mean, median, max, min, standard deviation and variance. (Return them as a tuple in this order instead: (mean, median, max, min, std, var).)

주어진 것 / Given:
    a = np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21])

예시 / Example:
    >>> statistics(np.array([1, 2, 4, 5, 5, 7, 10, 13, 18, 21]))
    (8.6, 6.0, 21, 1, 6.437390775772433, 41.44)

힌트 / Hints: grade hint p003x

채점 / Grade: grade p003x
"""
import numpy as np


def statistics(a: np.ndarray) -> tuple:
    """Return the tuple (mean, median, max, min, std, var) of the elements of a."""
    raise NotImplementedError
