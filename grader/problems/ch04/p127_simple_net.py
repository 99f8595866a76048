import numpy as np

from grader.checks import Context, Custom, Mistake, for_all, text
from grader.compare import Fail, Named, expect_equal
from grader.problems.forward import softmax
from grader.problems.learning import SWAPPED_ARGUMENTS, inputs_2, minus_log_target, one_hot, swapped_cross_entropy
from grader.spec import Problem

NO_SOFTMAX = text("loss가 소프트맥스를 거치지 않은 점수(predict의 결과)로 교차 엔트로피를 계산합니다: "
                  "y = softmax(self.predict(x)) 를 먼저 구하세요.",
                  "loss computes the cross entropy of the raw scores (predict's result): take y = softmax(self.predict(x)) first.")


def _simple_net(ctx: Context) -> None:
    session = ctx.session

    def body(x: np.ndarray, t: np.ndarray) -> None:
        net = session.new("simpleNet", seed=ctx.seed)
        w = session.attr(net, "W")
        if not isinstance(w, np.ndarray):
            raise Fail("type", text("self.W 는 NumPy 배열이어야 합니다.", "self.W should be a NumPy array."), actual=w)
        expect_equal(w.shape, (2, 3), what="self.W.shape")
        ctx.changed_inputs.clear()
        expect_equal(ctx.method(net, "predict", x), x @ w, what="predict(x)")
        loss = ctx.method(net, "loss", x, t)
        try:
            expect_equal(loss, minus_log_target(softmax(x @ w), t), rtol=1e-6, dtype=None, what="loss(x, t)")
        except Fail as error:
            error.input = Named(x=x, t=t, W=w)
            error.hint = next((m.says for m in LOSS_MISTAKES if m.matches((x @ w, t), loss)), None)
            raise
        ctx.refuse_changed_inputs()

    for_all(ctx, (inputs_2, one_hot(3)), body)


def _raw_scores_loss(scores: np.ndarray, t: np.ndarray) -> float:
    """cross_entropy_error(predict(x), t): the log of a raw score (nan where it is negative)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(-np.sum(t * np.log(scores + 1e-7)))


def _close_or_both_nan(actual: object, expected: float) -> bool:
    try:
        actual = float(actual)
    except (TypeError, ValueError):
        return False
    return bool(np.isclose(actual, expected, rtol=1e-6) or (np.isnan(actual) and np.isnan(expected)))


# Each is recognised from (scores x·W, t) and the learner's loss; the swap is tried first: it is exact, and it
# needs softmax to have been applied, so it is never mistaken for the missing softmax.
LOSS_MISTAKES = (
    Mistake(SWAPPED_ARGUMENTS, when=lambda args, loss: _close_or_both_nan(loss, swapped_cross_entropy(softmax(args[0]), args[1]))),
    Mistake(NO_SOFTMAX, when=lambda args, loss: _close_or_both_nan(loss, _raw_scores_loss(*args))),
)


def _random_weights(ctx: Context) -> None:
    first, second = (ctx.session.attr(ctx.session.new("simpleNet", seed=seed), "W") for seed in (ctx.seed, ctx.seed + 1))
    if np.allclose(np.asarray(first, dtype=float), np.asarray(second, dtype=float)):
        raise Fail("property", text("시드가 달라도 W가 같습니다: np.random.randn(2, 3)으로 만드세요.",
                                    "W is the same under two different seeds: make it with np.random.randn(2, 3)."), actual=first)


PROBLEM = Problem(
    id="p127", chapter="ch04", slug="simple_net",
    title=text("simpleNet 클래스", "The simpleNet class"),
    statement=text("위의 3가지 함수를 다 사용한 simplenet 이라는 클래스를 책 134 페이지를 보고 생성하고 135페이지를 보며 클래스가 잘 생성되었는지 확인하시오",
                   "Following book p.134, create a class simplenet that uses the three functions above, and check on p.135 that it works."),
    given="x = np.array([0.6, 0.9])\nt = np.array([0, 0, 1])",
    example=">>> net = simpleNet()\n>>> net.W          # 무작위 / random\n[[0.35196232 0.24128007 0.72909494]\n [0.46175271 0.11353967 0.33078632]]\n"
            ">>> p = net.predict(x)\n[0.62675483 0.24695374 0.73516465]\n>>> np.argmax(p)\n2\n>>> net.loss(x, t)\n0.9206741471247873",
    names=("simpleNet",),
    stub='''
import numpy as np


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max))."""
    raise NotImplementedError


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7)."""
    raise NotImplementedError


class simpleNet:
    def __init__(self):
        """self.W: random 2 x 3 weights (the book: np.random.randn(2, 3))."""
        raise NotImplementedError

    def predict(self, x: np.ndarray) -> np.ndarray:
        """np.dot(x, self.W)."""
        raise NotImplementedError

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """The cross entropy error of softmax(self.predict(x)) against the one-hot target t."""
        raise NotImplementedError
''',
    checks=(
        Custom(_simple_net, text("W의 형상, predict = x·W, loss = 정답 확률의 -log", "W's shape, predict = x·W, loss = -log of the target's probability"),
               mistakes=LOSS_MISTAKES),
        Custom(_random_weights, text("무작위: 시드마다 다른 W", "random: another seed gives another W")),
    ),
    hints=(text("책 135쪽처럼 f = lambda w: net.loss(x, t); dW = numerical_gradient(f, net.W) 로 기울기도 구해 보세요.",
                "As on book p.135, try f = lambda w: net.loss(x, t); dW = numerical_gradient(f, net.W) for the gradient too."),
           text("loss 안에서: z = self.predict(x); y = softmax(z); return cross_entropy_error(y, t)",
                "Inside loss: z = self.predict(x); y = softmax(z); return cross_entropy_error(y, t)")),
)
