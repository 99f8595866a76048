import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.backprop import AFFINE_STUB, NOTES_NET_ARGS, copy_or_import, two_layer, two_layer_args
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

MISTAKES = (
    Mistake(text("바이어스를 더하지 않았습니다: 각 Affine 계층이 np.dot(x, W) + b 를 계산합니다.",
                 "The biases are not added: each Affine layer computes np.dot(x, W) + b."),
            when=lambda args, actual: np.shape(actual) == (args[0].shape[0], args[3].shape[1])
            and np.allclose(actual, np.dot(np.dot(args[0], args[1]), args[3]))),
    Mistake(text("첫 번째 계층의 출력만 돌려주었습니다: out1을 두 번째 Affine 계층에 넣은 out2가 결과입니다.",
                 "It returns the first layer's output: the result is out2, out1 passed through the second Affine layer."),
            when=lambda args, actual: np.shape(actual) == (args[0].shape[0], args[1].shape[1])
            and np.allclose(actual, np.dot(args[0], args[1]) + args[2])),
    RETURNS_NONE,
)

PROBLEM = Problem(
    id="p153", chapter="ch05", slug="affine_two_layer_forward",
    title=text("Affine 계층 두 개로 순전파", "The forward pass through two Affine layers"),
    statement=text("Affine 클래스를 이용해서 2층 신경망의 순전파를 구현하시오",
                   "Implement the forward pass of the 2-layer network using the Affine class."),
    given="x, W1, b1, W2, b2: 문제 152의 배열 / the arrays of problem 152",
    example=">>> two_layer_forward(x, W1, b1, W2, b2)\narray([[ 93, 211]])\n(노트는 출력을 보여주지 않습니다 / the notes show no output)",
    names=("Affine", "two_layer_forward"),
    stub="\nimport numpy as np\n" + copy_or_import(("Affine", "p151_affine_layer")) + AFFINE_STUB + '''

def two_layer_forward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    """layer_1 = Affine(W1, b1), layer_2 = Affine(W2, b2); return out2 = layer_2.forward(layer_1.forward(x))."""
    raise NotImplementedError
''',
    checks=(
        Example("two_layer_forward", NOTES_NET_ARGS, np.array([[93, 211]]), mistakes=MISTAKES,
                title=text("문제 152의 배열", "the arrays of problem 152")),
        Holds("two_layer_forward", two_layer_args("p153"), lambda args, actual: expect_equal(actual, two_layer(*args)),
              mistakes=MISTAKES, title=text("다른 크기의 정수 배열과 배치", "integer arrays of other sizes, and batches")),
    ),
    hints=(text("out1 = layer_1.forward(x); out2 = layer_2.forward(out1)", "out1 = layer_1.forward(x); out2 = layer_2.forward(out1)"),),
)
