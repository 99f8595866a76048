"""p224 · Pooling 계층 (The Pooling layer)

[문제]
책 249 페이지의 Pooling 클래스를 생성하시오 (순전파 forward 와, common/layers.py 의 역전파 backward (col2im 사용) 까지 구현하세요.)

[Problem]
Create the Pooling class from page 249 of the book. (Implement forward and, as in common/layers.py, backward too, with col2im.)

예시 / Example:
    >>> pool = Pooling(pool_h=2, pool_w=2, stride=2)
    >>> pool.forward(np.random.rand(10, 3, 4, 4)).shape
    (10, 3, 2, 2)

힌트 / Hints: grade hint p224

채점 / Grade: grade p224
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


class Pooling:
    """Max pooling (book 7.4.4, common/layers.py): the largest value of every pool_h x pool_w window, per channel.

    forward(x): im2col, reshape(-1, pool_h * pool_w) so every row is one channel's window, np.max(axis=1),
    reshape(N, OH, OW, C).transpose(0, 3, 1, 2). Keep x and np.argmax(col, axis=1) for backward.
    backward(dout): each window's gradient goes to the position of its maximum only; col2im puts it back.
    """

    def __init__(self, pool_h: int, pool_w: int, stride: int = 1, pad: int = 0) -> None:
        self.pool_h = pool_h
        self.pool_w = pool_w
        self.stride = stride
        self.pad = pad

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError
