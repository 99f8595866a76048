from grader.checks import text
from grader.problems.activations import relu_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p037", chapter="ch03", slug="relu_if",
    title=text("ReLU 함수 (if/else)", "The ReLU function (if/else)"),
    statement=text("Relu 함수를 파이썬으로 구현하시오", "Implement the ReLU function in Python (scalar if/else version)."),
    given="Relu(0.3), Relu(-2)\n# h(x) = x (x > 0), 0 (x <= 0)",
    example=">>> Relu(0.3)\n0.3\n>>> Relu(-2)\n0",
    names=("Relu",),
    stub='''
def Relu(x: float) -> float:
    """For one number x: x itself when x > 0, otherwise 0. Write it with if / else."""
    raise NotImplementedError
''',
    checks=relu_checks("Relu", arrays=False),
    hints=(text("if x > 0: return x  그리고  else: return 0", "if x > 0: return x   and   else: return 0"),),
)
