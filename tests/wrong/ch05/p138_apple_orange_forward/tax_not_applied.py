"""Mistake: the last layer, the tax, is left out.

expect: The tax is not applied
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
    def __init__(self):
        pass

    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout * 1, dout * 1


def buy_apple_orange(apple, apple_num, orange, orange_num, tax):
    apple_price = MulLayer().forward(apple, apple_num)
    orange_price = MulLayer().forward(orange, orange_num)
    all_price = AddLayer().forward(apple_price, orange_price)
    return all_price
