
from grader.checks import Example, Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.forward import course_network
from grader.spec import Problem

PROBLEM = Problem(
    id="p052", chapter="ch03", slug="init_network",
    title=text("가중치를 딕셔너리로: init_network()", "The weights in a dictionary: init_network()"),
    statement=text("위의 코드 중에 가중치에 해당하는 코드들을 init_network() 라는 함수로 생성해서 가중치를 딕셔너리에서 가져올 수 있도록 하시오",
                   "Turn the weight code above into a function init_network() so that the weights are taken from a dictionary."),
    given="network['W1'] = np.array([[1, 3, 5], [4, 5, 6]])\nnetwork['W2'] = np.array([[1, 2], [3, 4], [5, 6]])\n"
          "network['W3'] = np.array([[1, 2], [3, 4]])",
    example=">>> network = init_network()\n>>> network['W2']\narray([[1, 2],\n       [3, 4],\n       [5, 6]])",
    names=("init_network",),
    stub='''
import numpy as np


def init_network() -> dict:
    """Return a new dict with the keys 'W1', 'W2', 'W3' holding the three weight matrices above."""
    raise NotImplementedError
''',
    checks=(
        # dtype=None: the same weights written as floats (1.0, 3.0, ...) are the same weights.
        Example("init_network", (), course_network(), dtype=None, title=text("키 W1, W2, W3 와 가중치 행렬", "the keys W1, W2, W3 and the weight matrices"),
                mistakes=(
                    RETURNS_NONE,
                    Mistake(text("키 이름은 대문자 'W1', 'W2', 'W3' 입니다 (책과 같은 이름).",
                                 "The keys are the capitalised 'W1', 'W2', 'W3' (the book's names)."),
                            when=lambda args, actual: isinstance(actual, dict) and {"w1", "w2", "w3"} <= set(actual)),
                )),
    ),
    hints=(text("network = {} 로 빈 딕셔너리를 만들고 network['W1'] = ... 처럼 채운 뒤 return network.",
                "Start with network = {}, fill it like network['W1'] = ..., then return network."),),
)
