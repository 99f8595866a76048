import matplotlib.pyplot as plt
import numpy as np


def show_red(data: np.ndarray) -> np.ndarray:
    red = data[0]  # channels first: the first sheet is red
    print(red)
    plt.imshow(red)
    return red
