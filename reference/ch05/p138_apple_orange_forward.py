from __future__ import annotations

from reference.layers import AddLayer, MulLayer


class FruitGraph:
    """Fig. 5-17's four nodes, each a layer object; kept together because backward (p139) must run through
    the very objects that ran forward: each one remembers its own inputs."""

    def __init__(self) -> None:
        self.mul_apple_layer = MulLayer()
        self.mul_orange_layer = MulLayer()
        self.add_apple_orange_layer = AddLayer()
        self.mul_tax_layer = MulLayer()

    def forward(self, apple: float, apple_num: float, orange: float, orange_num: float, tax: float) -> float:
        apple_price = self.mul_apple_layer.forward(apple, apple_num)
        orange_price = self.mul_orange_layer.forward(orange, orange_num)
        all_price = self.add_apple_orange_layer.forward(apple_price, orange_price)
        return self.mul_tax_layer.forward(all_price, tax)


def buy_apple_orange(apple: float, apple_num: float, orange: float, orange_num: float, tax: float) -> float:
    return FruitGraph().forward(apple, apple_num, orange, orange_num, tax)


__all__ = ["AddLayer", "FruitGraph", "MulLayer", "buy_apple_orange"]
