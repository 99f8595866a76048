import numpy as np

from reference.ch05.p145_affine_backward_by_hand import affine_backward


def backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    dX, dW = affine_backward(X, W, dY)
    # b was added to every row of the batch, so each row's gradient flows into b: sum over the batch (problem 149).
    db = np.sum(dY, axis=0)
    return dX, dW, db
