"""p188 · 사진의 R, G, B 행렬 확인 (The R, G and B matrices of a photo)

[문제]
원하는 사진을 직접 내려받아 RGB 이미지를 확인해보시오 (채점은 합성 사진 photos/red_phone.jpg 로 합니다. 사진의 경로를 받아 R, G, B 세 행렬을 각각 자기 자리(plt.subplot)에 plt.imshow 로 보여 주고 (red, green, blue) 튜플로 돌려주는 함수로 만드세요.)

[Problem]
Download a photo you like and inspect its RGB image. (Graded with the synthetic photo photos/red_phone.jpg. Write a function: it takes the photo's path, shows the R, G and B matrices each in its own place (plt.subplot) with plt.imshow, and returns them as a tuple (red, green, blue).)

주어진 것 / Given:
    img_pixel = np.array(Image.open(path))   # 노트 / notes: 'red_iphone.JPG'

예시 / Example:
    >>> red, green, blue = rgb_channels('fixtures/photos/red_phone.jpg')
    >>> red.shape
    (32, 56)

눈으로 확인할 것 / Check by eye:
빨간 휴대폰이 R 행렬에서는 밝고 G, B 행렬에서는 어둡게 보이나요? 여러분의 사진에서도 가장 밝은 채널이 그 물체의 색과 맞는지 보세요.
Is the red phone bright in the R matrix and dark in G and B? With your own photo too, does the brightest channel match the object's colour?

힌트 / Hints: grade hint p188

채점 / Grade: grade p188
"""
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
