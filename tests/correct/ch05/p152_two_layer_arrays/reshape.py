"""p152.

style: flat lists reshaped to the figure's shapes
"""
import numpy as np


def network_arrays():
    x = np.array([1, 2]).reshape(1, 2)
    W1 = np.array([1, 3, 5, 2, 4, 6]).reshape(2, 3)
    b1 = np.array([1, 2, 3]).reshape(1, 3)
    W2 = np.array([1, 4, 2, 5, 3, 6]).reshape(3, 2)
    b2 = np.array([1, 2]).reshape(1, 2)
    return {"x": x, "W1": W1, "b1": b1, "W2": W2, "b2": b2}
