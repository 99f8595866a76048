"""p136 · 곱셈 계층으로 사과 가격 구하기 (The apple price with multiplication layers)

[문제]
위에서 만든 곱셈 클래스를 객체화 시켜서 사과 가격의 총 가격을 구하시오 (곱셈 클래스 MulLayer 도 이 파일에서 완성하세요: 책 5.4.1)

[Problem]
Instantiate the multiplication-layer class made above and compute the total price of the apples (complete the MulLayer class in this file too: book 5.4.1).

주어진 것 / Given:
    apple = 100
    apple_num = 2
    tax = 1.1

예시 / Example:
    >>> buy_apple(100, 2, 1.1)
    220.00000000000003

힌트 / Hints: grade hint p136

채점 / Grade: grade p136
"""
class MulLayer:
    """The multiplication node: forward(x, y) = x * y. backward(dout) returns (dx, dy)."""

    def __init__(self) -> None:
        self.x = None  # forward keeps its inputs here: backward needs them
        self.y = None

    def forward(self, x, y):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError


def buy_apple(apple: float, apple_num: float, tax: float) -> float:
    """Two MulLayer objects, as in the book's Fig. 5-16: (apple * apple_num) * tax. Return the price."""
    raise NotImplementedError
