"""Mistake: MulLayer keeps its inputs on the class (MulLayer.x), so every object shares the last forward's inputs
and backward of an earlier layer uses another layer's values.

expect: The layer holds another layer object's inputs
"""


class MulLayer:
    x = None
    y = None

    def forward(self, x, y):
        MulLayer.x = x
        MulLayer.y = y
        return x * y

    def backward(self, dout):
        return dout * MulLayer.y, dout * MulLayer.x


class AddLayer:
    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout * 1, dout * 1


def buy_apple_orange(apple, apple_num, orange, orange_num, tax):
    all_price = AddLayer().forward(MulLayer().forward(apple, apple_num), MulLayer().forward(orange, orange_num))
    return MulLayer().forward(all_price, tax)
