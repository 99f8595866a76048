"""
style: np.stack on a new first axis instead of np.array([...]).
"""
import numpy as np


def stack_channels(red: np.ndarray, green: np.ndarray, blue: np.ndarray) -> np.ndarray:
    return np.stack((red, green, blue), axis=0)
