from numbers import Number
from typing import Any

from hypothesis import strategies as st

from grader.checks import Agrees, Example, Fail, Holds, Mistake, expect_equal, text
from grader.problems.ch05.p138_apple_orange_forward import FRUIT_ARGS, LAYERS_STUB
from grader.problems.common import RETURNS_NONE
from grader.problems.layers import add_layer_checks, mul_layer_checks
from grader.spec import Problem

DOUTS = st.floats(0.5, 2, width=64)


def derivatives(apple: float, apple_num: float, orange: float, orange_num: float, tax: float,
                dprice: float) -> dict[str, float]:
    """The chain rule by hand on price = (apple * apple_num + orange * orange_num) * tax."""
    dall_price = dprice * tax
    return {"dall_price": dall_price, "dtax": dprice * (apple * apple_num + orange * orange_num),
            "dapple_price": dall_price, "dorange_price": dall_price,
            "dapple": dall_price * apple_num, "dapple_num": dall_price * apple,
            "dorange": dall_price * orange_num, "dorange_num": dall_price * orange}


def _dtax_of(actual: Any) -> Any:
    return actual.get("dtax") if isinstance(actual, dict) else actual


def _apple_only_dtax(args: tuple, actual: Any) -> bool:
    apple, apple_num, orange, orange_num, tax, dprice = args
    dtax = _dtax_of(actual)
    return isinstance(dtax, Number) and orange * orange_num != 0 and abs(dtax - dprice * apple * apple_num) < 1e-6 * abs(dtax) + 1e-9


MISTAKES = (
    Mistake(text("dtax 가 사과 가격(p136의 층)만으로 계산되었습니다 — 강의 노트가 출력한 200 이 바로 이 실수입니다 (p136의 "
                 "mul_tax_layer 를 다시 썼기 때문). 소비세 층의 입력은 사과와 귤 가격의 합이므로 dtax = dprice * (사과 가격 + 귤 가격) "
                 "= 650 입니다 (책 151쪽).",
                 "dtax comes from the apple price alone (the p136 layer): this is the notes' printed 200, which reuses p136's "
                 "mul_tax_layer. The tax layer's input is the sum of the apple and orange prices, so dtax = dprice * (apple price "
                 "+ orange price) = 650 (book p.151)."),
            when=_apple_only_dtax),
    RETURNS_NONE,
)


def _matches_chain_rule(args: tuple, actual: Any) -> None:
    expected = derivatives(*args)
    try:
        expect_equal(actual, expected, what="buy_apple_orange_backward", dtype=None)
    except Fail as error:
        error.expected, error.actual = expected, actual  # the whole dict reads better than one entry
        raise


PROBLEM = Problem(
    id="p139", chapter="ch05", slug="apple_orange_backward",
    title=text("사과와 귤: 계산 그래프의 역전파", "Apples and oranges: the backward pass of the graph"),
    statement=text("문제 138번의 순전파로 출력한 과일 가격의 총합 신경망의 역전파를 구현하시오. 미분 8개를 딕셔너리로 돌려주세요: "
                   "dall_price, dtax, dapple_price, dorange_price, dapple, dapple_num, dorange, dorange_num",
                   "Implement the backward pass of the fruit-price network whose forward pass was printed in problem 138. "
                   "Return the eight derivatives as a dict: dall_price, dtax, dapple_price, dorange_price, dapple, "
                   "dapple_num, dorange, dorange_num."),
    given="apple = 100\napple_num = 2\norange = 150\norange_num = 3\ntax = 1.1\ndprice = 1",
    example=""">>> buy_apple_orange_backward(100, 2, 150, 3, 1.1, 1)
{'dall_price': 1.1, 'dtax': 650, 'dapple_price': 1.1, 'dorange_price': 1.1,
 'dapple': 2.2, 'dapple_num': 110.00000000000001, 'dorange': 3.3000000000000003, 'dorange_num': 165.0}
(The notes print dtax = 200: a mistake, see the report. The book, p.151, has 650.)""",
    names=("MulLayer", "AddLayer", "buy_apple_orange_backward"),
    stub=LAYERS_STUB + '''

def buy_apple_orange_backward(apple: float, apple_num: float, orange: float, orange_num: float, tax: float,
                              dprice: float = 1) -> dict:
    """Build the four layers of p138 and run forward; then backward from dprice, through the *same* layer objects
    in reverse order. Return {'dall_price': .., 'dtax': .., 'dapple_price': .., 'dorange_price': .., 'dapple': ..,
    'dapple_num': .., 'dorange': .., 'dorange_num': ..}."""
    raise NotImplementedError
''',
    checks=(
        *mul_layer_checks(),
        *add_layer_checks(),
        Example("buy_apple_orange_backward", (100, 2, 150, 3, 1.1, 1),
                derivatives(100, 2, 150, 3, 1.1, 1), dtype=None, mistakes=MISTAKES,
                title=text("책과 노트의 값 (dtax = 650)", "the book's and the notes' values (dtax = 650)")),
        Holds("buy_apple_orange_backward", [*FRUIT_ARGS, DOUTS], _matches_chain_rule, mistakes=MISTAKES,
              title=text("다른 가격, 개수, 세율, dprice: 연쇄 법칙과 일치", "other prices, counts, taxes and dprice: the chain rule")),
        Agrees("buy_apple_orange_backward", [*FRUIT_ARGS, DOUTS], dtype=None, mistakes=MISTAKES),
    ),
    hints=(text("역전파는 순전파의 역순: 소비세 층 → 덧셈 층 → 사과 층, 귤 층. 각 backward 는 (dx, dy) 를 돌려줍니다.",
                "Backward runs in reverse: the tax layer, then the addition layer, then the apple and orange layers; each "
                "backward returns (dx, dy)."),
           text("dall_price, dtax = mul_tax_layer.backward(dprice) — 순전파에서 쓴 바로 그 객체여야 합니다.",
                "dall_price, dtax = mul_tax_layer.backward(dprice): the very object that ran forward.")),
)
