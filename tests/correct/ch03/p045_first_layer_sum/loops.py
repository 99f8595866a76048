"""Each node's sum by a loop over the inputs.

style: loops
"""
import numpy as np


def layer1_sum(x, w):
    sums = [0] * w.shape[1]
    for j in range(w.shape[1]):
        for i in range(len(x)):
            sums[j] += x[i] * w[i, j]
    return np.array(sums)
