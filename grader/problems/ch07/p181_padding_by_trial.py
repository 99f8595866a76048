import numbers

from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, text
from grader.compare import Fail
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem, Text


@st.composite
def _case(draw) -> tuple[int, int, int]:
    """(H, FH, OH) that some whole padding P reaches with stride 1."""
    h = draw(st.integers(1, 9))
    fh = draw(st.integers(1, h))
    p = draw(st.integers(0, 3))
    return h, fh, h + 2 * p - fh + 1


CASE = st.shared(_case(), key="p181")
SIZES = [CASE.map(lambda c: c[0]), CASE.map(lambda c: c[1]), CASE.map(lambda c: c[2])]


def _reaches(args: tuple, actual: object) -> Text | None:
    """The padding is a whole number, and the output-size formula with it gives OH."""
    h, fh, oh = args
    if not isinstance(actual, numbers.Real) or isinstance(actual, bool) or actual < 0 or float(actual) != int(actual):
        raise Fail("type", text("패딩은 0 이상의 정수 하나입니다.", "The padding is one whole number, 0 or more."), actual=actual)
    out = h + 2 * int(actual) - fh + 1
    if out != oh:
        return text(f"패딩 {actual} 이면 출력이 {out} x {out} 입니다 ({oh} x {oh} 가 필요).",
                    f"A padding of {actual} gives a {out} x {out} output ({oh} x {oh} is wanted).")
    return None


MISTAKES = (
    RETURNS_NONE,
    Mistake(text("위·아래를 합친 패딩(2P)을 돌려주었습니다: 패딩 P 는 한쪽에 붙는 줄 수이고, 출력은 H + 2P - FH + 1 입니다.",
                 "That is the padding of both sides together (2P): the padding P is what goes on one side, and the output "
                 "is H + 2P - FH + 1."),
            # with FH = 1, 2P is OH - H as well: that input names neither mistake
            when=lambda args, actual: isinstance(actual, numbers.Real) and actual > 0 and args[1] > 1
            and args[0] + actual - args[1] + 1 == args[2]),
    Mistake(text("출력과 입력의 크기 차이 OH - H 는 필터가 줄이는 만큼(FH - 1)을 빠뜨립니다.",
                 "The size difference OH - H leaves out what the filter takes away (FH - 1)."),
            when=lambda args, actual: actual == args[2] - args[0] and args[1] > 1),
)

PROBLEM = Problem(
    id="p181", chapter="ch07", slug="padding_by_trial",
    title=text("필요한 제로 패딩 찾기", "Find the zero padding needed"),
    statement=text("4 x 4 행렬에 3 x 3 필터를 적용해서 결과로 4 x 4 행렬이 출력되게 하려면 제로 패딩을 몇을 해줘야 하는가? "
                   "(입력 크기 H, 필터 크기 FH, 원하는 출력 크기 OH 를 받아, 스트라이드 1 에서 P = 0, 1, 2, ... 를 차례로 "
                   "출력 크기 공식에 넣어 보며 OH 가 되는 패딩을 돌려주는 함수로 만드세요.)",
                   "How much zero padding is needed so that a 3 x 3 filter on a 4 x 4 matrix gives a 4 x 4 result? "
                   "(Write a function: it takes the input size H, the filter size FH and the wanted output size OH, "
                   "tries P = 0, 1, 2, ... in the output-size formula (stride 1), and returns the padding that gives OH.)"),
    given="H = 4, FH = 3, OH = 4, S = 1\n# 출력 크기 / output size: OH = H + 2P - FH + 1",
    example=">>> needed_padding(4, 3, 4)\n1",
    names=("needed_padding",),
    stub='''
def needed_padding(h: int, fh: int, oh: int) -> int:
    """The zero padding P (stride 1) for which an h x h input and an fh x fh filter give an oh x oh output."""
    raise NotImplementedError
''',
    checks=(
        Example("needed_padding", (4, 3, 4), 1, mistakes=MISTAKES),
        Holds("needed_padding", SIZES, _reaches,
              title=text("다른 크기: 그 패딩이면 정말 OH 가 나오는가", "other sizes: that padding really gives OH"),
              mistakes=MISTAKES),
    ),
    hints=(text("패딩 P 를 하면 입력이 H + 2P 가 되고, 필터 FH 를 스트라이드 1 로 대면 출력은 H + 2P - FH + 1 입니다.",
                "With padding P the input becomes H + 2P; a filter FH at stride 1 then gives H + 2P - FH + 1."),),
)
