"""Mistake: MulLayer's backward copied into the addition layer (dx = dout * y, dy = dout * x).

expect: That is the multiplication node's backward
"""


class AddLayer:
    def forward(self, x, y):
        self.x, self.y = x, y
        return x + y

    def backward(self, dout):
        return dout * self.y, dout * self.x
