"""Mistake: backward multiplies dout by each input's own value instead of the other input's.

expect: The multiplication node swaps its inputs going back
"""


class MulLayer:
    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        return x * y

    def backward(self, dout):
        return dout * self.x, dout * self.y


def buy_apple(apple, apple_num, tax):
    apple_price = MulLayer().forward(apple, apple_num)
    return MulLayer().forward(apple_price, tax)
