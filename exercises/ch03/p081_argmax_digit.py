"""p081 · np.where 대신 np.argmax (np.argmax instead of np.where)

[문제]
문제 79번의 코드에서 np.where 코드 대신에 np.argmax 로 수행해서 결과를 출력하시오

[Problem]
In the code of problem 79, use np.argmax instead of np.where and print the result.

주어진 것 / Given:
    x = to_mnist('number3.jpg').reshape(784)   # from dataset.handwriting import to_mnist
    y, digit = recognize(init_network(), x)
    채점은 만들어 둔 손글씨 3 사진과 연습용 가중치로 합니다. / Grading uses a made-up photo of a handwritten 3 and practice weights.

예시 / Example:
    >>> y, digit = recognize(network, x)
    >>> digit
    3

눈으로 확인할 것 / Check by eye:
여러분의 사진(dataset.handwriting.to_mnist 로 바꾼 것)으로 recognize 를 해 보세요. 여러분의 숫자를 맞추나요?
Try recognize on your own photo (converted with dataset.handwriting.to_mnist). Is your digit recognised?

힌트 / Hints: grade hint p081

채점 / Grade: grade p081
"""
import numpy as np


def predict(network: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """The probabilities of the 10 digits: x·W1+b1 → sigmoid → ·W2+b2 → sigmoid → ·W3+b3 → softmax (problem 76).

    For a batch (one image per row) every row is one image's probabilities.
    """
    raise NotImplementedError


def recognize(network: dict[str, np.ndarray], x: np.ndarray) -> tuple[np.ndarray, int]:
    """(y, digit): the probabilities predict gives for image x, and the digit with the largest one (np.argmax)."""
    raise NotImplementedError
