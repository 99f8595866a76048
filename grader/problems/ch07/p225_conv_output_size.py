from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.cnn import out_size
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

def _sizes(h: int, fh: int, s: int, p: int) -> dict[str, int]:
    """The right size and what each mistake gives, for one input."""
    return {"right": out_size(h, fh, s, p), "fh_only": h + 2 * p - fh // s + 1, "fh_only_true": int(h + 2 * p - fh / s + 1),
            "no_plus_one": (h + 2 * p - fh) // s, "one_side": (h + p - fh) // s + 1, "no_padding": (h - fh) // s + 1}


def _only(*names: str):
    """The mistake is recognised when the answer is what `names` give and no other formula gives it (with S = 2P,
    say, (H + 2P - FH) // S and (H - FH) // S + 1 are the same number: then neither is named)."""
    def when(args: tuple, actual: object) -> bool:
        sizes = _sizes(*args)
        return any(actual == sizes[n] for n in names) and not any(actual == v for k, v in sizes.items() if k not in names)
    return when


MISTAKES = (
    Mistake(text("FH 만 S 로 나눴습니다 (노트의 (28 + 2*0 - 5 / 1) + 1 처럼): 분자 전체를 나눕니다, (H + 2*P - FH) // S + 1.",
                 "Only FH was divided by S (as in the notes' (28 + 2*0 - 5 / 1) + 1): divide the whole numerator, (H + 2*P - FH) // S + 1."),
            when=_only("fh_only", "fh_only_true")),
    Mistake(text("+ 1 을 빠뜨렸습니다: 첫 창의 자리도 하나의 출력입니다, OH = (H + 2P - FH) / S + 1.",
                 "The + 1 is missing: the first window's place is an output too, OH = (H + 2P - FH) / S + 1."),
            when=_only("no_plus_one")),
    Mistake(text("패딩을 한쪽에만 더했습니다: 위아래 (좌우) 양쪽이므로 2 * P 입니다.", "The padding was added on one side only: both sides count, 2 * P."),
            when=_only("one_side")),
    Mistake(text("패딩 P 를 빠뜨렸습니다: 패딩은 입력을 양쪽으로 P 씩 넓히므로 분자에 + 2P 가 들어갑니다, OH = (H + 2P - FH) / S + 1.",
                 "The padding P is left out: padding widens the input by P on each side, so the numerator has + 2P, OH = (H + 2P - FH) / S + 1."),
            when=_only("no_padding")),
    RETURNS_NONE,
)
SIZES = st.tuples(st.integers(1, 40), st.integers(1, 7), st.integers(1, 4), st.integers(0, 3)).filter(
    lambda s: s[0] + 2 * s[3] >= s[1])
SIZES = st.shared(SIZES, key="p225-sizes")

PROBLEM = Problem(
    id="p225", chapter="ch07", slug="conv_output_size",
    title=text("합성곱 출력 크기", "The convolution's output size"),
    statement=text("MNIST (28 x 28) 데이터가 Convolution 층을 통과했을 때 출력이미지의 사이즈를 알아내시오 "
                   "(Filter 사이즈 : 5 x 5, Stride : 1, Padding : 0) (입력 크기 H, 필터 크기 FH, 스트라이드 S, 패딩 P 를 받아 출력 크기 "
                   "OH 를 정수로 돌려주는 함수로 만드세요.)",
                   "Find the size of the output image when MNIST (28 x 28) data passes a convolution layer (filter 5 x 5, "
                   "stride 1, padding 0). (Write a function: it takes the input size H, the filter size FH, the stride S and "
                   "the padding P and returns the output size OH as an integer.)"),
    given="H = 28, FH = 5, S = 1, P = 0",
    example=">>> conv_output_size(28, 5, 1, 0)   # (28 + 2*0 - 5) / 1 + 1\n24",
    names=("conv_output_size",),
    stub='''

def conv_output_size(h: int, fh: int, s: int = 1, p: int = 0) -> int:
    """OH = (H + 2P - FH) / S + 1, as an int (a partial last window does not count: //)."""
    raise NotImplementedError
''',
    checks=(
        Example("conv_output_size", (28, 5, 1, 0), 24, mistakes=MISTAKES, title=text("MNIST 28, 필터 5: 24", "MNIST 28, filter 5: 24")),
        # With S = 1 every slip gives its own number; a stride of 2 without padding shows where only FH was divided.
        Example("conv_output_size", (28, 5, 1, 2), 28, mistakes=MISTAKES, title=text("패딩 2: 28", "padding 2: 28")),
        Example("conv_output_size", (28, 4, 2, 0), 13, mistakes=MISTAKES, title=text("스트라이드 2: 13", "stride 2: 13")),
        Holds("conv_output_size", [SIZES.map(lambda s: s[0]), SIZES.map(lambda s: s[1]), SIZES.map(lambda s: s[2]), SIZES.map(lambda s: s[3])],
              lambda args, actual: expect_equal(actual, out_size(args[0], args[1], args[2], args[3]), what="conv_output_size"),
              mistakes=MISTAKES, title=text("무작위 크기, 스트라이드, 패딩", "generated sizes, strides and paddings")),
    ),
    hints=(text("(28 + 2*0 - 5) / 1 + 1 = 24: 괄호가 분자 전체를 감쌉니다. 정수로: (h + 2*p - fh) // s + 1.",
                "(28 + 2*0 - 5) / 1 + 1 = 24: the brackets hold the whole numerator. As an int: (h + 2*p - fh) // s + 1."),),
)
