from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem


def _ranges(total: int, size: int) -> list[str]:
    return [f"{start} ~ {start + size}" for start in range(0, total, size)]


_MISTAKES = (
    RETURNS_NONE,
    # The notes' answer prints only 0, 100, ..., 10000, not the "a ~ b" ranges.
    Mistake(text("시작 숫자만 돌려줍니다 (강의 노트 답안처럼). 줄마다 '시작 ~ 끝' 문자열을 만드세요: f\"{i} ~ {i + size}\".",
                 "It returns only the start numbers (like the notes' answer). Make each line the string 'start ~ end': f\"{i} ~ {i + size}\"."),
            when=lambda args, actual: isinstance(actual, list) and bool(actual)
            and all(not isinstance(item, str) or "~" not in item for item in actual)),
    Mistake(text("마지막 줄이 하나 더 있습니다: range(0, total, size) 는 total 에서 시작하는 줄을 만들지 않습니다.",
                 "One line too many: range(0, total, size) never starts a line at total."),
            like=lambda total, size: _ranges(total + size, size)),
)

PROBLEM = Problem(
    id="p096", chapter="ch03", slug="batch_ranges",
    title=text("배치 구간 나누기: 0 ~ 100, 100 ~ 200, ...", "Batch ranges: 0 ~ 100, 100 ~ 200, ..."),
    statement=text("아래와 같이 나오도록 하시오",
                   "Make the output look like the lines below (0 ~ 100, 100 ~ 200, ..., 9900 ~ 10000)."),
    given="0 ~ 100\n100 ~ 200\n200 ~ 300\n.\n.\n.\n9900 ~ 10000",
    example=">>> lines = batch_ranges(10000, 100)\n>>> lines[:2], lines[-1], len(lines)\n(['0 ~ 100', '100 ~ 200'], '9900 ~ 10000', 100)",
    names=("batch_ranges",),
    stub='''
def batch_ranges(total: int, size: int) -> list:
    """Return the lines 'start ~ end' of consecutive batches of `size` covering 0 to total (total is a multiple of size)."""
    raise NotImplementedError
''',
    checks=(
        Example("batch_ranges", (10000, 100), _ranges(10000, 100), mistakes=_MISTAKES),
        # Every size drawn divides 50, so every total drawn is a multiple of it.
        Holds("batch_ranges", [st.integers(1, 8).map(lambda n: 50 * n), st.sampled_from([1, 5, 10, 25, 50])],
              lambda args, actual: expect_equal(actual, _ranges(*args)),
              title=text("다른 크기의 배치", "batches of other sizes"), mistakes=_MISTAKES),
    ),
    hints=(text("for i in range(0, total, size): 로 시작 숫자를 얻고, 끝은 i + size 입니다.",
                "for i in range(0, total, size): gives each start; the end is i + size."),),
)
