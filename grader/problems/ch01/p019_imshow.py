from grader.checks import text
from grader.problems.basics import shows_image
from grader.spec import Problem

PROBLEM = Problem(
    id="p019", chapter="ch01", slug="imshow",
    title=text("이미지 표시하기 (imread, imshow)", "Show an image (imread, imshow)"),
    statement=text("교재 44페이지의 이미지 표시를 파이썬으로 구현하시오. (이미지 파일의 경로를 받아 읽고 plt.imshow 로 보여 주는 함수로 만드세요.)",
                   "Reproduce the image display from page 44 of the book (read an image and show it with imshow). "
                   "(Write a function: it takes an image file's path, reads it and shows it with plt.imshow.)"),
    given="교재의 lena.png 대신 합성 테스트 카드 testcard.png (64x64 RGB) / instead of the book's lena.png, a synthetic "
          "test card testcard.png (64x64 RGB)\nimg = imread(path)",
    names=("show_image",),
    fixtures=("testcard.png", "cat.jpg"),
    stub='''
import os

import matplotlib.pyplot as plt
from matplotlib.image import imread


def show_image(path: str) -> None:
    """Read the image file at path and show it with plt.imshow."""
    raise NotImplementedError


if __name__ == "__main__":  # python ch01/p019_imshow.py  ->  look at it yourself
    from grader.workspace import FIXTURES

    show_image(os.path.join(os.environ.get("DLSCRATCH_FIXTURES", FIXTURES), "testcard.png"))
    plt.show()
''',
    checks=(shows_image("show_image", "testcard.png"), shows_image("show_image", "cat.jpg")),
    hints=(text("img = imread(path) 는 (높이, 너비, 채널) 배열을 돌려주고, plt.imshow(img) 가 그 배열을 그림으로 보여 줍니다.",
                "img = imread(path) returns a (height, width, channels) array; plt.imshow(img) shows that array as a picture."),),
    autograded="partly",
    self_check=text("색 막대 8개, 흰 고리, 아래쪽의 검정→흰색 띠가 파일 그대로 보이나요?",
                    "Do you see the 8 colour bars, the white ring and the black-to-white ramp at the bottom, as in the file?"),
)
