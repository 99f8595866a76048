"""The notes' network on another input."""
import numpy as np

from reference.network import forward, init_course_network


def network_output_for(x: np.ndarray) -> np.ndarray:
    # The notes' answer still sets x = np.array([1, 2]) and so prints the old result: use the x given.
    return forward(init_course_network(), x)
