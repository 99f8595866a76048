from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.cnn import out_size
from grader.spec import Problem


def _shape(n: int, c: int, h: int, w: int, fh: int, fw: int) -> tuple[int, int]:
    return n * out_size(h, fh) * out_size(w, fw), c * fh * fw


MISTAKES = (
    Mistake(text("행의 수에 이미지 수 N을 곱하지 않았습니다: 이미지마다 OH * OW 개의 창이 있으므로 N * OH * OW 행입니다.",
                 "The rows leave out the number of images N: every image has OH * OW windows, so there are N * OH * OW rows."),
            when=lambda args, actual: tuple(actual) == (out_size(args[2], args[4]) * out_size(args[3], args[5]), args[1] * args[4] * args[5])),
    Mistake(text("열의 수에 채널 C를 곱하지 않았습니다: 한 행은 모든 채널의 창을 담으므로 C * FH * FW 열입니다.",
                 "The columns leave out the channels C: a row holds the window of every channel, so there are C * FH * FW columns."),
            when=lambda args, actual: tuple(actual) == (_shape(*args)[0], args[4] * args[5])),
    Mistake(text("출력 크기에 +1 을 빠뜨렸습니다: OH = (H - FH) / 1 + 1.", "The output size lacks the + 1: OH = (H - FH) / 1 + 1."),
            when=lambda args, actual: tuple(actual)[0] == args[0] * (args[2] - args[4]) * (args[3] - args[5])),
)
SIZES = [st.integers(1, 200), st.integers(1, 4), st.integers(5, 32), st.integers(5, 32), st.integers(1, 5), st.integers(1, 5)]

PROBLEM = Problem(
    id="p213", chapter="ch07", slug="im2col_shape",
    title=text("im2col 출력 형상 예상하기", "Predicting im2col's output shape"),
    statement=text("MNIST 데이터 100장을 합성곱하기 편하게 im2col 함수에 넣었을 때 나오는 출력 형상을 예상하시오 (Filter : 5 x 5 흑백 채널) "
                   "(이미지 수 N, 채널 C, 높이 H, 너비 W, 필터 FH, FW 를 받아 stride 1, pad 0 의 im2col 출력 형상을 "
                   "im2col 을 부르지 않고 계산해 튜플로 돌려주세요.)",
                   "Predict the output shape when 100 MNIST images are put into im2col for convolution (filter 5 x 5, one gray "
                   "channel). (Take the number of images N, channels C, height H, width W and the filter FH, FW, and return "
                   "im2col's output shape for stride 1, pad 0 as a tuple, computed without calling im2col.)"),
    given="(100, 1, 28, 28), filter 5 x 5",
    example=">>> im2col_shape(100, 1, 28, 28, 5, 5)\n(57600, 25)",
    names=("im2col_shape",),
    stub='''

def im2col_shape(n: int, c: int, h: int, w: int, fh: int, fw: int) -> tuple[int, int]:
    """(rows, columns) of im2col(x, fh, fw) for x of shape (n, c, h, w), stride 1, pad 0."""
    raise NotImplementedError
''',
    checks=(
        Example("im2col_shape", (100, 1, 28, 28, 5, 5), (57600, 25), mistakes=MISTAKES,
                title=text("MNIST 100장, 5x5 필터", "100 MNIST images, 5x5 filter")),
        Holds("im2col_shape", SIZES, lambda args, actual: expect_equal(actual, _shape(*args), what="im2col_shape"),
              mistakes=MISTAKES, title=text("무작위 크기 (채널이 여럿인 경우도)", "generated sizes (several channels too)")),
    ),
    hints=(text("행 = N * OH * OW (창의 수), 열 = C * FH * FW (창 하나의 값 수). 28 - 5 + 1 = 24 이므로 100 * 24 * 24.",
                "rows = N * OH * OW (the windows), columns = C * FH * FW (the values of one window). 28 - 5 + 1 = 24, so 100 * 24 * 24."),),
)
