import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.forward import COURSE_INPUT, course_network, network_pass
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    # The notes' own answer: it still sets x = np.array([1, 2]) and so prints the old result.
    Mistake(text("입력을 무시하고 x = [1, 2] 의 결과를 돌려줍니다. 함수 안에서 x를 다시 정의하지 말고 받은 x를 쓰세요.",
                 "It ignores its input and returns the result for x = [1, 2]. Use the x it receives; do not redefine x inside."),
            like=lambda x: network_pass(course_network(), COURSE_INPUT)),
)

PROBLEM = Problem(
    id="p054", chapter="ch03", slug="forward_new_input",
    title=text("새 입력 [4, 5] 로 신경망 통과시키기", "The network on a new input [4, 5]"),
    statement=text("입력 값이 1, 2 가 아니라 4, 5 일 때의 위의 3층 신경망을 통과한 결과를 출력하시오",
                   "Print the output of the 3-layer network above when the inputs are 4 and 5 instead of 1 and 2."),
    given="x = np.array([4, 5])\nnetwork = init_network()  # 문제 52의 가중치 / problem 52's weights",
    example=">>> network_output_for(np.array([4, 5]))\narray([3.99985817, 5.99972863])",
    names=("network_output_for",),
    stub='''
import numpy as np


def network_output_for(x: np.ndarray) -> np.ndarray:
    """The output of problem 53's network (init_network() of problem 52, identity output) for the input x."""
    raise NotImplementedError
''',
    checks=(
        # Full precision: the sigmoids saturate, so [4, 5] and [1, 2] differ only in the 8th digit.
        Example("network_output_for", (np.array([4, 5]),), np.array([3.9998581729002014, 5.999728634149608]),
                dtype=None, rtol=1e-12, atol=0, mistakes=_MISTAKES),
        Holds("network_output_for", [hnp.arrays(np.float64, (2,), elements=st.floats(-3, 3, width=64))],
              lambda args, actual: expect_equal(actual, network_pass(course_network(), args[0]), dtype=None),
              title=text("다른 입력에서도 같은 신경망", "the same network on other inputs"), mistakes=_MISTAKES),
    ),
    hints=(text("문제 52의 init_network와 문제 53의 forward를 이 파일에 두고 return forward(init_network(), x).",
                "Put problem 52's init_network and problem 53's forward in this file and return forward(init_network(), x)."),),
)
