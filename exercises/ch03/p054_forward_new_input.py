"""p054 · 새 입력 [4, 5] 로 신경망 통과시키기 (The network on a new input [4, 5])

[문제]
입력 값이 1, 2 가 아니라 4, 5 일 때의 위의 3층 신경망을 통과한 결과를 출력하시오

[Problem]
Print the output of the 3-layer network above when the inputs are 4 and 5 instead of 1 and 2.

주어진 것 / Given:
    x = np.array([4, 5])
    network = init_network()  # 문제 52의 가중치 / problem 52's weights

예시 / Example:
    >>> network_output_for(np.array([4, 5]))
    array([3.99985817, 5.99972863])

힌트 / Hints: grade hint p054

채점 / Grade: grade p054
"""
import numpy as np


def network_output_for(x: np.ndarray) -> np.ndarray:
    """The output of problem 53's network (init_network() of problem 52, identity output) for the input x."""
    raise NotImplementedError
