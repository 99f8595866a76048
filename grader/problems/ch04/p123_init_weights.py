from grader.checks import text
from grader.problems.learning import varies_with_seed, weights_2x3_check
from grader.spec import Problem

PROBLEM = Problem(
    id="p123", chapter="ch04", slug="init_weights",
    title=text("가중치를 무작위로 만드는 __init__", "An __init__ that makes random weights"),
    statement=text("가중치를 랜덤으로 생성하는 __init__ 함수를 생성하시오", "Write an __init__ function that creates the weights randomly."),
    example=">>> __init__()      # 실행마다 다름 / random\narray([[0.47499735, 0.26928766, 0.04306079],\n"
            "       [0.88458809, 0.93261392, 0.40295721]])",
    names=("__init__",),
    stub='''
import numpy as np


def __init__() -> np.ndarray:
    """Random 2 x 3 weights (2 inputs, 3 outputs): np.random.rand (the notes) or np.random.randn (the book).

    (A module-level function named __init__ prepares the simpleNet class of p127, where it becomes the constructor.)
    """
    raise NotImplementedError
''',
    checks=(weights_2x3_check("__init__"), varies_with_seed("__init__")),
    hints=(text("return np.random.rand(2, 3)", "return np.random.rand(2, 3)"),),
)
