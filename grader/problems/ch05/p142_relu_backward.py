import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Context, Custom, Example, Fail, Holds, Mistake, expect_equal, for_all, text
from grader.problems.backprop import AWAY_FROM_KINK, RELU_STUB, SHAPES, copy_or_import, relu
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

shape = st.shared(SHAPES, key="p142-shape")
X_AND_DOUT = [shape.flatmap(lambda s: hnp.arrays(np.float64, s, elements=AWAY_FROM_KINK)),
              shape.flatmap(lambda s: hnp.arrays(np.float64, s, elements=st.floats(-3, 3, width=64)))]


def dx(x: np.ndarray, dout: np.ndarray) -> np.ndarray:
    return dout * (x > 0)


MISTAKES = (
    Mistake(text("순전파의 출력을 돌려주었습니다: backward(dout)는 dout 에서 x <= 0 이었던 자리를 0으로 만든 배열입니다.",
                 "It returns forward's output: backward(dout) is dout with the places where x <= 0 set to 0."),
            when=lambda args, actual: not np.allclose(relu(args[0]), dx(*args)) and np.allclose(actual, relu(args[0]))),
    Mistake(text("dout을 그대로 돌려주었습니다: 순전파에서 x <= 0 이었던 곳(mask)의 기울기는 0 입니다.",
                 "It returns dout unchanged: where x <= 0 in forward (the mask), the gradient is 0."),
            when=lambda args, actual: not np.allclose(args[1], dx(*args)) and np.allclose(actual, args[1])),
    RETURNS_NONE,
)
NOTES_X = np.array([[1.0, -0.5], [-2.0, 3.0]])
CHANGED_DOUT = text("relu_backward가 넘겨받은 dout을 바꿨습니다 (책의 dout[self.mask] = 0): 노트에서 a와 b가 똑같이 찍힌 까닭입니다. "
                    "Relu.backward는 dout.copy()를 고쳐서 돌려주세요.",
                    "relu_backward changed the dout it was given (the book's dout[self.mask] = 0): that is why the notes print "
                    "a and b the same. Let Relu.backward change and return dout.copy().")


def _leaves_dout_alone(ctx: Context) -> None:
    def body(x: np.ndarray, dout: np.ndarray) -> None:
        ctx.session.call("relu_backward", x, dout, seed=ctx.seed, watch=True)
        if 1 in ctx.session.changed_args:
            raise Fail("property", CHANGED_DOUT, show_values=False)

    body(NOTES_X, np.ones((2, 2)))
    for_all(ctx, X_AND_DOUT, body)


PROBLEM = Problem(
    id="p142", chapter="ch05", slug="relu_backward",
    title=text("Relu 계층의 역전파", "The Relu layer's backward pass"),
    statement=text("Relu 클래스를 객체화 시켜 아래의 입력 데이터 x값을 받아 역전파 행렬을 출력하시오",
                   "Instantiate the Relu class, feed it the input x below and print the backward-pass matrix."),
    given="x = np.array([[1.0, -0.5], [-2.0, 3.0]])\ndout = relu_test.forward(x)  # 노트처럼 순전파의 출력을 dout으로 / the forward output as dout, as in the notes",
    example=""">>> x = np.array([[1.0, -0.5], [-2.0, 3.0]])
>>> relu_backward(x, np.array([[1.0, 0.0], [0.0, 3.0]]))   # dout = 순전파의 출력 / the forward output
array([[1., 0.],
       [0., 3.]])
>>> relu_backward(x, np.ones((2, 2)))
array([[1., 0.],
       [0., 1.]])""",
    names=("Relu", "relu_backward"),
    stub="\nimport numpy as np\n" + copy_or_import(("Relu", "p140_relu_layer")) + RELU_STUB + '''

def relu_backward(x: np.ndarray, dout: np.ndarray) -> np.ndarray:
    """Make a Relu object, run forward(x), then return backward(dout). The caller's dout stays as it was."""
    raise NotImplementedError
''',
    checks=(
        Example("relu_backward", (NOTES_X, relu(NOTES_X)), np.array([[1.0, 0.0], [0.0, 3.0]]), mistakes=MISTAKES,
                title=text("노트의 예: dout = 순전파의 출력", "the notes' example: dout = the forward output")),
        Example("relu_backward", (NOTES_X, np.ones((2, 2))), np.array([[1.0, 0.0], [0.0, 1.0]]), mistakes=MISTAKES,
                title=text("dout = 1 (모든 요소)", "dout = 1 everywhere")),
        Holds("relu_backward", X_AND_DOUT, lambda args, actual: expect_equal(actual, dx(*args), what="relu_backward(x, dout)"),
              mistakes=MISTAKES, title=text("다른 x와 dout (|x| >= 0.1)", "other x and dout (|x| >= 0.1)")),
        Custom(_leaves_dout_alone, text("넘겨준 dout이 바뀌지 않음", "the dout passed in is left unchanged")),
    ),
    hints=(text("relu_test = Relu(); relu_test.forward(x); return relu_test.backward(dout)",
                "relu_test = Relu(); relu_test.forward(x); return relu_test.backward(dout)"),),
)
