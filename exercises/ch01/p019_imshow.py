"""p019 · 이미지 표시하기 (imread, imshow) (Show an image (imread, imshow))

[문제]
교재 44페이지의 이미지 표시를 파이썬으로 구현하시오. (이미지 파일의 경로를 받아 읽고 plt.imshow 로 보여 주는 함수로 만드세요.)

[Problem]
Reproduce the image display from page 44 of the book (read an image and show it with imshow). (Write a function: it takes an image file's path, reads it and shows it with plt.imshow.)

주어진 것 / Given:
    교재의 lena.png 대신 합성 테스트 카드 testcard.png (64x64 RGB) / instead of the book's lena.png, a synthetic test card testcard.png (64x64 RGB)
    img = imread(path)

눈으로 확인할 것 / Check by eye:
색 막대 8개, 흰 고리, 아래쪽의 검정→흰색 띠가 파일 그대로 보이나요?
Do you see the 8 colour bars, the white ring and the black-to-white ramp at the bottom, as in the file?

힌트 / Hints: grade hint p019

채점 / Grade: grade p019
"""
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
