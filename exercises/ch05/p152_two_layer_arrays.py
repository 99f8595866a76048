"""p152 · 2층 신경망의 배열 만들기 (The arrays of a 2-layer network)

[문제]
위의 그림의 신경망의 x , W1, W2, b1, b2 의 numpy 배열을 만드시오

[Problem]
Create the NumPy arrays x, W1, W2, b1, b2 for the network in the figure above.

주어진 것 / Given:
    그림 / The figure (입력 2 → 은닉 3 → 출력 2 / 2 inputs → 3 hidden → 2 outputs):
      입력 / inputs: x1 = 1, x2 = 2 (한 행 / one row)
      x1 → 은닉 뉴런 1, 2, 3 / hidden neurons 1, 2, 3: 가중치 / weights 1, 3, 5
      x2 → 은닉 뉴런 1, 2, 3 / hidden neurons 1, 2, 3: 가중치 / weights 2, 4, 6
      은닉층 바이어스 / hidden biases: 1, 2, 3
      은닉 뉴런 1 → 출력 1, 2 / hidden neuron 1 → outputs 1, 2: 1, 4
      은닉 뉴런 2 → 출력 1, 2 / hidden neuron 2 → outputs 1, 2: 2, 5
      은닉 뉴런 3 → 출력 1, 2 / hidden neuron 3 → outputs 1, 2: 3, 6
      출력층 바이어스 / output biases: 1, 2

예시 / Example:
    >>> arrays = network_arrays()
    >>> arrays["W1"]
    array([[1, 3, 5],
           [2, 4, 6]])
    >>> arrays["x"].shape, arrays["b1"].shape, arrays["W2"].shape, arrays["b2"].shape
    ((1, 2), (1, 3), (3, 2), (1, 2))

힌트 / Hints: grade hint p152

채점 / Grade: grade p152
"""
import numpy as np


def network_arrays() -> dict[str, np.ndarray]:
    """{'x': ..., 'W1': ..., 'b1': ..., 'W2': ..., 'b2': ...}: the figure's numbers as NumPy arrays.

    W1[i, j] is the weight from input i to hidden neuron j; x and the biases are rows (1, n).
    """
    raise NotImplementedError
