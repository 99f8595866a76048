import numpy as np


def conv_at(x: np.ndarray, filt: np.ndarray, row: int, col: int, stride: int) -> int:
    _, fh, fw = filt.shape
    i, j = row * stride, col * stride  # output (row, col) reads the window starting stride steps per output
    return np.sum(x[:, i:i + fh, j:j + fw] * filt)
