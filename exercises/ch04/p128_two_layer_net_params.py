"""p128 · TwoLayerNet의 매개변수 형상 (The shapes of TwoLayerNet's parameters)

[문제]
TwoLayerNet 클래스로 객체를 생성하고 W1, W2, b1, b2 의 행렬의 모양을 확인하시오

[Problem]
Create a TwoLayerNet object and check the shapes of W1, W2, b1, b2.

주어진 것 / Given:
    network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)

예시 / Example:
    >>> network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)
    >>> network.params['W1'].shape, network.params['W2'].shape, network.params['b1'].shape, network.params['b2'].shape
    ((784, 50), (50, 10), (50,), (10,))

힌트 / Hints: grade hint p128

채점 / Grade: grade p128
"""
import numpy as np


class TwoLayerNet:
    def __init__(self, input_size: int, hidden_size: int, output_size: int, weight_init_std: float = 0.01):
        """self.params: 'W1' (input, hidden), 'b1' (hidden,), 'W2' (hidden, output), 'b2' (output,).

        Weights: weight_init_std * np.random.randn(...); biases: zeros.
        """
        raise NotImplementedError
