"""p220 · Convolution 계층 (The Convolution layer)

[문제]
책 246 페이지에 나오는 Convolution 클래스를 생성하시오 (순전파 forward 와, common/layers.py 의 역전파 backward (col2im 사용) 까지 구현하세요.)

[Problem]
Create the Convolution class from page 246 of the book. (Implement forward and, as in common/layers.py, backward too, with col2im.)

예시 / Example:
    >>> conv = Convolution(np.random.randn(10, 3, 5, 5), np.zeros(10))
    >>> conv.forward(np.random.rand(10, 3, 7, 7)).shape
    (10, 10, 3, 3)
    >>> conv.backward(np.ones((10, 10, 3, 3))).shape
    (10, 3, 7, 7)

힌트 / Hints: grade hint p220

채점 / Grade: grade p220
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


def col2im(col: np.ndarray, input_shape: tuple, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """The way back of im2col (book: common/util.py): (N * OH * OW, C * FH * FW) -> (N, C, H, W).

    Undo the reshape and transpose, then add (+=) every window back where it came from: a pixel that lies in
    several windows receives the sum of all of them. Cut the padding off at the end.
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
