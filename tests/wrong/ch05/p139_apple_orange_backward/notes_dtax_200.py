"""Mistake (the notes' answer): backward starts from p136's tax layer, whose input was the apple price alone,
so dtax = 200 instead of 650.

expect: the notes' printed 200
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


def buy_apple_orange_backward(apple, apple_num, orange, orange_num, tax, dprice=1):
    mul_apple_layer, mul_orange_layer, add_apple_orange_layer, tax_layer = MulLayer(), MulLayer(), AddLayer(), MulLayer()
    apple_price = mul_apple_layer.forward(apple, apple_num)
    orange_price = mul_orange_layer.forward(orange, orange_num)
    tax_layer.forward(add_apple_orange_layer.forward(apple_price, orange_price), tax)

    # left over from p136: a tax layer that only ever saw the apples
    mul_tax_layer = MulLayer()
    mul_tax_layer.forward(apple_price, tax)

    dall_price, dtax = mul_tax_layer.backward(dprice)
    dapple_price, dorange_price = add_apple_orange_layer.backward(dall_price)
    dapple, dapple_num = mul_apple_layer.backward(dapple_price)
    dorange, dorange_num = mul_orange_layer.backward(dorange_price)
    return {"dall_price": dall_price, "dtax": dtax, "dapple_price": dapple_price, "dorange_price": dorange_price,
            "dapple": dapple, "dapple_num": dapple_num, "dorange": dorange, "dorange_num": dorange_num}
