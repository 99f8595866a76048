"""p126b · 새 가중치로 교차 엔트로피 오차 (126번 다시) (Cross entropy with fresh weights (p126 again))

[문제]
위에서 출력한 소프트맥스 함수의 결과와 아래의 target 값과의 오차를 출력하기 위해 cross_entropy_error 함수를 생성하고 통과한 결과를 출력하시오 (이번에는 __init__()으로 가중치를 만들어서)

[Problem]
Create the cross_entropy_error function and print the error between the softmax result above and the target (repeat of p126, this time with weights made by __init__()).

주어진 것 / Given:
    x = np.array([0.6, 0.9])
    t = np.array([0, 0, 1])
    w = __init__()

예시 / Example:
    >>> w, error = loss_with_new_weights(np.array([0.6, 0.9]), np.array([0, 0, 1]))
    # error == cross_entropy_error(softmax(predict(x, w)), t)
    (노트의 답 cross_entropy_error(b, softmax_y)는 b가 정의되지 않았고 인자 순서도 틀렸습니다 / the notes' answer uses an undefined b and swaps the arguments)

힌트 / Hints: grade hint p126b

채점 / Grade: grade p126b
"""
import numpy as np


def __init__() -> np.ndarray:
    """Random 2 x 3 weights."""
    raise NotImplementedError


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """np.dot(x, w)."""
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max))."""
    raise NotImplementedError


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7): the prediction y first, the target t second."""
    raise NotImplementedError


def loss_with_new_weights(x: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, float]:
    """w = __init__(), then (w, the cross entropy error of softmax(predict(x, w)) against t)."""
    raise NotImplementedError
