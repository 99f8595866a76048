import numpy as np

from reference.convolution import conv2d


def convolve_bias(a: np.ndarray, kernel: np.ndarray, bias: float) -> np.ndarray:
    return conv2d(a, kernel, bias=bias)  # the bias is added once to each output, after its sum
