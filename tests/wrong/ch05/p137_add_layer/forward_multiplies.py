"""Mistake: MulLayer's forward copied into the addition layer (x * y), its backward right (dout, dout).

expect: AddLayer.forward multiplies
"""


class AddLayer:
    def __init__(self):
        pass

    def forward(self, x, y):
        return x * y

    def backward(self, dout):
        return dout, dout
