import numpy as np

from grader.checks import text
from grader.problems.convolution import CHANNELS_LAST, FILTER, FILTER_GIVEN, figure_of
from grader.spec import Problem

OTHER = np.arange(3 * 2 * 4).reshape(3, 2, 4) % 5 - 2  # (3, 2, 4): a channels-last slice has another shape
NAMES = [text("Red", "red"), text("Green", "green"), text("Blue", "blue")]

PROBLEM = Problem(
    id="p195", chapter="ch07", slug="show_channels",
    title=text("Filter 의 R, G, B 행렬을 각각 시각화", "Show the R, G and B matrices of Filter, each on its own"),
    statement=text("위의 행렬 Filter 에 Red, Green, Blue 행렬을 각각 시각화 하시오 (채널이 맨 앞인 필터를 받아 세 행렬을 각자의 "
                   "자리(plt.subplot)에 plt.imshow 로 보여 주는 함수로 만드세요. 한 자리에 imshow 를 세 번 하면 마지막 것만 보입니다.)",
                   "Visualize the Red, Green and Blue matrices of Filter above separately. (Write a function: it takes a "
                   "channels-first filter and shows its three matrices each in its own place (plt.subplot) with "
                   "plt.imshow. Three imshow calls in one place show only the last one.)"),
    given=FILTER_GIVEN,
    names=("show_channels",),
    stub='''
import matplotlib.pyplot as plt
import numpy as np


def show_channels(filt: np.ndarray) -> None:
    """Show filt[0], filt[1] and filt[2] (red, green, blue) side by side, one subplot each."""
    raise NotImplementedError
''',
    checks=tuple(figure_of("show_channels", (f,), lambda f: [f[0], f[1], f[2]], NAMES,
                           wrong=lambda f: [(f[:, :, i], CHANNELS_LAST) for i in range(3)], title=title)
                 for f, title in ((FILTER, text("노트의 Filter", "the notes' Filter")),
                                  (OTHER, text("다른 (3, 2, 4) 필터", "another (3, 2, 4) filter")))),
    autograded="partly",
    self_check=text("세 그림이 나란히 보이나요? 각 그림의 밝은 칸(1)이 그 채널 행렬의 1 자리와 같은가요?",
                    "Do you see three pictures side by side? Are the bright cells (1) where that channel has its 1s?"),
    hints=(text("for i in range(3): plt.subplot(1, 3, i + 1); plt.imshow(filt[i])",
                "for i in range(3): plt.subplot(1, 3, i + 1); plt.imshow(filt[i])"),),
)
