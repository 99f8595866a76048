import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, text
from grader.compare import expect_equal
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

LUMA = np.array([0.299, 0.587, 0.114])  # ITU-R 601: what PIL's convert("L") and OpenCV's RGB2GRAY use
PICTURES = hnp.arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 4), st.just(3)), elements=st.floats(0, 1, width=64))


def _gray(img: np.ndarray) -> np.ndarray:
    return (img @ LUMA)[..., np.newaxis]


def _values_equal(actual, expected) -> bool:
    return isinstance(actual, np.ndarray) and actual.size == expected.size \
        and np.allclose(actual.reshape(-1), expected.reshape(-1), atol=1e-6)


MISTAKES = (
    RETURNS_NONE,
    Mistake(text("파랑 채널 하나(img[:, :, 2])만 남겼습니다 (노트의 답): 흑백은 세 채널의 가중 합 0.299 R + 0.587 G + 0.114 B 입니다.",
                 "Only the blue channel is kept (img[:, :, 2], the notes' answer): greyscale is the weighted sum "
                 "0.299 R + 0.587 G + 0.114 B of all three channels."),
            when=lambda args, actual: _values_equal(actual, args[0][..., 2]) and not _values_equal(actual, _gray(args[0]))),
    Mistake(text("세 채널의 단순 평균입니다: 눈은 초록에 가장 민감해서 0.299 R + 0.587 G + 0.114 B 로 가중합니다.",
                 "That is the plain mean of the channels: the eye is most sensitive to green, so weigh 0.299 R + 0.587 G + 0.114 B."),
            when=lambda args, actual: _values_equal(actual, args[0].mean(axis=-1)) and not _values_equal(actual, _gray(args[0]))),
    Mistake(text("채널 축이 없습니다: (28, 28, 1) 이 되도록 마지막에 축을 하나 더하세요 (gray[:, :, np.newaxis] 또는 reshape).",
                 "The channel axis is missing: add one at the end to get (28, 28, 1) (gray[:, :, np.newaxis] or reshape)."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.shape == args[0].shape[:2]),
)

PROBLEM = Problem(
    id="p078", chapter="ch03", slug="grayscale",
    title=text("컬러 사진을 흑백 (28, 28, 1) 로", "A colour photo to greyscale (28, 28, 1)"),
    statement=text("위의 코드에서 number3.jpg 파일을 (28, 28, 1) 로 변경하시오 (grayscale로 변환하는 작업)",
                   "Change number3.jpg from the code above to (28, 28, 1) (grayscale conversion)."),
    given="img = mpimg.imread('number3.jpg')   # (28, 28, 3)",
    example=">>> to_grayscale(np.array([[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]])).shape\n(1, 2, 1)\n"
            ">>> to_grayscale(np.array([[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]]))[..., 0]\narray([[0.299, 0.114]])",
    names=("to_grayscale",),
    stub='''
import numpy as np


def to_grayscale(img: np.ndarray) -> np.ndarray:
    """An (H, W, 3) RGB picture as an (H, W, 1) grey one: 0.299 R + 0.587 G + 0.114 B, in the input's scale."""
    raise NotImplementedError
''',
    checks=(
        Example("to_grayscale", (np.array([[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]], [[0.0, 1.0, 0.0], [0.5, 0.5, 0.5]]]),),
                np.array([[[0.299], [0.114]], [[0.587], [0.5]]]), mistakes=MISTAKES,
                title=text("빨강, 파랑, 초록, 회색 픽셀", "a red, a blue, a green and a grey pixel")),
        Holds("to_grayscale", [PICTURES], lambda args, actual: expect_equal(actual, _gray(args[0]), atol=1e-6),
              title=text("무작위 컬러 그림", "generated colour pictures"), mistakes=MISTAKES),
    ),
    autograded="partly",
    self_check=text("plt.imshow(gray[:, :, 0], cmap='gray') 로 본 흑백 그림에서 숫자가 또렷한가요?",
                    "Is the digit clear in plt.imshow(gray[:, :, 0], cmap='gray')?"),
    hints=(text("img @ np.array([0.299, 0.587, 0.114]) 는 픽셀마다 세 채널의 가중 합 (H, W) 입니다.",
                "img @ np.array([0.299, 0.587, 0.114]) is each pixel's weighted sum of its channels, (H, W)."),),
)
