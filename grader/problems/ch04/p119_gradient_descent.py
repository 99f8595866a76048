import numpy as np

from grader.checks import Example, text
from grader.problems.learning import (
    DESCENT_HOOK,
    DESCENT_MISTAKES,
    DESCENT_STUB,
    descent_check,
)
from grader.spec import Problem

PROBLEM = Problem(
    id="p119", chapter="ch04", slug="gradient_descent",
    title=text("경사 하강법", "Gradient descent"),
    statement=text("위에서 만든 numerical_gradient 함수를 100번 수행되게 해서 global minima에 도달하게끔 하는 코드를 구현하시오",
                   "Run the numerical_gradient function made above 100 times so that it reaches the global minimum (gradient descent)."),
    given="init_x = np.array([3.0, 4.0])\nlr = 0.1\nstep_num = 100",
    example=">>> gradient_descent(function_2, np.array([3.0, 4.0]), lr=0.1, step_num=100)\narray([6.11110793e-10, 8.14814391e-10])",
    names=("function_2", "numerical_gradient", "gradient_descent"),
    changes_inputs=("descend_function_2",),  # the book's gradient_descent updates init_x in place (x = init_x)
    stub=DESCENT_STUB + DESCENT_HOOK,
    checks=(
        Example("descend_function_2", (np.array([3.0, 4.0]), 0.1, 100), np.array([3.0, 4.0]) * 0.8 ** 100, rtol=1e-4, atol=1e-12,
                mistakes=DESCENT_MISTAKES),
        Example("descend_function_2", (np.array([-3.0, 4.0]), 0.1, 100), np.array([-3.0, 4.0]) * 0.8 ** 100, rtol=1e-4, atol=1e-12,
                title=text("책의 시작점 (-3, 4) 에서도 최솟값 (0, 0) 근처로", "from the book's start (-3, 4) too, to near the minimum (0, 0)"),
                mistakes=DESCENT_MISTAKES),
        descent_check("descend_function_2"),
    ),
    hints=(text("x = init_x.copy() (원래 배열을 바꾸지 않도록) 후 for 문에서 x -= lr * numerical_gradient(f, x)",
                "x = init_x.copy() (so the caller's array is left alone), then in a loop x -= lr * numerical_gradient(f, x)"),
           text("f = x0² + x1² 에서 한 단계는 x ← x - lr·2x = 0.8·x (lr = 0.1): 100단계 후 0.8¹⁰⁰ ≈ 2e-10 배가 됩니다.",
                "For f = x0² + x1² one step is x ← x - lr·2x = 0.8·x (lr = 0.1): after 100 steps x is 0.8¹⁰⁰ ≈ 2e-10 times its start.")),
)
