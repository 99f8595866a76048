from __future__ import annotations

from reference.ch05.p138_apple_orange_forward import FruitGraph
from reference.layers import AddLayer, MulLayer


def buy_apple_orange_backward(apple: float, apple_num: float, orange: float, orange_num: float, tax: float,
                              dprice: float = 1) -> dict[str, float]:
    graph = FruitGraph()
    graph.forward(apple, apple_num, orange, orange_num, tax)

    # Backward: the reverse order of forward, through the same objects (the notes call backward on p136's
    # tax layer, whose input was the apple price alone: that is where their dtax = 200 comes from).
    dall_price, dtax = graph.mul_tax_layer.backward(dprice)
    dapple_price, dorange_price = graph.add_apple_orange_layer.backward(dall_price)
    dapple, dapple_num = graph.mul_apple_layer.backward(dapple_price)
    dorange, dorange_num = graph.mul_orange_layer.backward(dorange_price)

    return {"dall_price": dall_price, "dtax": dtax, "dapple_price": dapple_price, "dorange_price": dorange_price,
            "dapple": dapple, "dapple_num": dapple_num, "dorange": dorange, "dorange_num": dorange_num}


__all__ = ["AddLayer", "MulLayer", "buy_apple_orange_backward"]
