import matplotlib.pyplot as plt
import numpy as np

from grader.fonts import use_korean_font

use_korean_font()


def labelled_plot(x: np.ndarray, y: np.ndarray) -> None:
    plt.plot(x, y)
    plt.xlabel("월")    # month: the statement asks for Korean labels (the notes' answer drifted to English)
    plt.ylabel("집값")  # house price
    plt.show()
