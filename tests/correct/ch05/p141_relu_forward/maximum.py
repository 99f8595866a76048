"""p141.

style: forward as np.maximum(x, 0) with the mask kept beside it
"""
import numpy as np


class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = (x <= 0)
        return np.maximum(x, 0)

    def backward(self, dout):
        return dout * ~self.mask


def relu_forward(x):
    relu = Relu()
    return relu.forward(x)
