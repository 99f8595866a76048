"""
style: while loops and an explicit running sum over the filter, like the notes written by hand.
"""
import numpy as np


def convolve_list(a: np.ndarray, kernel: np.ndarray) -> list:
    fh, fw = kernel.shape
    out = []
    i = 0
    while i + fh <= a.shape[0]:
        j = 0
        while j + fw <= a.shape[1]:
            s = 0
            for u in range(fh):
                for v in range(fw):
                    s += a[i + u, j + v] * kernel[u, v]
            out.append(s)
            j += 1
        i += 1
    return out
