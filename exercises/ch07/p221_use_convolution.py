"""p221 · Convolution 객체로 합성곱 층 쓰기 (Using a Convolution object as a layer)

[문제]
위에서 만든 Convolution 클래스를 객체화 시켜서 Convolution 층을 구현하시오 (x, W, b 를 받아 conv = Convolution(W, b) 의 conv.forward(x) 를 돌려주는 함수로 만드세요.)

[Problem]
Instantiate the Convolution class made above and implement a convolution layer. (Write a function: it takes x, W and b and returns conv.forward(x) for conv = Convolution(W, b).)

주어진 것 / Given:
    x1 = np.arange(1470).reshape(10, 3, 7, 7)
    W1 = np.arange(750).reshape(10, 3, 5, 5)
    b1 = 1

예시 / Example:
    >>> f = convolution_layer(x1, W1, b1)
    >>> f.shape      # forward 안의 행렬곱 out 은 (90, 10) / the product inside forward is (90, 10)
    (10, 10, 3, 3)

힌트 / Hints: grade hint p221

채점 / Grade: grade p221
"""
import numpy as np

# Copy your finished pieces from the earlier problems in here, or delete a skeleton and import it
# (files of one chapter folder can import each other: `from p210_im2col import im2col`).


def im2col(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N, C, H, W) images -> a 2-D array (N * OH * OW, C * FH * FW): one row per filter-sized window (book: common/util.py).

    OH = (H + 2*pad - filter_h) // stride + 1 (OW likewise). Pad with np.pad, fill col (N, C, FH, FW, OH, OW),
    then col.transpose(0, 4, 5, 1, 2, 3).reshape(N * OH * OW, -1): rows are windows, columns channel, row, column.
    """
    raise NotImplementedError


class Convolution:
    """The convolution layer (book 7.4.3, common/layers.py): W (FN, C, FH, FW), b (FN,).

    forward(x): x (N, C, H, W) -> (N, FN, OH, OW). im2col(x) @ W.reshape(FN, -1).T + b, then reshape to
    (N, OH, OW, FN) and transpose(0, 3, 1, 2). Keep x, col and col_W: backward needs them.
    backward(dout): sets self.dW (like W) and self.db (like b) and returns dx (like x), through col2im.
    """

    def __init__(self, W: np.ndarray, b: np.ndarray, stride: int = 1, pad: int = 0) -> None:
        self.W = W
        self.b = b
        self.stride = stride
        self.pad = pad
        self.dW = None
        self.db = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError


def convolution_layer(x: np.ndarray, W: np.ndarray, b) -> np.ndarray:
    """conv = Convolution(W, b) (stride 1, pad 0), then conv.forward(x): (N, FN, OH, OW)."""
    raise NotImplementedError
