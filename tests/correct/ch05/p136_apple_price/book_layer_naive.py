"""p136.

style: the book's ch05/layer_naive.py MulLayer and buy_apple.py, layer objects named as in the book
"""
class MulLayer:
    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        out = x * y

        return out

    def backward(self, dout):
        dx = dout * self.y  # x and y swap places
        dy = dout * self.x

        return dx, dy


def buy_apple(apple, apple_num, tax):
    mul_apple_layer = MulLayer()
    mul_tax_layer = MulLayer()

    # forward
    apple_price = mul_apple_layer.forward(apple, apple_num)
    price = mul_tax_layer.forward(apple_price, tax)

    return price
