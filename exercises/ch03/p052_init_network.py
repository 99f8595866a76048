"""p052 · 가중치를 딕셔너리로: init_network() (The weights in a dictionary: init_network())

[문제]
위의 코드 중에 가중치에 해당하는 코드들을 init_network() 라는 함수로 생성해서 가중치를 딕셔너리에서 가져올 수 있도록 하시오

[Problem]
Turn the weight code above into a function init_network() so that the weights are taken from a dictionary.

주어진 것 / Given:
    network['W1'] = np.array([[1, 3, 5], [4, 5, 6]])
    network['W2'] = np.array([[1, 2], [3, 4], [5, 6]])
    network['W3'] = np.array([[1, 2], [3, 4]])

예시 / Example:
    >>> network = init_network()
    >>> network['W2']
    array([[1, 2],
           [3, 4],
           [5, 6]])

힌트 / Hints: grade hint p052

채점 / Grade: grade p052
"""
import numpy as np


def init_network() -> dict:
    """Return a new dict with the keys 'W1', 'W2', 'W3' holding the three weight matrices above."""
    raise NotImplementedError
