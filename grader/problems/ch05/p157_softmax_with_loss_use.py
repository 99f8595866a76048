import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.backprop import SOFTMAX_WITH_LOSS_STUB, copy_or_import
from grader.problems.common import RETURNS_NONE
from grader.problems.forward import softmax
from grader.problems.learning import cross_entropy, one_hot, vectors
from grader.spec import Problem

T = np.eye(10)[2]  # 숫자 2 / the digit 2, ten classes (the notes print nine)
X1 = np.array([0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.05, 0.3, 0.1, 0.5])
X2 = np.array([0.01, 0.01, 0.9, 0.01, 0.01, 0.01, 0.05, 0.3, 0.1, 0.02])


def expected(x: np.ndarray, t: np.ndarray) -> tuple[float, np.ndarray]:
    """One sample is a batch of one: the loss is -log(y[2] + 1e-7) and dx = y - t (divided by 1)."""
    return cross_entropy(softmax(x), t), softmax(x) - t


def _dx(actual: object) -> object:
    return actual[1] if isinstance(actual, (tuple, list)) and len(actual) == 2 else None


MISTAKES = (
    Mistake(text("dx가 10으로 나뉘었습니다: 1차원 t 에서 t.shape[0] 은 배치 크기가 아니라 클래스 수(10)입니다. 표본 하나는 배치 크기 1 이므로 "
                 "x.reshape(1, -1), t.reshape(1, -1) 로 넣고 dx.reshape(-1) 로 돌려주세요.",
                 "dx is divided by 10: for a 1-D t, t.shape[0] is the number of classes (10), not the batch size. One sample is "
                 "a batch of 1: pass x.reshape(1, -1), t.reshape(1, -1) and return dx.reshape(-1)."),
            when=lambda args, actual: np.shape(_dx(actual)) == (10,) and np.allclose(_dx(actual), expected(*args)[1] / 10)),
    RETURNS_NONE,
)

PROBLEM = Problem(
    id="p157", chapter="ch05", slug="softmax_with_loss_use",
    title=text("SoftmaxWithLoss 계층 써 보기", "Using the SoftmaxWithLoss layer"),
    statement=text("위에서 만든 SoftmaxWithLoss 클래스를 객체화 시켜서 아래의 x(입력값), t(target value)를 입력해서 순전파의 오차율을 "
                   "출력하고 역전파도 출력하시오",
                   "Instantiate SoftmaxWithLoss, feed the x (input) and t (target) below, print the forward loss and the "
                   "backward output."),
    given="t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])  # 숫자 2 (노트의 t는 원소가 9개: 10개로 고쳤습니다 / the notes' t has 9 elements: fixed to 10)\n"
          "x1 = np.array([0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.05, 0.3, 0.1, 0.5])\n"
          "x2 = np.array([0.01, 0.01, 0.9, 0.01, 0.01, 0.01, 0.05, 0.3, 0.1, 0.02])",
    example=""">>> loss, dx = softmax_with_loss(x2, t)
>>> loss
1.5879312559269887
>>> dx
array([ 0.08391661,  0.08391661, -0.79565218,  0.08391661,  0.08391661,
        0.08391661,  0.08734131,  0.11214846,  0.09181939,  0.08475998])
>>> softmax_with_loss(x1, t)[0]      # 2의 점수가 낮은 x1은 손실이 더 큽니다 / x1 scores the 2 low: a larger loss
2.4072798663898216""",
    names=("SoftmaxWithLoss", "softmax_with_loss"),
    stub="\nimport numpy as np\n" + copy_or_import(("SoftmaxWithLoss", "p156_softmax_with_loss_layer"))
         + SOFTMAX_WITH_LOSS_STUB + '''

def softmax_with_loss(x: np.ndarray, t: np.ndarray) -> tuple[float, np.ndarray]:
    """(loss, dx) for one sample x of 10 scores and its one-hot t: a new SoftmaxWithLoss's forward(x, t), then backward().

    One sample is a batch of one (dx = y - t): give the layer x.reshape(1, -1), t.reshape(1, -1) and return dx.reshape(-1).
    """
    raise NotImplementedError
''',
    checks=(
        Example("softmax_with_loss", (X2, T), expected(X2, T), mistakes=MISTAKES, dtype=None,
                title=text("노트의 x2 (숫자 2의 점수가 가장 높음)", "the notes' x2 (the 2 scores highest)")),
        Example("softmax_with_loss", (X1, T), expected(X1, T), mistakes=MISTAKES, dtype=None,
                title=text("노트의 x1 (숫자 2의 점수가 낮음)", "the notes' x1 (the 2 scores low)")),
        Holds("softmax_with_loss", [vectors(10, -3.0, 3.0), one_hot(10)],
              lambda args, actual: expect_equal(actual, expected(*args), what="softmax_with_loss(x, t)", dtype=None),
              mistakes=MISTAKES, title=text("다른 점수와 정답", "other scores and targets")),
    ),
    hints=(text("SoftmaxWithLoss 는 배치(행마다 한 샘플)를 받습니다: 벡터 하나는 (1, N) 모양으로 바꾸어 넘기고, 역전파는 forward 를 부른 바로 그 객체로 하세요.",
                "SoftmaxWithLoss takes a batch (one sample per row): pass one vector as shape (1, N), and run backward on the very object that ran forward."),
           text("layer = SoftmaxWithLoss(); loss = layer.forward(x.reshape(1, -1), t.reshape(1, -1)); dx = layer.backward()",
                "layer = SoftmaxWithLoss(); loss = layer.forward(x.reshape(1, -1), t.reshape(1, -1)); dx = layer.backward()")),
)
