from grader.checks import Figure, Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.convolution import PHOTOS, expect_images, photo, photo_arg, photo_check, same_values
from grader.spec import Problem

ROWS = text("img[0], img[1], img[2] 는 맨 위 세 줄의 픽셀입니다: 사진 배열은 채널이 마지막 (높이, 너비, 3) 이므로 "
            "img[:, :, 0], img[:, :, 1], img[:, :, 2] 가 R, G, B 입니다.",
            "img[0], img[1], img[2] are the top three rows of pixels: a photo array is channels last (height, width, 3), "
            "so img[:, :, 0], img[:, :, 1], img[:, :, 2] are R, G, B.")
MISTAKES = (
    RETURNS_NONE,
    Mistake(ROWS, when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 3
            and all(same_values(a, args[0][i]) for i, a in enumerate(actual))),
    Mistake(text("순서가 R, G, B 가 아닙니다 (BGR?): 0 번 채널이 Red 입니다.", "The order is not R, G, B (BGR?): channel 0 is red."),
            when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 3
            and all(same_values(a, args[0][:, :, 2 - i]) for i, a in enumerate(actual))),
)


def _shows_three(figures: list) -> None:
    pixels = photo(PHOTOS[1])
    expect_images(figures, [pixels[:, :, i] for i in range(3)],
                  [text("Red", "red"), text("Green", "green"), text("Blue", "blue")],
                  wrong=[(pixels[i], ROWS) for i in range(3)])


PROBLEM = Problem(
    id="p188", chapter="ch07", slug="rgb_channels",
    title=text("사진의 R, G, B 행렬 확인", "The R, G and B matrices of a photo"),
    statement=text("원하는 사진을 직접 내려받아 RGB 이미지를 확인해보시오 (채점은 합성 사진 photos/red_phone.jpg 로 합니다. "
                   "사진의 경로를 받아 R, G, B 세 행렬을 각각 자기 자리(plt.subplot)에 plt.imshow 로 보여 주고 "
                   "(red, green, blue) 튜플로 돌려주는 함수로 만드세요.)",
                   "Download a photo you like and inspect its RGB image. (Graded with the synthetic photo "
                   "photos/red_phone.jpg. Write a function: it takes the photo's path, shows the R, G and B matrices "
                   "each in its own place (plt.subplot) with plt.imshow, and returns them as a tuple (red, green, blue).)"),
    given="img_pixel = np.array(Image.open(path))   # 노트 / notes: 'red_iphone.JPG'",
    example=">>> red, green, blue = rgb_channels('fixtures/photos/red_phone.jpg')\n>>> red.shape\n(32, 56)",
    names=("rgb_channels",),
    fixtures=PHOTOS,
    stub='''
import os

import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def rgb_channels(path: str) -> tuple:
    """Read the photo at path; show its R, G, B matrices side by side (one subplot each); return (red, green, blue)."""
    raise NotImplementedError


if __name__ == "__main__":  # python ch07/p188_rgb_channels.py  ->  try it with a photo of your own too
    from grader.workspace import FIXTURES

    rgb_channels(os.path.join(os.environ.get("DLSCRATCH_FIXTURES", FIXTURES), "photos", "red_phone.jpg"))
    plt.show()
''',
    checks=tuple(photo_check("rgb_channels", name, lambda pixels: tuple(pixels[:, :, i] for i in range(3)), MISTAKES,
                             text(f"{name} 의 (R, G, B) 행렬", f"the (R, G, B) matrices of {name}")) for name in PHOTOS)
    + (Figure("rgb_channels", _shows_three, args=(photo_arg(PHOTOS[1]),),
              title=text("R, G, B 를 각각 따로 imshow", "R, G and B each shown on its own")),),
    autograded="partly",
    self_check=text("빨간 휴대폰이 R 행렬에서는 밝고 G, B 행렬에서는 어둡게 보이나요? 여러분의 사진에서도 가장 밝은 채널이 "
                    "그 물체의 색과 맞는지 보세요.",
                    "Is the red phone bright in the R matrix and dark in G and B? With your own photo too, does the "
                    "brightest channel match the object's colour?"),
    hints=(text("for i in range(3): plt.subplot(1, 3, i + 1); plt.imshow(img_pixel[:, :, i])",
                "for i in range(3): plt.subplot(1, 3, i + 1); plt.imshow(img_pixel[:, :, i])"),),
)
