"""Mistake: the tax layer is placed after the apple layer only, so the oranges go untaxed.

expect: The tax is applied to the apples only
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
        return dout * self.y, dout * self.x


class AddLayer:
    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout * 1, dout * 1


def buy_apple_orange(apple, apple_num, orange, orange_num, tax):
    apple_price = MulLayer().forward(apple, apple_num)
    taxed_apples = MulLayer().forward(apple_price, tax)
    orange_price = MulLayer().forward(orange, orange_num)
    return AddLayer().forward(taxed_apples, orange_price)
