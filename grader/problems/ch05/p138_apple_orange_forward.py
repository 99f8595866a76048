
from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.ch05.p136_apple_price import COUNTS, PRICES, TAXES
from grader.problems.common import RETURNS_NONE
from grader.problems.layers import (
    ADD_LAYER_STUB,
    MUL_LAYER_STUB,
    add_layer_checks,
    mul_layer_checks,
)
from grader.spec import Problem

# The two layer classes, shared by p138 and p139: copy yours in, or import them from p136 and p137.
LAYERS_STUB = '''
# MulLayer and AddLayer: copy your finished classes from p136 and p137 here, or delete these two skeletons and
# write `from p136_apple_price import MulLayer` and `from p137_add_layer import AddLayer` (files of one chapter
# folder can import each other).
''' + MUL_LAYER_STUB + "\n" + ADD_LAYER_STUB

FRUIT_ARGS = [PRICES, COUNTS, PRICES, COUNTS, TAXES]  # apple, apple_num, orange, orange_num, tax


def fruit_price(apple: float, apple_num: float, orange: float, orange_num: float, tax: float) -> float:
    return (apple * apple_num + orange * orange_num) * tax


MISTAKES = (
    Mistake(text("소비세가 사과에만 붙었습니다: 소비세 층은 사과와 귤 가격의 합(덧셈 층의 출력)에 곱합니다.",
                 "The tax is applied to the apples only: the tax layer multiplies the sum of both prices (the addition layer's output)."),
            like=lambda apple, apple_num, orange, orange_num, tax: apple * apple_num * tax + orange * orange_num),
    Mistake(text("소비세를 곱하지 않았습니다: 마지막 층은 합계 x 소비세입니다.",
                 "The tax is not applied: the last layer multiplies the total by the tax."),
            like=lambda apple, apple_num, orange, orange_num, tax: apple * apple_num + orange * orange_num),
    RETURNS_NONE,
)

PROBLEM = Problem(
    id="p138", chapter="ch05", slug="apple_orange_forward",
    title=text("사과와 귤: 계산 그래프의 순전파", "Apples and oranges: the forward pass of the graph"),
    statement=text("층을 4개로 해서 사과와 귤의 총 가격을 구하는 책 148쪽의 그림 5-3의 신경망을 위에서 만든 곱셈계층과 덧셈계층으로 "
                   "구현하시오",
                   "Implement the network of book Fig. 5-3 (p.148) for the total price of apples and oranges with 4 layers, "
                   "using the multiplication and addition layers made above."),
    given="apple = 100\napple_num = 2\norange = 150\norange_num = 3\ntax = 1.1",
    example=">>> buy_apple_orange(100, 2, 150, 3, 1.1)\n715.0000000000001",
    names=("MulLayer", "AddLayer", "buy_apple_orange"),
    stub=LAYERS_STUB + '''

def buy_apple_orange(apple: float, apple_num: float, orange: float, orange_num: float, tax: float) -> float:
    """Four layers (MulLayer x 3, AddLayer x 1): ((apple * apple_num) + (orange * orange_num)) * tax."""
    raise NotImplementedError
''',
    checks=(
        *mul_layer_checks(),
        *add_layer_checks(),
        Example("buy_apple_orange", (100, 2, 150, 3, 1.1), 715.0000000000001, dtype=None, mistakes=MISTAKES),
        Holds("buy_apple_orange", FRUIT_ARGS,
              lambda args, actual: expect_equal(actual, fruit_price(*args), what="buy_apple_orange", dtype=None),
              mistakes=MISTAKES, title=text("다른 가격, 개수, 세율", "other prices, counts and taxes")),
    ),
    hints=(text("층 4개: mul_apple_layer, mul_orange_layer, add_apple_orange_layer, mul_tax_layer. 앞 층의 출력이 뒤 층의 입력입니다.",
                "Four layers: mul_apple_layer, mul_orange_layer, add_apple_orange_layer, mul_tax_layer; each output feeds the next layer."),),
)
