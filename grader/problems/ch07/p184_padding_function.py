from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import padding_mistakes, padding_sizes
from grader.spec import Problem

SWAPPED = Mistake(text("인자 순서가 다릅니다: 노트의 함수는 padding(H, S, OH, FH) 입니다 (두 번째가 스트라이드, 마지막이 필터 크기).",
                      "The arguments are in another order: the notes' function is padding(H, S, OH, FH) (the stride second, "
                      "the filter size last)."),
                 when=lambda args, actual: args[1] != args[3] and isinstance(actual, (int, float))
                 and abs(actual - ((args[2] - 1) * args[3] - args[0] + args[1]) / 2) < 1e-9)
CANDIDATES = (SWAPPED,) + padding_mistakes(lambda args: (args[0], args[3], args[2], args[1]))


def _alone(mistake: Mistake) -> Mistake:
    """Named only when no other mistake gives the same number: padding(7, 2, 4, 3) with S and FH swapped is 2.0,
    and so is the same call not halved; on such an input neither is named."""
    return Mistake(mistake.says, when=lambda args, actual: mistake.matches(args, actual)
                   and not any(other.matches(args, actual) for other in CANDIDATES if other is not mistake))


MISTAKES = (RETURNS_NONE,) + tuple(_alone(m) for m in CANDIDATES)


def _sizes_in_notes_order():
    h, fh, oh, s = padding_sizes("p184")
    return [h, s, oh, fh]


PROBLEM = Problem(
    id="p184", chapter="ch07", slug="padding_function",
    title=text("패딩 공식 함수 padding(H, S, OH, FH)", "The padding formula as a function padding(H, S, OH, FH)"),
    statement=text("위의 패딩 공식을 구현하는 파이썬 함수를 생성하시오", "Create a Python function implementing the padding formula above."),
    given="padding(4, 1, 4, 3)   # H, S, OH, FH",
    example=">>> padding(4, 1, 4, 3)\n1.0",
    names=("padding",),
    stub='''
def padding(H: int, S: int, OH: int, FH: int) -> float:
    """P = ((OH - 1) S - H + FH) / 2: the padding for input H, stride S, output OH and filter FH (the notes' order)."""
    raise NotImplementedError
''',
    checks=(
        Example("padding", (4, 1, 4, 3), 1.0, mistakes=MISTAKES),
        Example("padding", (7, 2, 4, 3), 1.0, mistakes=MISTAKES, title=text("스트라이드 2: padding(7, 2, 4, 3)", "stride 2: padding(7, 2, 4, 3)")),
        Holds("padding", _sizes_in_notes_order(),
              lambda args, actual: expect_equal(actual, ((args[2] - 1) * args[1] - args[0] + args[3]) / 2, what="P"),
              title=text("다른 크기와 스트라이드", "other sizes and strides"), mistakes=MISTAKES),
    ),
    hints=(text("def padding(H, S, OH, FH): return ((OH - 1) * S - H + FH) / 2 — 분자 전체에 괄호를 치세요.",
                "def padding(H, S, OH, FH): return ((OH - 1) * S - H + FH) / 2 — bracket the whole numerator."),),
)
