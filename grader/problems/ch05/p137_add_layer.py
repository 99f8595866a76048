from grader.checks import text
from grader.problems.layers import ADD_LAYER_STUB, add_layer_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p137", chapter="ch05", slug="add_layer",
    title=text("덧셈 계층", "The addition layer"),
    statement=text("덧셈계층을 파이썬으로 구현하시오", "Implement the addition layer in Python."),
    example=""">>> layer = AddLayer()
>>> layer.forward(200, 450)
650
>>> layer.backward(1.1)
(1.1, 1.1)""",
    names=("AddLayer",),
    stub=ADD_LAYER_STUB,
    checks=add_layer_checks(),
    hints=(text("덧셈 노드는 상류의 미분을 그대로 하류로 흘려보냅니다: dx = dout * 1, dy = dout * 1.",
                "The addition node passes the upstream derivative on unchanged: dx = dout * 1, dy = dout * 1."),),
)
