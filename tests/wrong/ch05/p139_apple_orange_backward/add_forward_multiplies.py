"""Mistake: MulLayer's forward copied into AddLayer (x * y).

expect: AddLayer.forward multiplies
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
        return x * y

    def backward(self, dout):
        return dout * 1, dout * 1


def buy_apple_orange_backward(apple, apple_num, orange, orange_num, tax, dprice=1):
    mul_apple_layer, mul_orange_layer, add_apple_orange_layer, mul_tax_layer = MulLayer(), MulLayer(), AddLayer(), MulLayer()
    apple_price = mul_apple_layer.forward(apple, apple_num)
    orange_price = mul_orange_layer.forward(orange, orange_num)
    all_price = add_apple_orange_layer.forward(apple_price, orange_price)
    mul_tax_layer.forward(all_price, tax)

    dall_price, dtax = mul_tax_layer.backward(dprice)
    dapple_price, dorange_price = add_apple_orange_layer.backward(dall_price)
    dorange, dorange_num = mul_orange_layer.backward(dorange_price)
    dapple, dapple_num = mul_apple_layer.backward(dapple_price)
    return {"dall_price": dall_price, "dtax": dtax, "dapple_price": dapple_price, "dorange_price": dorange_price,
            "dapple": dapple, "dapple_num": dapple_num, "dorange": dorange, "dorange_num": dorange_num}
