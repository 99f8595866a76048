import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.backprop import RELU_STUB, copy_or_import, relu
from grader.problems.common import RETURNS_NONE, float_arrays
from grader.spec import Problem

MISTAKES = (
    Mistake(text("마스크(x <= 0 인 곳이 True)를 돌려주었습니다: 순전파의 출력은 x.copy() 에서 마스크 자리를 0으로 바꾼 배열입니다.",
                 "It returns the mask (True where x <= 0): forward's output is x.copy() with the masked places set to 0."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.dtype == bool),
    Mistake(text("음수를 0으로 바꾸지 않았습니다: ReLU는 0 이하의 값을 0으로 만듭니다.",
                 "The negative values are not set to 0: ReLU outputs 0 for every value <= 0."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.shape == np.shape(args[0])
            and bool(np.any(args[0] < 0)) and np.allclose(actual, args[0])),
    RETURNS_NONE,
)

PROBLEM = Problem(
    id="p141", chapter="ch05", slug="relu_forward",
    title=text("Relu 계층의 순전파", "The Relu layer's forward pass"),
    statement=text("Relu 클래스를 객체화 시켜 아래의 입력 데이터 x값을 받아 순전파 행렬을 출력하시오",
                   "Instantiate the Relu class, feed it the input x below and print the forward-pass matrix."),
    given="x = np.array([[1.0, -0.5], [-2.0, 3.0]])",
    example=">>> relu_forward(np.array([[1.0, -0.5], [-2.0, 3.0]]))\narray([[1., 0.],\n       [0., 3.]])",
    names=("Relu", "relu_forward"),
    stub="\nimport numpy as np\n" + copy_or_import(("Relu", "p140_relu_layer")) + RELU_STUB + '''

def relu_forward(x: np.ndarray) -> np.ndarray:
    """Make a Relu object and return its forward(x)."""
    raise NotImplementedError
''',
    checks=(
        Example("relu_forward", (np.array([[1.0, -0.5], [-2.0, 3.0]]),), np.array([[1.0, 0.0], [0.0, 3.0]]), mistakes=MISTAKES),
        Holds("relu_forward", [float_arrays()], lambda args, actual: expect_equal(actual, relu(args[0]), what="relu_forward(x)"),
              mistakes=MISTAKES, title=text("다른 벡터와 행렬", "other vectors and matrices")),
    ),
    hints=(text("relu_test = Relu(); return relu_test.forward(x)", "relu_test = Relu(); return relu_test.forward(x)"),),
)
