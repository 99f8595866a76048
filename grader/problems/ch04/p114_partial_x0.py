from grader.checks import text
from grader.problems.learning import partial_problem

PROBLEM = partial_problem(
    0, id="p114",
    statement=text("f(x_0, x_1) = x_0^2 + x_1^2 함수를 편미분하는데 x_0=3, x_1=4 일 때, 편미분하시오 (x_0에 대해)",
                   "Take the partial derivative of f(x0, x1) = x0^2 + x1^2 with respect to x0 at x0 = 3, x1 = 4."),
)
