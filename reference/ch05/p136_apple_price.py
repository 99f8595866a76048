from reference.layers import MulLayer


def buy_apple(apple: float, apple_num: float, tax: float) -> float:
    """The book's Fig. 5-16 as layers: one MulLayer per multiplication node."""
    mul_apple_layer = MulLayer()
    mul_tax_layer = MulLayer()

    apple_price = mul_apple_layer.forward(apple, apple_num)
    return mul_tax_layer.forward(apple_price, tax)


__all__ = ["MulLayer", "buy_apple"]
