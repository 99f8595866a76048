import numpy as np

from grader.checks import Example, text
from grader.problems.cnn import IM2COL_MISTAKES, IM2COL_STUB, im2col, im2col_holds
from grader.spec import Problem

IMAGE = np.arange(1 * 3 * 7 * 7).reshape(1, 3, 7, 7) / 10  # a (1, 3, 7, 7) image whose every pixel differs

PROBLEM = Problem(
    id="p210", chapter="ch07", slug="im2col",
    title=text("im2col: 4차원 이미지를 2차원 행렬로", "im2col: 4-D images into a 2-D matrix"),
    statement=text("common/util.py 안에 im2col 함수를 사용해서 아래 4차원 행렬을 2차원으로 변경하시오 "
                   "(책의 im2col(input_data, filter_h, filter_w, stride=1, pad=0) 을 직접 구현하세요.)",
                   "Use the im2col function in common/util.py to turn the 4-D matrix below into 2-D. "
                   "(Implement the book's im2col(input_data, filter_h, filter_w, stride=1, pad=0) yourself.)"),
    given="a = np.random.rand(1, 3, 7, 7)\nim2col(a, 5, 5, stride=1, pad=0)",
    example=">>> im2col(np.random.rand(1, 3, 7, 7), 5, 5, stride=1, pad=0).shape\n(9, 75)",
    names=("im2col",),
    stub="\nimport numpy as np\n" + IM2COL_STUB,
    checks=(
        Example("im2col", (IMAGE, 5, 5, 1, 0), im2col(IMAGE, 5, 5), dtype=None, mistakes=IM2COL_MISTAKES,
                title=text("(1, 3, 7, 7) 이미지, 5x5 필터: (9, 75)", "a (1, 3, 7, 7) image, 5x5 filter: (9, 75)")),
        im2col_holds(),
    ),
    hints=(text("마지막에 col.transpose(0, 4, 5, 1, 2, 3).reshape(N * out_h * out_w, -1): 행은 창, 열은 (채널, 행, 열).",
                "Finally col.transpose(0, 4, 5, 1, 2, 3).reshape(N * out_h * out_w, -1): rows are windows, columns (channel, row, column)."),
           text("OH = (H + 2*pad - filter_h) // stride + 1. col[:, :, y, x, :, :] = img[:, :, y:y_max:stride, x:x_max:stride] "
                "로 필터 위치 (y, x) 하나마다 모든 창의 값을 한 번에 채웁니다.",
                "OH = (H + 2*pad - filter_h) // stride + 1. col[:, :, y, x, :, :] = img[:, :, y:y_max:stride, x:x_max:stride] "
                "fills one filter position (y, x) of every window at once.")),
)
