from grader.checks import text
from grader.problems.backprop import SIGMOID_STUB, sigmoid_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p143", chapter="ch05", slug="sigmoid_layer",
    title=text("Sigmoid 계층", "The Sigmoid layer"),
    statement=text("책 170페이지의 sigmoid 클래스를 생성하시오", "Create the sigmoid class from page 170 of the book."),
    example=""">>> layer = Sigmoid()
>>> layer.forward(np.array([0.0, 2.0]))
array([0.5       , 0.88079708])
>>> layer.backward(np.array([1.0, 1.0]))
array([0.25      , 0.10499359])""",
    names=("Sigmoid",),
    stub="\nimport numpy as np\n" + SIGMOID_STUB,
    checks=sigmoid_checks(),
    hints=(text("y = 1 / (1 + exp(-x)) 의 미분은 y(1 - y) 입니다: 순전파의 출력만 있으면 됩니다 (self.out).",
                "The derivative of y = 1 / (1 + exp(-x)) is y(1 - y): forward's output is all backward needs (self.out)."),),
)
