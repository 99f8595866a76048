from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("step에서 시작했습니다. 0에서 시작하세요: range(0, stop, step).",
                 "It starts at step. Start at 0: range(0, stop, step)."),
            like=lambda stop, step: list(range(step, stop, step))),
    Mistake(text("간격 없이 1씩 세었습니다. range의 세 번째 인수가 간격입니다: range(0, stop, step).",
                 "It counts in steps of 1. range's third argument is the step: range(0, stop, step)."),
            like=lambda stop, step: list(range(0, stop))),
)

PROBLEM = Problem(
    id="p090", chapter="ch03", slug="range_step",
    title=text("간격을 두고 세기: [0, 3, 6, 9]", "Counting in steps: [0, 3, 6, 9]"),
    statement=text("아래의 결과를 출력하시오", "Print the result shown below."),
    given="[0, 3, 6, 9]",
    example=">>> every_step(10, 3)\n[0, 3, 6, 9]",
    names=("every_step",),
    stub='''
def every_step(stop: int, step: int) -> list:
    """Return [0, step, 2*step, ...], every number below stop."""
    raise NotImplementedError
''',
    checks=(
        Example("every_step", (10, 3), [0, 3, 6, 9], mistakes=_MISTAKES),
        Holds("every_step", [st.integers(0, 40), st.integers(2, 7)],
              lambda args, actual: expect_equal(actual, list(range(0, *args))),
              title=text("다른 끝과 간격", "other stops and steps"), mistakes=_MISTAKES),
    ),
    hints=(text("range(시작, 끝, 간격): 끝은 포함되지 않습니다. list(range(0, stop, step)).",
                "range(start, stop, step) leaves stop out: list(range(0, stop, step))."),),
)
