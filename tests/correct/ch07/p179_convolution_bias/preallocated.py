"""
style: a preallocated output filled element by element, bias added at the end by broadcasting.
"""
import numpy as np


def convolve_bias(a: np.ndarray, kernel: np.ndarray, bias: float) -> np.ndarray:
    fh, fw = kernel.shape
    oh, ow = a.shape[0] - fh + 1, a.shape[1] - fw + 1
    out = np.zeros((oh, ow), dtype=np.result_type(a, kernel))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(a[i:i + fh, j:j + fw] * kernel)
    return out + bias
