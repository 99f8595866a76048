"""p150 · 역전파 함수에 바이어스의 기울기 추가 (Adding the bias gradient to the backward function)

[문제]
아래의 backward 함수에 바이어스에 대한 역전파를 출력하는 코드를 추가하시오

[Problem]
Add code to the backward function below that outputs the back-propagation for the bias.

주어진 것 / Given:
    # 역전파 / backward
    def backward(X, W, dY):
        dX = np.dot(dY, W.T)
        print('dX(입력값에 대한 역전파):', dX)
        dW = np.dot(X.T, dY)
        print('dW(가중치에 대한 역전파):', dW)

    X = np.array([[1, 2], [3, 4]]); W = np.array([[1, 3, 5], [2, 4, 6]]); dY = np.array([[1, 1, 1], [2, 2, 2]])

예시 / Example:
    >>> dX, dW, db = backward(X, W, dY)
    >>> db      # 바이어스에 대한 역전파 / with respect to the bias
    array([3, 3, 3])
    (노트의 답은 함수 밖에서 b 행렬의 열을 더합니다: db는 함수 안에서 dY로 구합니다.
     The notes' answer sums the columns of a matrix b outside the function: db comes from dY, inside the function.)

힌트 / Hints: grade hint p150

채점 / Grade: grade p150
"""
import numpy as np


def backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dX, dW, db): the function above, returning its two gradients and the bias's, db (outputs,)."""
    raise NotImplementedError
