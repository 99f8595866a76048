import numpy as np

from grader.checks import Example, Mistake, text
from grader.problems.common import RETURNS_NONE, explain_errors
from grader.problems.convolution import figure_of, same_values
from grader.spec import Problem

X = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
L = [[1, 0, 0, 0], [1, 0, 0, 0], [1, 1, 1, 0]]  # not symmetric: a transposed picture is caught
NO_BRACKET = text("바깥 괄호 한 겹이 빠졌습니다: a = np.array([[[1, 0, 1], ...]]) 는 (1, 3, 3) 입니다 (np.array([rows])).",
                  "One outer bracket is missing: a = np.array([[[1, 0, 1], ...]]) is (1, 3, 3) (np.array([rows])).")
MISTAKES = (RETURNS_NONE, Mistake(NO_BRACKET, when=lambda args, actual: same_values(actual, np.array(args[0]))))
WHOLE = text("(1, H, W) 배열을 그대로 imshow 에 넘겼습니다: imshow 는 2차원 (H, W) 나 (H, W, 3) 만 그림으로 읽으니 "
             "(높이 1 의 컬러 그림이 됩니다) a[0, :, :] 를 넘기세요.",
             "The (1, H, W) array went to imshow as it is: imshow takes only 2-D (H, W) or (H, W, 3) as a picture "
             "(this one became a colour picture 1 pixel high), so pass a[0, :, :].")
INVALID = (("Invalid shape", text("(1, 3, 3) 배열을 그대로 imshow 에 넘겼습니다: imshow 는 2차원 (H, W) 나 (H, W, 3) 만 받으니 a[0, :, :] 를 넘기세요.",
                                  "The (1, 3, 3) array went to imshow as it is: imshow takes only 2-D (H, W) or (H, W, 3), "
                                  "so pass a[0, :, :].")),)

PROBLEM = Problem(
    id="p196", chapter="ch07", slug="pattern_image",
    title=text("작은 무늬 (1, 3, 3) 를 imshow 로", "A small (1, 3, 3) pattern with imshow"),
    statement=text("아래의 코드를 실행해보시오 (노트의 괄호가 맞지 않아 바로잡았습니다. 무늬의 행 리스트 rows 를 받아 "
                   "a = np.array([rows]) (1, H, W) 를 만들고, 출력하고, plt.imshow(a[0, :, :]) 로 보여 준 뒤 a 를 돌려주는 "
                   "함수로 만드세요.)",
                   "Run the code below. (The notes' brackets do not match; corrected here. Write a function: it takes "
                   "the pattern's rows, builds a = np.array([rows]) of shape (1, H, W), prints it, shows "
                   "plt.imshow(a[0, :, :]) and returns a.)"),
    given="a = np.array([[[1, 0, 1], [0, 1, 0], [1, 0, 1]]])\nprint(a)\nplt.imshow(a[0, :, :])\nplt.show()",
    example=">>> pattern_image([[1, 0, 1], [0, 1, 0], [1, 0, 1]])\narray([[[1, 0, 1],\n        [0, 1, 0],\n        [1, 0, 1]]])",
    names=("pattern_image",),
    stub='''
import matplotlib.pyplot as plt
import numpy as np


def pattern_image(rows: list) -> np.ndarray:
    """a = np.array([rows]) (shape (1, H, W)); print it, show a[0, :, :] with plt.imshow, return a."""
    raise NotImplementedError
''',
    checks=(
        Example("pattern_image", (X,), np.array([X]), mistakes=MISTAKES),
        explain_errors(Example("pattern_image", (L,), np.array([L]), mistakes=MISTAKES,
                               title=text("다른 무늬 (3 x 4)", "another pattern (3 x 4)")), INVALID),
        explain_errors(figure_of("pattern_image", (L,), lambda rows: [np.array(rows)], [text("a[0]", "a[0]")],
                                 wrong=lambda rows: [(np.array([rows]), WHOLE)]), INVALID),
    ),
    autograded="partly",
    self_check=text("X 무늬가 보이나요? (1 은 노랑, 0 은 보라: viridis 컬러맵.) plt.show 뒤에 () 를 붙여야 창이 뜹니다.",
                    "Do you see the X pattern? (1 is yellow, 0 purple: the viridis colour map.) plt.show needs its () to open a window."),
    hints=(text("np.array([rows]) 는 rows 를 괄호 한 겹으로 더 감싸 (1, H, W) 가 됩니다; 그림은 그 첫 장 a[0].",
                "np.array([rows]) wraps rows in one more bracket: (1, H, W); the picture is its first sheet a[0]."),),
)
