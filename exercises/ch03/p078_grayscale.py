"""p078 · 컬러 사진을 흑백 (28, 28, 1) 로 (A colour photo to greyscale (28, 28, 1))

[문제]
위의 코드에서 number3.jpg 파일을 (28, 28, 1) 로 변경하시오 (grayscale로 변환하는 작업)

[Problem]
Change number3.jpg from the code above to (28, 28, 1) (grayscale conversion).

주어진 것 / Given:
    img = mpimg.imread('number3.jpg')   # (28, 28, 3)

예시 / Example:
    >>> to_grayscale(np.array([[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]])).shape
    (1, 2, 1)
    >>> to_grayscale(np.array([[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]]))[..., 0]
    array([[0.299, 0.114]])

눈으로 확인할 것 / Check by eye:
plt.imshow(gray[:, :, 0], cmap='gray') 로 본 흑백 그림에서 숫자가 또렷한가요?
Is the digit clear in plt.imshow(gray[:, :, 0], cmap='gray')?

힌트 / Hints: grade hint p078

채점 / Grade: grade p078
"""
import numpy as np


def to_grayscale(img: np.ndarray) -> np.ndarray:
    """An (H, W, 3) RGB picture as an (H, W, 1) grey one: 0.299 R + 0.587 G + 0.114 B, in the input's scale."""
    raise NotImplementedError
