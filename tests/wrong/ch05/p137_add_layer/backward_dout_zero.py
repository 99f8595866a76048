"""Mistake: only x receives the upstream derivative; y gets 0.

expect: dx = dout and dy = dout (not 0)
"""


class AddLayer:
    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout, 0 * dout
