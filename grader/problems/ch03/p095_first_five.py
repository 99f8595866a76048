from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

X = [7, 3, 2, 1, 6, 7, 7, 8, 2, 4]
_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("하나 모자랍니다: 슬라이스의 끝은 포함되지 않으므로 앞의 5개는 x[:5] 입니다.",
                 "One short: a slice leaves its end out, so the first five are x[:5]."),
            like=lambda x: x[:4]),
    Mistake(text("인덱스 1부터 잘랐습니다. 첫 원소의 인덱스는 0 이므로 x[0:5] (= x[:5]) 입니다.",
                 "It slices from index 1. The first element is at index 0: x[0:5] (= x[:5])."),
            when=lambda args, actual: actual == args[0][1:6] != args[0][-5:]),  # a list of 6: also the last five
    Mistake(text("뒤의 5개입니다. 앞의 5개는 x[:5] 입니다.", "Those are the last five. The first five are x[:5]."),
            when=lambda args, actual: actual == args[0][-5:] != args[0][1:6]),
)

PROBLEM = Problem(
    id="p095", chapter="ch03", slug="first_five",
    title=text("앞의 5개만", "Only the first five"),
    statement=text("아래의 리스트를 x라는 변수에 담고 앞에 5개의 숫자만 출력하시오",
                   "Put the list below into a variable x and print only the first 5 numbers."),
    given=f"x = {X}",
    example=">>> first_five(x)\n[7, 3, 2, 1, 6]",
    names=("first_five",),
    stub='''
def first_five(x: list) -> list:
    """Return a list of the first 5 elements of x."""
    raise NotImplementedError
''',
    checks=(
        Example("first_five", (X,), [7, 3, 2, 1, 6], mistakes=_MISTAKES),
        Holds("first_five", [st.lists(st.integers(0, 9), min_size=6, max_size=12)],
              lambda args, actual: expect_equal(actual, args[0][:5]),
              title=text("다른 리스트에서도", "other lists too"), mistakes=_MISTAKES),
    ),
    hints=(text("슬라이스 x[:5] 는 인덱스 0, 1, 2, 3, 4 를 가져옵니다.", "The slice x[:5] takes indices 0, 1, 2, 3, 4."),),
)
