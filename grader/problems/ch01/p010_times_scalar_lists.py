from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import fixed_size_mistake, int_lists
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

SCALAR_LIST_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("리스트 × 숫자는 리스트를 그만큼 반복합니다 ([1, 2] * 10 은 원소 20개). 요소마다 곱하세요.",
                 "A list times a number repeats the list ([1, 2] * 10 has 20 elements). Multiply each element."),
            like=lambda m, m2: [row * m2[0][0] for row in m]),
    Mistake(text("m2 는 [[10]] (리스트 안의 리스트)입니다. 숫자 10 은 m2[0][0] 입니다.",
                 "m2 is [[10]] (a list in a list). The number 10 is m2[0][0]."),
            like=lambda m, m2: [[v * m2[0] for v in row] for row in m]),
    fixed_size_mistake(2, 2),
)

PROBLEM = Problem(
    id="p010", chapter="ch01", slug="times_scalar_lists",
    title=text("NumPy 없이: 브로드캐스트 (행렬 × 스칼라)", "Without NumPy: broadcasting a scalar"),
    statement=text("(점심시간 문제) 아래의 브로드캐스트를 numpy 이용하지 않고 파이썬으로 구현하시오. "
                   "(1x1 행렬 m2 = [[10]] 을 m 의 모든 요소에 곱한 결과를 리스트의 리스트로 돌려주세요.)",
                   "(Lunch-time problem) Implement the broadcast in the (missing) figure, a 2x2 matrix times the scalar "
                   "10, in plain Python without NumPy. (Multiply every element of m by the 1x1 m2 = [[10]]; return a "
                   "list of lists.)"),
    given="m = [[1, 2], [3, 4]]\nm2 = [[10]]",
    # The notes print no output here; this is what the notes' code computes.
    example=">>> times_scalar_lists([[1, 2], [3, 4]], [[10]])\n[[10, 20], [30, 40]]",
    names=("times_scalar_lists",),
    stub='''
def times_scalar_lists(m: list[list[int]], m2: list[list[int]]) -> list[list[int]]:
    """Return m * m2 where m2 is 1x1 ([[10]]): its one number multiplies every element of m. No NumPy."""
    raise NotImplementedError
''',
    checks=(
        Example("times_scalar_lists", ([[1, 2], [3, 4]], [[10]]), [[10, 20], [30, 40]], mistakes=SCALAR_LIST_MISTAKES),
        Holds("times_scalar_lists", [int_lists("p010"), st.integers(-5, 12).map(lambda k: [[k]])],
              lambda args, actual: expect_equal(actual, [[v * args[1][0][0] for v in row] for row in args[0]], what="m * m2"),
              title=text("다른 크기와 다른 스칼라에서도", "other sizes and other scalars"), mistakes=SCALAR_LIST_MISTAKES),
    ),
    hints=(text("res[i][j] = m[i][j] * m2[0][0]: m2 의 유일한 값이 모든 자리에 쓰입니다.",
                "res[i][j] = m[i][j] * m2[0][0]: m2's only value is used at every position."),),
)
