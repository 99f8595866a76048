import numpy as np

from grader.checks import Figure, text
from grader.problems.common import explain_errors
from grader.problems.convolution import FILTER, FILTER_GIVEN, expect_images, looks_like
from grader.spec import Problem

OTHER = np.array([[[1, -1, 0, 1], [0, 1, -1, 0]], [[-1, 0, 1, 1], [1, 1, 0, -1]], [[0, 1, 1, -1], [-1, 0, 0, 1]]])  # (3, 2, 4)
CHANNELS_FIRST_SHOWN = text("채널이 맨 앞인 (3, H, W) 를 그대로 imshow 에 넘겼습니다: imshow 는 (H, W, 3) 을 컬러 그림으로 읽으므로 "
                            "Filter.transpose(1, 2, 0) 로 채널을 마지막 축으로 옮기세요.",
                            "The channels-first (3, H, W) array went to imshow as it is: imshow reads (H, W, 3) as a colour "
                            "picture, so move the channels last with Filter.transpose(1, 2, 0).")


def _expect(filt: np.ndarray):
    def expect(figures: list) -> None:
        # Raw values (imshow clips the negatives) or rescaled to 0-1 are both the filter's picture.
        shown = [ax["images"][-1]["array"] for f in figures for ax in f["axes"] if ax["images"]]
        wanted = filt.transpose(1, 2, 0)
        if shown and looks_like(shown[-1], wanted):
            return
        expect_images(figures, [wanted], [text("채널을 마지막으로 옮긴 Filter", "Filter with its channels last")],
                      wrong=[(filt, CHANNELS_FIRST_SHOWN)])
    return expect


INVALID = (("Invalid shape", CHANNELS_FIRST_SHOWN),)

PROBLEM = Problem(
    id="p194", chapter="ch07", slug="show_filter",
    title=text("Filter 를 컬러 그림으로 시각화", "Show Filter as a colour picture"),
    statement=text("위의 행렬을 시각화하시오 (채널이 맨 앞인 (3, FH, FW) 필터를 받아 plt.imshow 로 컬러 그림으로 보여 주는 함수로 "
                   "만드세요. imshow 는 (높이, 너비, 3) 을 컬러로 읽으니 채널 축을 마지막으로 옮깁니다.)",
                   "Visualize the matrix above. (Write a function: it takes a channels-first (3, FH, FW) filter and "
                   "shows it as a colour picture with plt.imshow. imshow reads (height, width, 3) as colour, so move "
                   "the channel axis last.)"),
    given=FILTER_GIVEN,
    names=("show_filter",),
    stub='''
import matplotlib.pyplot as plt
import numpy as np


def show_filter(filt: np.ndarray) -> None:
    """Show a (3, FH, FW) filter as an FH x FW colour picture with plt.imshow (channels moved last)."""
    raise NotImplementedError
''',
    checks=(
        explain_errors(Figure("show_filter", _expect(FILTER), args=(FILTER,), title=text("노트의 Filter", "the notes' Filter")), INVALID),
        explain_errors(Figure("show_filter", _expect(OTHER), args=(OTHER,),
                              title=text("다른 (3, 2, 4) 필터", "another (3, 2, 4) filter")), INVALID),
    ),
    autograded="partly",
    self_check=text("3 x 3 칸의 컬러 그림이 보이나요? -1 은 0 으로 잘려 검게 보입니다 (0~1 로 바꾸면 모든 값이 보입니다). "
                    "노트처럼 plt.imshow(Filter) 를 하면 채널 축을 세로로 읽은 다른 그림이 됩니다.",
                    "Do you see a 3 x 3 colour picture? -1 is clipped to 0 and shows black (rescale to 0-1 to see every "
                    "value). plt.imshow(Filter), as in the notes, reads the channel axis as rows: another picture."),
    hints=(text("plt.imshow(filt.transpose(1, 2, 0)): (C, H, W) → (H, W, C).", "plt.imshow(filt.transpose(1, 2, 0)): (C, H, W) → (H, W, C)."),),
)
