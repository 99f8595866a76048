"""p187 · 사진의 Red 행렬만 출력하고 시각화 (Only the red matrix of a photo, printed and shown)

[문제]
한지민 사진에서 Red 행렬만 출력하고 Red 행렬만 시각화 하시오 (합성 사진 photos/portrait.jpg 로 합니다. 사진의 경로를 받아 Red 행렬을 plt.imshow 로 보여 주고 그 행렬을 돌려주는 함수로 만드세요.)

[Problem]
Print only the red matrix of the Han Ji-min photo and visualize only the red matrix. (Done with the synthetic photo photos/portrait.jpg. Write a function: it takes the photo's path, shows the red matrix with plt.imshow and returns that matrix.)

주어진 것 / Given:
    img_pixel = np.array(Image.open(path))   # (높이, 너비, 3) / (height, width, 3)

예시 / Example:
    >>> red_channel('fixtures/photos/portrait.jpg').shape
    (48, 40)

눈으로 확인할 것 / Check by eye:
빨강이 강한 곳(얼굴, 왼쪽의 따뜻한 배경)이 밝게, 파란 셔츠는 어둡게 보이나요? (기본 컬러맵 viridis 에서는 노랑이 밝은 값입니다.)
Are the places strong in red (the face, the warm background on the left) bright and the blue shirt dark? (In the default colour map, viridis, yellow means a high value.)

힌트 / Hints: grade hint p187

채점 / Grade: grade p187
"""
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
