"""p020 · 고양이 사진 출력하기 (Show a cat photo)

[문제]
고양이 사진을 파이썬에서 출력하시오. (사진 파일의 경로를 받아 읽고 plt.imshow 로 보여 주는 함수로 만드세요.)

[Problem]
Display a cat photo in Python. (Write a function: it takes the photo's path, reads it and shows it with plt.imshow.)

주어진 것 / Given:
    cat.jpg: 그려서 만든 고양이 그림 (96x96 RGB JPEG) / a drawn cat (96x96 RGB JPEG)
    img = imread(path)

눈으로 확인할 것 / Check by eye:
하늘색 바탕의 주황색 고양이 얼굴이 보이나요? 자기 고양이 사진으로도 해 보세요.
Do you see an orange cat's face on a sky-blue background? Try a cat photo of your own too.

힌트 / Hints: grade hint p020

채점 / Grade: grade p020
"""
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
