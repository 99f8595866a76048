from grader.checks import text
from grader.problems.basics import shows_image
from grader.spec import Problem

PROBLEM = Problem(
    id="p020", chapter="ch01", slug="cat_photo",
    title=text("고양이 사진 출력하기", "Show a cat photo"),
    statement=text("고양이 사진을 파이썬에서 출력하시오. (사진 파일의 경로를 받아 읽고 plt.imshow 로 보여 주는 함수로 만드세요.)",
                   "Display a cat photo in Python. (Write a function: it takes the photo's path, reads it and shows it "
                   "with plt.imshow.)"),
    given="cat.jpg: 그려서 만든 고양이 그림 (96x96 RGB JPEG) / a drawn cat (96x96 RGB JPEG)\nimg = imread(path)",
    names=("show_photo",),
    fixtures=("cat.jpg", "testcard.png"),
    stub='''
import os

import matplotlib.pyplot as plt
from matplotlib.image import imread


def show_photo(path: str) -> None:
    """Read the photo at path and show it with plt.imshow."""
    raise NotImplementedError


if __name__ == "__main__":  # python ch01/p020_cat_photo.py  ->  look at it yourself (any cat.jpg of yours works too)
    from grader.workspace import FIXTURES

    show_photo(os.path.join(os.environ.get("DLSCRATCH_FIXTURES", FIXTURES), "cat.jpg"))
    plt.show()
''',
    checks=(shows_image("show_photo", "cat.jpg"), shows_image("show_photo", "testcard.png")),
    hints=(text("JPEG 을 imread 하면 0~255 정수 (높이, 너비, 3) 배열이 됩니다. plt.imshow 는 그대로 보여 줍니다.",
                "imread of a JPEG gives a (height, width, 3) array of integers 0-255; plt.imshow shows it as it is."),),
    autograded="partly",
    self_check=text("하늘색 바탕의 주황색 고양이 얼굴이 보이나요? 자기 고양이 사진으로도 해 보세요.",
                    "Do you see an orange cat's face on a sky-blue background? Try a cat photo of your own too."),
)
