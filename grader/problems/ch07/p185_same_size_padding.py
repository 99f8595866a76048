from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import padding_mistakes
from grader.spec import Problem


def _same(n: int, s: int, f: int) -> float:
    return ((n - 1) * s - n + f) / 2  # the padding formula with OH = H


MISTAKES = (
    RETURNS_NONE,
    Mistake(text("스트라이드를 빠뜨렸습니다: (F - 1) / 2 는 S = 1 일 때만 맞습니다. 공식 ((OH - 1) S - H + FH) / 2 에 OH = H 를 넣으세요.",
                 "The stride is left out: (F - 1) / 2 only holds for S = 1. Put OH = H into ((OH - 1) S - H + FH) / 2."),
            when=lambda args, actual: args[1] != 1 and isinstance(actual, (int, float)) and abs(actual - (args[2] - 1) / 2) < 1e-9),
) + padding_mistakes(lambda args: (args[0], args[2], args[0], args[1]))

PROBLEM = Problem(
    id="p185", chapter="ch07", slug="same_size_padding",
    title=text("입력과 같은 크기를 내는 패딩", "The padding that keeps the size"),
    statement=text("입력행렬(6x6), 스트라이드 1, 출력행렬(6x6), 필터행렬(3x3) 의 패딩이 어떻게 되는지 출력하시오 "
                   "(입력 크기 n, 스트라이드 s, 필터 크기 f 를 받아 출력도 n x n 이 되는 패딩을 돌려주는 함수로 만드세요: "
                   "p184 의 공식에 OH = H = n 을 넣습니다.)",
                   "Print the padding for a 6x6 input, stride 1, 6x6 output and a 3x3 filter. (Write a function: it "
                   "takes the input size n, the stride s and the filter size f, and returns the padding for which the "
                   "output is n x n too: p184's formula with OH = H = n.)"),
    given="padding(6, 1, 6, 3)",
    example=">>> same_size_padding(6, 1, 3)\n1.0",
    names=("same_size_padding",),
    stub='''
def same_size_padding(n: int, s: int, f: int) -> float:
    """The padding P for which an n x n input, stride s and an f x f filter give an n x n output."""
    raise NotImplementedError
''',
    checks=(
        Example("same_size_padding", (6, 1, 3), 1.0, mistakes=MISTAKES),
        Holds("same_size_padding", [st.integers(1, 12), st.integers(1, 3), st.integers(1, 7)],
              lambda args, actual: expect_equal(actual, _same(*args), what="P"),
              title=text("다른 크기·스트라이드·필터", "other sizes, strides and filters"), mistakes=MISTAKES),
    ),
    hints=(text("P = ((OH - 1) S - H + FH) / 2 에 OH = H = n, FH = f 를 넣으면 P = ((n - 1) s - n + f) / 2.",
                "Put OH = H = n and FH = f into P = ((OH - 1) S - H + FH) / 2: P = ((n - 1) s - n + f) / 2."),),
)
