from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.cnn import out_size
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

MISTAKES = (
    Mistake(text("창 크기만큼 빼지 않고 스트라이드로만 나눴습니다: OH = (H - pool_h) / stride + 1.",
                 "It only divides by the stride: OH = (H - pool_h) / stride + 1."),
            when=lambda args, actual: args[1] != args[2] and actual == args[0] // args[2]),
    Mistake(text("+ 1 을 빠뜨렸습니다: OH = (H - pool_h) / stride + 1.", "The + 1 is missing: OH = (H - pool_h) / stride + 1."),
            when=lambda args, actual: actual == (args[0] - args[1]) // args[2]),
    Mistake(text("정수가 아닙니다: 크기는 int(1 + (H - pool_h) / stride) 또는 // 로 구합니다.",
                 "Not an integer: the size is int(1 + (H - pool_h) / stride), or use //."),
            when=lambda args, actual: isinstance(actual, float)),
    RETURNS_NONE,
)
SIZES = st.shared(st.tuples(st.integers(1, 40), st.integers(1, 4), st.integers(1, 4)).filter(lambda s: s[0] >= s[1]), key="p226-sizes")

PROBLEM = Problem(
    id="p226", chapter="ch07", slug="pool_output_size",
    title=text("풀링 출력 크기", "The pooling output size"),
    statement=text("위의 출력 이미지가 풀링 계층의 입력 이미지 (24 x 24) 행렬로 통과할 때 결과는 어떻게 되는가? (pool_h : 2, stride : 2) "
                   "(입력 크기 H, 창 크기 pool_h, 스트라이드 stride 를 받아 출력 크기를 정수로 돌려주는 함수로 만드세요.)",
                   "What is the result when the output image above (24 x 24) passes a pooling layer (pool_h 2, stride 2)? "
                   "(Write a function: it takes the input size H, the window size pool_h and the stride, and returns the "
                   "output size as an integer.)"),
    given="H = 24\npool_h = 2\nstride = 2",
    example=">>> pool_output_size(24, 2, 2)   # int(1 + (24 - 2) / 2): 12 x 12\n12",
    names=("pool_output_size",),
    stub='''

def pool_output_size(h: int, pool_h: int, stride: int) -> int:
    """int(1 + (H - pool_h) / stride): the Pooling layer's out_h (no padding)."""
    raise NotImplementedError
''',
    checks=(
        Example("pool_output_size", (24, 2, 2), 12, mistakes=MISTAKES, title=text("24 x 24, 2x2 풀링, stride 2: 12", "24 x 24, 2x2 pooling, stride 2: 12")),
        Holds("pool_output_size", [SIZES.map(lambda s: s[0]), SIZES.map(lambda s: s[1]), SIZES.map(lambda s: s[2])],
              lambda args, actual: expect_equal(actual, out_size(*args), what="pool_output_size"),
              mistakes=MISTAKES, title=text("무작위 크기, 창, 스트라이드", "generated sizes, windows and strides")),
    ),
    hints=(text("out_h = int(1 + (H - pool_h) / stride) = int(1 + 22 / 2) = 12.", "out_h = int(1 + (H - pool_h) / stride) = int(1 + 22 / 2) = 12."),),
)
