"""p155 · Affine → ReLU → Affine 순전파 (The forward pass Affine → ReLU → Affine)

[문제]
위의 2층 신경망의 순전파를 은닉층에 활성화함수로 ReLU 를 추가해서 구현하시오 (어제 만들었던 Relu 클래스를 가져와서 구현하시오)

[Problem]
Implement the forward pass of the 2-layer network above with ReLU as the hidden-layer activation (use the Relu class made yesterday).

주어진 것 / Given:
    x, W1, b1, W2, b2: 문제 152의 배열 / the arrays of problem 152

예시 / Example:
    >>> two_layer_relu_forward(x, W1, b1, W2, b2)
    array([[ 93, 211]])
    (은닉층의 값이 모두 양수라 ReLU가 값을 바꾸지 않습니다. 노트의 답은 정의되지 않은 x1, y를 쓰고 ReLU를 출력층 뒤에 둡니다.
     Every hidden value is positive, so ReLU changes nothing here. The notes' answer uses the undefined x1 and y and puts ReLU after the output layer.)

힌트 / Hints: grade hint p155

채점 / Grade: grade p155
"""
import numpy as np

# Copy your finished classes from the earlier problems in here, or delete a skeleton and write `from p151_affine_layer import Affine`, `from p140_relu_layer import Relu`
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


class Relu:
    """ReLU (book p.166): forward(x) = max(0, x); backward(dout) lets dout through where x > 0, 0 elsewhere."""

    def __init__(self) -> None:
        self.mask = None  # forward keeps here where x <= 0 (a bool array): backward needs it

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """Return dx; leave the caller's dout as it was (work on dout.copy())."""
        raise NotImplementedError


def two_layer_relu_forward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    """layer_1 = Affine(W1, b1) → relu_1 = Relu() → layer_2 = Affine(W2, b2); return layer_2's output."""
    raise NotImplementedError
