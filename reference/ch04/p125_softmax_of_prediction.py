import numpy as np

from reference.ch04.p124_predict import predict
from reference.functions import softmax

__all__ = ["predict", "softmax", "softmax_of_prediction"]


def softmax_of_prediction(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return softmax(predict(x, w))  # scores -> probabilities over the 3 classes
