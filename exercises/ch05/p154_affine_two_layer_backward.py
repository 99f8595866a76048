"""p154 · Affine 계층 두 개의 역전파 (The backward pass through two Affine layers)

[문제]
위의 2층 신경망의 역전파를 Affine 클래스를 이용해서 구현하시오. dY는 위의 순전파의 결과인 out2 행렬을 그대로 사용하시오

[Problem]
Implement the backward pass of the 2-layer network above using the Affine class; use the forward result out2 itself as dY.

주어진 것 / Given:
    x, W1, b1, W2, b2: 문제 152의 배열 / the arrays of problem 152
    dY = out2  # 문제 153의 순전파 결과 / the forward result of problem 153

예시 / Example:
    >>> grads = two_layer_backward(x, W1, b1, W2, b2)
    >>> grads["dx"]
    array([[12385, 16108]])
    >>> grads["dW1"]
    array([[ 937, 1241, 1545],
           [1874, 2482, 3090]])
    >>> grads["db1"]
    array([ 937, 1241, 1545])
    >>> grads["dW2"], grads["db2"]
    (array([[ 558, 1266],
           [1209, 2743],
           [1860, 4220]]), array([ 93, 211]))

힌트 / Hints: grade hint p154

채점 / Grade: grade p154
"""
import numpy as np

# Copy your finished classes from the earlier problems in here, or delete a skeleton and write `from p151_affine_layer import Affine`
# (files of one chapter folder can import each other).


class Affine:
    """The affine layer (book p.175): forward(x) = x·W + b for a batch x (one sample per row).

    backward(dout) returns dx and keeps the parameters' gradients in self.dW and self.db.
    """

    def __init__(self, W: np.ndarray, b: np.ndarray) -> None:
        self.W = W
        self.b = b
        self.x = None  # forward keeps its input here: dW needs it
        self.dW = None
        self.db = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError


def two_layer_backward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> dict:
    """Forward through layer_1 = Affine(W1, b1) and layer_2 = Affine(W2, b2), then backward from dY = out2, through the
    same two objects in reverse order. Return {'dx': dx1, 'dW1': layer_1.dW, 'db1': layer_1.db, 'dW2': layer_2.dW,
    'db2': layer_2.db}."""
    raise NotImplementedError
