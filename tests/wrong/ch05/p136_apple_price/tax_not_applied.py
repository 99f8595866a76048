"""Mistake: the tax layer is built but its input is not the apple price: the tax never multiplies in.

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


def buy_apple(apple, apple_num, tax):
    mul_apple_layer = MulLayer()
    mul_tax_layer = MulLayer()
    apple_price = mul_apple_layer.forward(apple, apple_num)
    mul_tax_layer.forward(apple_price, tax)
    return apple_price
