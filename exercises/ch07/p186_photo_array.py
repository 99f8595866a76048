"""p186 · 사진을 3차원 행렬로 (A photo as a 3-D matrix)

[문제]
한지민 사진을 3차원 행렬로 변환하시오 (노트의 연예인 사진 대신 합성 사진 photos/portrait.jpg 를 씁니다. 사진 파일의 경로를 받아 (높이, 너비, 3) 배열을 돌려주는 함수로 만드세요.)

[Problem]
Convert the photo of Han Ji-min into a 3-D matrix. (A synthetic photo, photos/portrait.jpg, stands in for the notes' celebrity photo. Write a function: it takes the photo file's path and returns its (height, width, 3) array.)

주어진 것 / Given:
    img = Image.open(path)   # 노트 / notes: 'hanjimin.jpg'

예시 / Example:
    >>> photo_array('fixtures/photos/portrait.jpg').shape
    (48, 40, 3)

눈으로 확인할 것 / Check by eye:
plt.imshow(img_pixel) 로 본 그림이 사진과 같은가요? 여러분이 고른 사진으로도 shape 을 출력해 보세요.
Does plt.imshow(img_pixel) show the photo? Try a photo of your own and print its shape too.

힌트 / Hints: grade hint p186

채점 / Grade: grade p186
"""
import os

import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def photo_array(path: str) -> np.ndarray:
    """The photo at path as a NumPy array of shape (height, width, 3): uint8 values 0-255, channels R, G, B."""
    raise NotImplementedError


if __name__ == "__main__":  # python ch07/p186_photo_array.py  ->  look at it yourself
    from grader.workspace import FIXTURES

    img_pixel = photo_array(os.path.join(os.environ.get("DLSCRATCH_FIXTURES", FIXTURES), "photos", "portrait.jpg"))
    print(img_pixel.shape, img_pixel.dtype)
    plt.imshow(img_pixel)
    plt.show()
