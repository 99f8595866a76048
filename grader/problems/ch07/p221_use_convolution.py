import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, expect_equal, text
from grader.problems.cnn import CONV_MISTAKES, CONVOLUTION_STUB, IM2COL_STUB, SHARED_PIECES, conv_cases, convolve
from grader.spec import Problem

X1 = np.arange(1470).reshape(10, 3, 7, 7)
W1 = np.arange(750).reshape(10, 3, 5, 5)


def _mistaken(args: tuple, actual: object) -> object:
    """CONV_MISTAKES read a case dict: the learner's convolve(x, W, b) is Convolution(W, b).forward(x)."""
    return {"x": args[0], "W": np.asarray(args[1]), "b": args[2], "stride": 1, "pad": 0}


CASE = st.shared(conv_cases().map(lambda c: {**c, "stride": 1, "pad": 0}).filter(
    lambda c: c["x"].shape[2] >= c["W"].shape[2] and c["x"].shape[3] >= c["W"].shape[3]), key="p221-case")
MISTAKES = [type(m)(m.says, when=lambda args, actual, m=m: m.when(_mistaken(args, actual), actual)) for m in CONV_MISTAKES]

PROBLEM = Problem(
    id="p221", chapter="ch07", slug="use_convolution",
    title=text("Convolution 객체로 합성곱 층 쓰기", "Using a Convolution object as a layer"),
    statement=text("위에서 만든 Convolution 클래스를 객체화 시켜서 Convolution 층을 구현하시오 "
                   "(x, W, b 를 받아 conv = Convolution(W, b) 의 conv.forward(x) 를 돌려주는 함수로 만드세요.)",
                   "Instantiate the Convolution class made above and implement a convolution layer. (Write a function: it "
                   "takes x, W and b and returns conv.forward(x) for conv = Convolution(W, b).)"),
    given="x1 = np.arange(1470).reshape(10, 3, 7, 7)\nW1 = np.arange(750).reshape(10, 3, 5, 5)\nb1 = 1",
    example=">>> f = convolution_layer(x1, W1, b1)\n>>> f.shape      # forward 안의 행렬곱 out 은 (90, 10) / the product inside forward is (90, 10)\n(10, 10, 3, 3)",
    names=("convolution_layer",),
    stub="\nimport numpy as np\n" + SHARED_PIECES + IM2COL_STUB + CONVOLUTION_STUB + '''

def convolution_layer(x: np.ndarray, W: np.ndarray, b) -> np.ndarray:
    """conv = Convolution(W, b) (stride 1, pad 0), then conv.forward(x): (N, FN, OH, OW)."""
    raise NotImplementedError
''',
    checks=(
        Example("convolution_layer", (X1, W1, 1), convolve(X1, W1, 1), dtype=None, mistakes=MISTAKES,
                title=text("노트의 x1, W1, b1 = 1: f.shape (10, 10, 3, 3) 과 값", "the notes' x1, W1, b1 = 1: f.shape (10, 10, 3, 3) and its values")),
        Holds("convolution_layer", [CASE.map(lambda c: c["x"]), CASE.map(lambda c: c["W"]), CASE.map(lambda c: c["b"])],
              lambda args, actual: expect_equal(actual, convolve(*args), what="convolution_layer(x, W, b)", dtype=None),
              mistakes=MISTAKES,
              title=text("무작위 배치와 필터: 직접 계산한 합성곱과 일치", "generated batches and filters: equal to a direct convolution")),
    ),
    hints=(text("conv = Convolution(W1, b1); f = conv.forward(x1). 결과는 4차원 (N, FN, OH, OW) 입니다.",
                "conv = Convolution(W1, b1); f = conv.forward(x1). The result is 4-D (N, FN, OH, OW)."),),
)
