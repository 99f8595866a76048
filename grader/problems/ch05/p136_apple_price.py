from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.layers import MUL_LAYER_STUB, mul_layer_checks
from grader.spec import Problem

PRICES = st.integers(1, 500)
COUNTS = st.integers(1, 10)
TAXES = st.floats(1.01, 1.5, width=64)

MISTAKES = (
    Mistake(text("소비세를 곱하지 않았습니다: 사과 가격 층의 출력이 소비세 층으로 들어갑니다.",
                 "The tax is not applied: the apple-price layer's output goes into the tax layer."),
            like=lambda apple, apple_num, tax: apple * apple_num),
    RETURNS_NONE,
)

PROBLEM = Problem(
    id="p136", chapter="ch05", slug="apple_price",
    title=text("곱셈 계층으로 사과 가격 구하기", "The apple price with multiplication layers"),
    statement=text("위에서 만든 곱셈 클래스를 객체화 시켜서 사과 가격의 총 가격을 구하시오 (곱셈 클래스 MulLayer 도 이 파일에서 "
                   "완성하세요: 책 5.4.1)",
                   "Instantiate the multiplication-layer class made above and compute the total price of the apples "
                   "(complete the MulLayer class in this file too: book 5.4.1)."),
    given="apple = 100\napple_num = 2\ntax = 1.1",
    example=">>> buy_apple(100, 2, 1.1)\n220.00000000000003",
    names=("MulLayer", "buy_apple"),
    stub=MUL_LAYER_STUB + '''

def buy_apple(apple: float, apple_num: float, tax: float) -> float:
    """Two MulLayer objects, as in the book's Fig. 5-16: (apple * apple_num) * tax. Return the price."""
    raise NotImplementedError
''',
    checks=(
        *mul_layer_checks(),
        Example("buy_apple", (100, 2, 1.1), 220.00000000000003, dtype=None, mistakes=MISTAKES),
        Holds("buy_apple", [PRICES, COUNTS, TAXES],
              lambda args, actual: expect_equal(actual, args[0] * args[1] * args[2], what="buy_apple", dtype=None),
              mistakes=MISTAKES, title=text("다른 가격, 개수, 세율", "other prices, counts and taxes")),
    ),
    hints=(text("forward 는 x, y 를 self.x, self.y 에 저장하고 x * y 를 돌려줍니다. backward 는 (dout * self.y, dout * self.x).",
                "forward stores x and y in self.x, self.y and returns x * y; backward returns (dout * self.y, dout * self.x)."),
           text("mul_apple_layer = MulLayer(); apple_price = mul_apple_layer.forward(apple, apple_num) ... 그다음 소비세 층.",
                "mul_apple_layer = MulLayer(); apple_price = mul_apple_layer.forward(apple, apple_num) ... then the tax layer.")),
)
