import numpy as np

from grader.checks import Context, Custom, for_all, text
from grader.compare import Fail, expect_equal
from grader.problems.forward import softmax
from grader.problems.learning import inputs_2, minus_log_target, one_hot
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
        expect_equal(session.method(net, "predict", x), x @ w, what="predict(x)")
        loss = session.method(net, "loss", x, t)
        try:
            expect_equal(loss, minus_log_target(softmax(x @ w), t), rtol=1e-6, dtype=None, what="loss(x, t)")
        except Fail as error:
            with np.errstate(invalid="ignore", divide="ignore"):
                raw = -np.log((x @ w)[np.argmax(t)] + 1e-7)
            if np.isclose(float(loss), raw, rtol=1e-6) or not np.isfinite(float(loss)):
                error.hint = NO_SOFTMAX
            raise

    for_all(ctx, (inputs_2, one_hot(3)), body)


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
        Custom(_simple_net, text("W의 형상, predict = x·W, loss = 정답 확률의 -log", "W's shape, predict = x·W, loss = -log of the target's probability")),
        Custom(_random_weights, text("무작위: 시드마다 다른 W", "random: another seed gives another W")),
    ),
    hints=(text("책 135쪽처럼 f = lambda w: net.loss(x, t); dW = numerical_gradient(f, net.W) 로 기울기도 구해 보세요.",
                "As on book p.135, try f = lambda w: net.loss(x, t); dW = numerical_gradient(f, net.W) for the gradient too."),
           text("loss 안에서: z = self.predict(x); y = softmax(z); return cross_entropy_error(y, t)",
                "Inside loss: z = self.predict(x); y = softmax(z); return cross_entropy_error(y, t)")),
)
