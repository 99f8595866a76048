import numpy as np

from grader.checks import Context, Custom, Example, Fail, Mistake, text
from grader.problems.backprop import NOTES_NET, two_layer
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

KEYS = ("x", "W1", "b1", "W2", "b2")


def _shape(actual: object, key: str) -> tuple | None:
    return np.shape(actual[key]) if isinstance(actual, dict) and key in actual else None


MISTAKES = (
    Mistake(text("가중치 행렬이 전치되었습니다: W1[i, j] 는 입력 i에서 은닉 뉴런 j로 가는 가중치, 형상은 (입력 수, 은닉 수) = (2, 3) 입니다. "
                 "그래야 x·W1 이 (1, 2)·(2, 3) 으로 계산됩니다.",
                 "A weight matrix is transposed: W1[i, j] is the weight from input i to hidden neuron j, shape (inputs, hidden) "
                 "= (2, 3), so that x·W1 is (1, 2)·(2, 3)."),
            when=lambda args, actual: _shape(actual, "W1") == (3, 2) or _shape(actual, "W2") == (2, 3)),
    Mistake(text("x와 바이어스는 노트처럼 한 행짜리 2차원 배열입니다: np.array([[1, 2]]) 의 형상은 (1, 2) 입니다 (대괄호 두 겹).",
                 "x and the biases are one-row 2-D arrays, as in the notes: np.array([[1, 2]]) has the shape (1, 2) (two pairs of brackets)."),
            when=lambda args, actual: any(_shape(actual, k) == (NOTES_NET[k].shape[1],) for k in ("x", "b1", "b2"))),
    RETURNS_NONE,
)


def _chains(ctx: Context) -> None:
    """The arrays fit together: x·W1 + b1, then ·W2 + b2, gives one row of two outputs."""
    arrays = ctx.session.call("network_arrays", seed=ctx.seed)
    if not isinstance(arrays, dict) or any(not isinstance(arrays.get(k), np.ndarray) for k in KEYS):
        raise Fail("type", text("x, W1, b1, W2, b2 를 키로 하는 NumPy 배열의 딕셔너리를 돌려주세요.",
                                "Return a dict of NumPy arrays keyed x, W1, b1, W2, b2."), actual=arrays)
    try:
        out = two_layer(*(arrays[k] for k in KEYS))
    except ValueError as error:
        raise Fail("shape", text(f"배열들을 x·W1 + b1 → ·W2 + b2 로 이어 계산할 수 없습니다: {error}",
                                 f"The arrays do not chain as x·W1 + b1 → ·W2 + b2: {error}"), hint=MISTAKES[0].says) from None
    if out.shape != (1, 2):
        raise Fail("shape", text(f"x·W1 + b1 → ·W2 + b2 의 형상이 (1, 2)가 아니라 {out.shape} 입니다.",
                                 f"x·W1 + b1 → ·W2 + b2 has the shape {out.shape}, not (1, 2)."), actual=out)


PROBLEM = Problem(
    id="p152", chapter="ch05", slug="two_layer_arrays",
    title=text("2층 신경망의 배열 만들기", "The arrays of a 2-layer network"),
    statement=text("위의 그림의 신경망의 x , W1, W2, b1, b2 의 numpy 배열을 만드시오",
                   "Create the NumPy arrays x, W1, W2, b1, b2 for the network in the figure above."),
    given="""그림 / The figure (입력 2 → 은닉 3 → 출력 2 / 2 inputs → 3 hidden → 2 outputs):
  입력 / inputs: x1 = 1, x2 = 2 (한 행 / one row)
  x1 → 은닉 뉴런 1, 2, 3 / hidden neurons 1, 2, 3: 가중치 / weights 1, 3, 5
  x2 → 은닉 뉴런 1, 2, 3 / hidden neurons 1, 2, 3: 가중치 / weights 2, 4, 6
  은닉층 바이어스 / hidden biases: 1, 2, 3
  은닉 뉴런 1 → 출력 1, 2 / hidden neuron 1 → outputs 1, 2: 1, 4
  은닉 뉴런 2 → 출력 1, 2 / hidden neuron 2 → outputs 1, 2: 2, 5
  은닉 뉴런 3 → 출력 1, 2 / hidden neuron 3 → outputs 1, 2: 3, 6
  출력층 바이어스 / output biases: 1, 2""",
    example=""">>> arrays = network_arrays()
>>> arrays["W1"]
array([[1, 3, 5],
       [2, 4, 6]])
>>> arrays["x"].shape, arrays["b1"].shape, arrays["W2"].shape, arrays["b2"].shape
((1, 2), (1, 3), (3, 2), (1, 2))""",
    names=("network_arrays",),
    stub='''
import numpy as np


def network_arrays() -> dict[str, np.ndarray]:
    """{'x': ..., 'W1': ..., 'b1': ..., 'W2': ..., 'b2': ...}: the figure's numbers as NumPy arrays.

    W1[i, j] is the weight from input i to hidden neuron j; x and the biases are rows (1, n).
    """
    raise NotImplementedError
''',
    checks=(
        Custom(_chains, text("배열들이 x·W1 + b1 → ·W2 + b2 로 이어짐", "the arrays chain as x·W1 + b1 → ·W2 + b2")),
        Example("network_arrays", (), dict(NOTES_NET), mistakes=MISTAKES, title=text("그림의 값과 형상", "the figure's values and shapes")),
    ),
    hints=(text("행 = 입력, 열 = 은닉 뉴런: x1에서 나가는 가중치 1, 3, 5 가 W1의 첫 행입니다.",
                "Rows are inputs, columns hidden neurons: the weights 1, 3, 5 leaving x1 are the first row of W1."),),
)
