import numpy as np

from reference.convolution import conv3d as convolve


def conv3d(x: np.ndarray, filt: np.ndarray) -> np.ndarray:
    return convolve(x, filt)  # rows outside, columns inside: out[i, j] = sum(x[:, i:i+FH, j:j+FW] * filt)
