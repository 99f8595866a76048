import numpy as np

from grader.checks import Figure, Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import PHOTOS, expect_images, photo, photo_arg, photo_check, same_values
from grader.spec import Problem

BLUE = text("파랑 채널(img[:, :, 2])입니다: RGB 순서에서 빨강은 0 번 채널, img[:, :, 0] 입니다 (BGR 은 OpenCV 의 순서).",
            "That is the blue channel (img[:, :, 2]): in RGB order red is channel 0, img[:, :, 0] (BGR is OpenCV's order).")
ROW = text("img[0] 은 맨 윗줄 픽셀들 (너비, 3) 입니다: 사진 배열은 (높이, 너비, 3) 채널이 마지막이므로 빨강은 img[:, :, 0] 입니다.",
           "img[0] is the top row of pixels (width, 3): a photo array is (height, width, 3), channels last, so red is img[:, :, 0].")
MISTAKES = (
    RETURNS_NONE,
    Mistake(BLUE, when=lambda args, actual: same_values(actual, args[0][:, :, 2])),
    Mistake(ROW, when=lambda args, actual: same_values(actual, args[0][0])),
)


def _shows_red(figures: list) -> None:
    pixels = photo(PHOTOS[0])
    expect_images(figures, [pixels[:, :, 0]], [text("빨강 채널", "the red channel")],
                  wrong=[(pixels[:, :, 2], BLUE), (pixels, text("사진 전체를 보여 주었습니다: 빨강 채널 img[:, :, 0] 만 보여 주세요.",
                                                                "The whole photo is shown: show only the red channel img[:, :, 0]."))])


PROBLEM = Problem(
    id="p187", chapter="ch07", slug="red_channel",
    title=text("사진의 Red 행렬만 출력하고 시각화", "Only the red matrix of a photo, printed and shown"),
    statement=text("한지민 사진에서 Red 행렬만 출력하고 Red 행렬만 시각화 하시오 (합성 사진 photos/portrait.jpg 로 합니다. "
                   "사진의 경로를 받아 Red 행렬을 plt.imshow 로 보여 주고 그 행렬을 돌려주는 함수로 만드세요.)",
                   "Print only the red matrix of the Han Ji-min photo and visualize only the red matrix. (Done with the "
                   "synthetic photo photos/portrait.jpg. Write a function: it takes the photo's path, shows the red "
                   "matrix with plt.imshow and returns that matrix.)"),
    given="img_pixel = np.array(Image.open(path))   # (높이, 너비, 3) / (height, width, 3)",
    example=">>> red_channel('fixtures/photos/portrait.jpg').shape\n(48, 40)",
    names=("red_channel",),
    fixtures=PHOTOS,
    stub='''
import os

import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def red_channel(path: str) -> np.ndarray:
    """Read the photo at path, show its red matrix (height, width) with plt.imshow, and return that matrix."""
    raise NotImplementedError


if __name__ == "__main__":  # python ch07/p187_red_channel.py  ->  look at it yourself
    from grader.workspace import FIXTURES

    print(red_channel(os.path.join(os.environ.get("DLSCRATCH_FIXTURES", FIXTURES), "photos", "portrait.jpg")))
    plt.show()
''',
    checks=tuple(photo_check("red_channel", name, lambda pixels: pixels[:, :, 0], MISTAKES,
                             text(f"{name} 의 Red 행렬", f"the red matrix of {name}")) for name in PHOTOS)
    + (Figure("red_channel", _shows_red, args=(photo_arg(PHOTOS[0]),),
              title=text("imshow 로 보여 준 것이 Red 행렬", "imshow shows the red matrix")),),
    autograded="partly",
    self_check=text("빨강이 강한 곳(얼굴, 왼쪽의 따뜻한 배경)이 밝게, 파란 셔츠는 어둡게 보이나요? (기본 컬러맵 viridis 에서는 노랑이 밝은 값입니다.)",
                    "Are the places strong in red (the face, the warm background on the left) bright and the blue shirt "
                    "dark? (In the default colour map, viridis, yellow means a high value.)"),
    hints=(text("사진 배열은 (높이, 너비, 3): img_pixel[:, :, 0] 이 Red, 1 이 Green, 2 가 Blue 입니다.",
                "A photo array is (height, width, 3): img_pixel[:, :, 0] is red, 1 green, 2 blue."),),
)
