import numpy as np

from grader.checks import Context, Custom, text
from grader.compare import Fail
from grader.problems.learning import (
    DESCENT_HOOK,
    DESCENT_STUB,
    NOT_ACCUMULATED,
    descent_check,
)
from grader.spec import Problem

START = np.array([3.0, 4.0])
REUSED_START = text("lr = 10 의 발산한 값에서 다시 시작했습니다: gradient_descent가 init_x 배열을 제자리에서 바꿨기 때문입니다 "
                    "(x = init_x 는 복사가 아닙니다). lr마다 np.array([3.0, 4.0])를 새로 만들거나 init_x.copy()를 쓰세요.",
                    "It started again from lr = 10's blown-up values: gradient_descent changed the init_x array in place "
                    "(x = init_x is no copy). Make a fresh np.array([3.0, 4.0]) for each lr, or use init_x.copy().")


def _behaviour(ctx: Context) -> None:
    big, tiny, good = (np.asarray(x, dtype=float) for x in ctx.session.call("try_learning_rates", [10.0, 1e-10, 0.1]))
    if not np.max(np.abs(big)) > 1e10:
        hint = NOT_ACCUMULATED.says if np.allclose(big, START * (1 - 2 * 10.0)) else None
        raise Fail("property", text(f"lr = 10 이면 값이 발산해야 합니다 (한 단계마다 -19배): 결과 {big}",
                                    f"With lr = 10 the values should blow up (times -19 each step): got {big}"),
                   show_values=False, hint=hint)
    if not (np.max(np.abs(tiny - START)) < 1e-6 and np.any(tiny != START)):
        hint = REUSED_START if np.max(np.abs(tiny)) > 1e6 else None
        raise Fail("property", text(f"lr = 1e-10 이면 (3, 4)에서 거의 움직이지 않아야 합니다 (예: [2.999999994, 3.999999992]): 결과 {tiny}",
                                    f"With lr = 1e-10 x should barely move from (3, 4) (e.g. [2.999999994, 3.999999992]): got {tiny}"),
                   show_values=False, hint=hint)
    if not np.max(np.abs(good)) < 1e-8:
        raise Fail("property", text(f"lr = 0.1 이면 최솟값 (0, 0)에 도달해야 합니다: 결과 {good}",
                                    f"With lr = 0.1 x should reach the minimum (0, 0): got {good}"), show_values=False)


PROBLEM = Problem(
    id="p120", chapter="ch04", slug="learning_rates",
    title=text("학습률이 너무 크거나 작으면", "A learning rate too large or too small"),
    statement=text("lr(Learning Rate)을 크게 주면 어떻게, 작게 주면 어떻게 결과가 나오는지 확인하시오",
                   "Check what happens when the learning rate is very large and when it is very small."),
    given="lr = 10\nlr = 1e-10\ninit_x = np.array([3.0, 4.0]); step_num = 100",
    example=">>> try_learning_rates([10, 1e-10])\n"
            "[array([ 2.58983747e+13, -1.29524862e+12]), array([2.999999994, 3.999999992])]\n"
            "# lr = 10: 발산 (정확한 큰 값은 반올림에 따라 다름) / diverges (the exact huge numbers depend on rounding)\n"
            "# lr = 1e-10: 거의 움직이지 않음 / barely moves",
    names=("function_2", "numerical_gradient", "gradient_descent", "try_learning_rates"),
    changes_inputs=("descend_function_2",),  # the book's gradient_descent updates init_x in place (x = init_x)
    stub=DESCENT_STUB + '''

def try_learning_rates(lrs: list) -> list:
    """For each lr: gradient_descent of function_2 from a fresh np.array([3.0, 4.0]), 100 steps; the results as a list."""
    raise NotImplementedError
''' + DESCENT_HOOK,
    checks=(
        Custom(_behaviour, text("lr = 10 발산, lr = 1e-10 거의 그대로, lr = 0.1 최솟값", "lr = 10 diverges, lr = 1e-10 barely moves, lr = 0.1 reaches the minimum")),
        descent_check("descend_function_2"),
    ),
    hints=(text("lr·2 > 2 이면 한 단계마다 |x|가 커집니다 (x ← (1 - 2·lr)·x). 너무 작으면 100단계로는 거의 움직이지 않습니다.",
                "If 2·lr > 2, every step makes |x| larger (x ← (1 - 2·lr)·x); far too small and 100 steps barely move it."),
           text("init_x를 lr마다 새로 만드세요: 책의 gradient_descent는 init_x 배열 자체를 바꿉니다 (x = init_x 는 복사가 아닙니다).",
                "Make a fresh init_x for every lr: the book's gradient_descent changes the init_x array itself (x = init_x is no copy).")),
)
