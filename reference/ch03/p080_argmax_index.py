import numpy as np


def index_of_max(x: list) -> int:
    # argmax gives the position, counting from 0; int() turns NumPy's integer into a plain one.
    return int(np.argmax(x))
