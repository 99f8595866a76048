import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE, explain_errors
from grader.problems.convolution import images, layout_value, same_values
from grader.spec import Problem

MISTAKES = (
    RETURNS_NONE,
    Mistake(text("열 순서로 채웠습니다 (order='F' 또는 전치): 합성곱 결과는 행 순서(왼쪽→오른쪽, 위→아래)로 나왔으니 "
                 "np.reshape(values, (rows, cols)) 그대로입니다.",
                 "It is filled column by column (order='F' or a transpose): the convolution's results came row by row "
                 "(left to right, top to bottom), so plain np.reshape(values, (rows, cols))."),
            when=lambda args, actual: same_values(actual, np.reshape(args[0], (args[1], args[2]), order="F"))),
)
FIXED = (("cannot reshape", text("(2, 2) 로 고정했습니다: 출력의 크기 rows, cols 를 인자로 받았으니 그것으로 reshape 하세요.",
                                 "The shape is fixed as (2, 2): reshape with the rows, cols given as arguments.")),)

PROBLEM = Problem(
    id="p178", chapter="ch07", slug="feature_map_shape",
    title=text("합성곱 결과를 2 x 2 행렬로", "The convolution's results as a 2 x 2 matrix"),
    statement=text("위에서 출력한 결과인 1차원 배열인 [15, 16, 6, 15] 결과를 2 x 2 행렬로 변경하시오 "
                   "(결과 리스트와 출력의 크기 rows, cols 를 받아 행렬을 돌려주는 함수로 만드세요.)",
                   "Reshape the 1-D result [15, 16, 6, 15] printed above into a 2 x 2 matrix. (Write a function: it "
                   "takes the list of results and the output size rows, cols, and returns the matrix.)"),
    given="result = [15, 16, 6, 15]",
    example=">>> to_feature_map(result, 2, 2)\narray([[15, 16],\n       [ 6, 15]])",
    names=("to_feature_map",),
    stub='''
import numpy as np


def to_feature_map(values: list, rows: int, cols: int) -> np.ndarray:
    """The convolution's results (listed row by row) as a rows x cols NumPy array."""
    raise NotImplementedError
''',
    checks=(
        Example("to_feature_map", ([15, 16, 6, 15], 2, 2), np.array([[15, 16], [6, 15]]), mistakes=MISTAKES),
        explain_errors(Holds("to_feature_map", [images("p178").map(lambda m: m.ravel().tolist()), layout_value("p178", "H"),
                                                layout_value("p178", "W")],
                             lambda args, actual: expect_equal(actual, np.reshape(args[0], (args[1], args[2])), what="reshape"),
                             title=text("다른 크기의 결과", "results of other sizes"), mistakes=MISTAKES), FIXED),
    ),
    hints=(text("np.reshape(values, (rows, cols)) 는 리스트를 행 순서로 채운 배열을 돌려줍니다.",
                "np.reshape(values, (rows, cols)) returns an array filled row by row."),),
)
