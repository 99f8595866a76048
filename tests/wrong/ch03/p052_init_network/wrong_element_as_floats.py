"""Mistake: the weights written as floats, with one element of W2 mistyped (7 for 6): told the wrong element, not the dtype.

expect: result['W2']: wrong value [2, 1]
"""
import numpy as np
def init_network():
    return {"W1": np.array([[1.0, 3, 5], [4, 5, 6]]), "W2": np.array([[1.0, 2], [3, 4], [5, 7]]), "W3": np.array([[1.0, 2], [3, 4]])}
