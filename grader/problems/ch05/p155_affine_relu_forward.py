import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.backprop import (
    AFFINE_STUB,
    NOTES_NET_ARGS,
    RELU_STUB,
    copy_or_import,
    relu,
    two_layer,
    two_layer_args,
)
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem


ACTIVATIONS = {"none": lambda a: a, "relu": relu}
SLIPS = (("none", "relu"), ("none", "none"), ("relu", "relu"))  # (hidden, output) activations of the named mistakes


def _result(args: tuple, hidden: str, output: str) -> np.ndarray:
    return ACTIVATIONS[output](two_layer(*args, hidden=ACTIVATIONS[hidden]))


def _matches(hidden: str, output: str = "none"):  # noqa: ANN202
    """The slip's result, on inputs where it differs from the truth and from every other slip's (else it names nothing)."""
    def matches(args: tuple, actual: object) -> bool:
        mine = _result(args, hidden, output)
        others = [_result(args, *slip) for slip in SLIPS if slip != (hidden, output)] + [_result(args, "relu", "none")]
        return np.shape(actual) == mine.shape and np.allclose(actual, mine) and not any(np.allclose(mine, o) for o in others)
    return matches


MISTAKES = (
    Mistake(text("ReLU를 출력층 뒤에 적용했습니다 (노트의 답): ReLU는 은닉층의 활성화 함수, 즉 layer_1과 layer_2 사이에 옵니다.",
                 "ReLU is applied after the output layer (the notes' answer): it is the hidden layer's activation, between "
                 "layer_1 and layer_2."), when=_matches("none", "relu")),
    Mistake(text("ReLU가 빠졌습니다: out1 = layer_1.forward(x) 를 relu_1.forward 에 통과시킨 뒤 layer_2 에 넣으세요.",
                 "ReLU is missing: pass out1 = layer_1.forward(x) through relu_1.forward before layer_2."),
            when=_matches("none")),
    Mistake(text("ReLU를 은닉층과 출력층 모두에 적용했습니다: 출력층 뒤에는 활성화 함수가 없습니다 (소프트맥스는 손실 계층이 맡습니다).",
                 "ReLU is applied after both layers: the output layer has no activation (softmax belongs to the loss layer)."),
            when=_matches("relu", "relu")),
    RETURNS_NONE,
)

# The notes' arrays with two weights of W1 and one of b2 negated: the third hidden value is -4, so the hidden ReLU
# matters, and without it the first output is negative, so a ReLU after the output layer shows too.
NEGATIVE_HIDDEN = (NOTES_NET_ARGS[0], np.array([[1, -3, 5], [2, 4, -6]]), NOTES_NET_ARGS[2], NOTES_NET_ARGS[3], np.array([[-10, 2]]))

# b2 lowered further: the first output is negative with the hidden ReLU too, so a ReLU after both layers shows, and it
# differs from a ReLU after the output layer alone (which misses the hidden -4).
NEGATIVE_OUTPUT = NEGATIVE_HIDDEN[:4] + (np.array([[-30, 2]]),)

PROBLEM = Problem(
    id="p155", chapter="ch05", slug="affine_relu_forward",
    title=text("Affine → ReLU → Affine 순전파", "The forward pass Affine → ReLU → Affine"),
    statement=text("위의 2층 신경망의 순전파를 은닉층에 활성화함수로 ReLU 를 추가해서 구현하시오 (어제 만들었던 Relu 클래스를 가져와서 구현하시오)",
                   "Implement the forward pass of the 2-layer network above with ReLU as the hidden-layer activation "
                   "(use the Relu class made yesterday)."),
    given="x, W1, b1, W2, b2: 문제 152의 배열 / the arrays of problem 152",
    example=">>> two_layer_relu_forward(x, W1, b1, W2, b2)\narray([[ 93, 211]])\n"
            "(은닉층의 값이 모두 양수라 ReLU가 값을 바꾸지 않습니다. 노트의 답은 정의되지 않은 x1, y를 쓰고 ReLU를 출력층 뒤에 둡니다.\n"
            " Every hidden value is positive, so ReLU changes nothing here. The notes' answer uses the undefined x1 and y and "
            "puts ReLU after the output layer.)",
    names=("Affine", "Relu", "two_layer_relu_forward"),
    stub="\nimport numpy as np\n" + copy_or_import(("Affine", "p151_affine_layer"), ("Relu", "p140_relu_layer"))
         + AFFINE_STUB + RELU_STUB + '''

def two_layer_relu_forward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    """layer_1 = Affine(W1, b1) → relu_1 = Relu() → layer_2 = Affine(W2, b2); return layer_2's output."""
    raise NotImplementedError
''',
    checks=(
        Example("two_layer_relu_forward", NOTES_NET_ARGS, np.array([[93, 211]]), mistakes=MISTAKES,
                title=text("문제 152의 배열", "the arrays of problem 152")),
        Example("two_layer_relu_forward", NEGATIVE_HIDDEN, np.array([[10, 61]]), mistakes=MISTAKES,
                title=text("W1, b2에 음수: 은닉값 [6, 7, -4] → ReLU → [6, 7, 0]",
                           "negatives in W1 and b2: hidden values [6, 7, -4] → ReLU → [6, 7, 0]")),
        Example("two_layer_relu_forward", NEGATIVE_OUTPUT, np.array([[-10, 61]]), mistakes=MISTAKES,
                title=text("b2도 더 낮게: 출력 [-10, 61] (출력층 뒤에는 ReLU가 없음)",
                           "b2 lower still: the output [-10, 61] (no ReLU after the output layer)")),
        Holds("two_layer_relu_forward", two_layer_args("p155"),
              lambda args, actual: expect_equal(actual, two_layer(*args, hidden=relu)), mistakes=MISTAKES,
              title=text("음수가 섞인 정수 배열: ReLU가 값을 바꾸는 경우", "integer arrays with negatives: where ReLU matters")),
    ),
    hints=(text("계층은 앞 계층의 출력을 입력으로 받습니다: Affine → ReLU → Affine 순서로 forward 를 부르세요.",
                "Each layer takes the previous layer's output as its input: call forward in the order Affine → ReLU → Affine."),
           text("out1 = layer_1.forward(x); r_out1 = relu_1.forward(out1); out2 = layer_2.forward(r_out1)",
                "out1 = layer_1.forward(x); r_out1 = relu_1.forward(out1); out2 = layer_2.forward(r_out1)")),
)
