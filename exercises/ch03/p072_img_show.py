"""p072 · x_train[0] 을 이미지로 보기 (Show x_train[0] as an image)

[문제]
x_train[0] 요소를 시각화 하시오 (img_show 함수를 이용하여)

[Problem]
Visualize the element x_train[0] (using the img_show function).

주어진 것 / Given:
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)
    img = x_train[0]   # 784개 한 줄 / one row of 784
    채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.
    Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.

예시 / Example:
    >>> img = to_28x28(x_train[0])
    >>> img.shape
    (28, 28)
    >>> img_show(img)   # 숫자 5가 보입니다 / shows a 5

눈으로 확인할 것 / Check by eye:
img_show(to_28x28(x_train[0])) 로 연 그림에 숫자 5가 똑바로 서 있나요?
Does img_show(to_28x28(x_train[0])) open a picture of an upright 5?

힌트 / Hints: grade hint p072

채점 / Grade: grade p072
"""
import numpy as np
from PIL import Image
from dataset.mnist import load_mnist


def img_show(img: np.ndarray) -> None:
    """The book's helper: open the (28, 28) picture in the image viewer."""
    pil_img = Image.fromarray(np.uint8(img))
    pil_img.show()


def to_28x28(row: np.ndarray) -> np.ndarray:
    """A flattened MNIST image (784 values) back as the (28, 28) picture img_show expects."""
    raise NotImplementedError
