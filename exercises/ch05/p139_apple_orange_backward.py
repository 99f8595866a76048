"""p139 · 사과와 귤: 계산 그래프의 역전파 (Apples and oranges: the backward pass of the graph)

[문제]
문제 138번의 순전파로 출력한 과일 가격의 총합 신경망의 역전파를 구현하시오. 미분 8개를 딕셔너리로 돌려주세요: dall_price, dtax, dapple_price, dorange_price, dapple, dapple_num, dorange, dorange_num

[Problem]
Implement the backward pass of the fruit-price network whose forward pass was printed in problem 138. Return the eight derivatives as a dict: dall_price, dtax, dapple_price, dorange_price, dapple, dapple_num, dorange, dorange_num.

주어진 것 / Given:
    apple = 100
    apple_num = 2
    orange = 150
    orange_num = 3
    tax = 1.1
    dprice = 1

예시 / Example:
    >>> buy_apple_orange_backward(100, 2, 150, 3, 1.1, 1)
    {'dall_price': 1.1, 'dtax': 650, 'dapple_price': 1.1, 'dorange_price': 1.1,
     'dapple': 2.2, 'dapple_num': 110.00000000000001, 'dorange': 3.3000000000000003, 'dorange_num': 165.0}
    (The notes print dtax = 200: a mistake, see the report. The book, p.151, has 650.)

힌트 / Hints: grade hint p139

채점 / Grade: grade p139
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


def buy_apple_orange_backward(apple: float, apple_num: float, orange: float, orange_num: float, tax: float,
                              dprice: float = 1) -> dict:
    """Build the four layers of p138 and run forward; then backward from dprice, through the *same* layer objects
    in reverse order. Return {'dall_price': .., 'dtax': .., 'dapple_price': .., 'dorange_price': .., 'dapple': ..,
    'dapple_num': .., 'dorange': .., 'dorange_num': ..}."""
    raise NotImplementedError
