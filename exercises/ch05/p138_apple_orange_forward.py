"""p138 · 사과와 귤: 계산 그래프의 순전파 (Apples and oranges: the forward pass of the graph)

[문제]
층을 4개로 해서 사과와 귤의 총 가격을 구하는 책 148쪽의 그림 5-3의 신경망을 위에서 만든 곱셈계층과 덧셈계층으로 구현하시오

[Problem]
Implement the network of book Fig. 5-3 (p.148) for the total price of apples and oranges with 4 layers, using the multiplication and addition layers made above.

주어진 것 / Given:
    apple = 100
    apple_num = 2
    orange = 150
    orange_num = 3
    tax = 1.1

예시 / Example:
    >>> buy_apple_orange(100, 2, 150, 3, 1.1)
    715.0000000000001

힌트 / Hints: grade hint p138

채점 / Grade: grade p138
"""
# MulLayer and AddLayer: copy your finished classes from p136 and p137 here, or delete these two skeletons and
# write `from p136_apple_price import MulLayer` and `from p137_add_layer import AddLayer` (files of one chapter
# folder can import each other).

class MulLayer:
    """The multiplication node: forward(x, y) = x * y. backward(dout) returns (dx, dy)."""

    def __init__(self) -> None:
        self.x = None  # forward keeps its inputs here: backward needs them
        self.y = None

    def forward(self, x, y):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError


class AddLayer:
    """The addition node: forward(x, y) = x + y. backward(dout) returns (dx, dy)."""

    def __init__(self) -> None:
        pass  # nothing to keep: d(x + y)/dx = d(x + y)/dy = 1, whatever x and y were

    def forward(self, x, y):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError


def buy_apple_orange(apple: float, apple_num: float, orange: float, orange_num: float, tax: float) -> float:
    """Four layers (MulLayer x 3, AddLayer x 1): ((apple * apple_num) + (orange * orange_num)) * tax."""
    raise NotImplementedError
