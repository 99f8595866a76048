import matplotlib.pyplot as plt
import numpy as np


def pattern_image(rows: list) -> np.ndarray:
    a = np.array([rows])  # (1, H, W): one sheet
    print(a)
    plt.imshow(a[0, :, :])  # imshow takes a 2-D sheet, not the (1, H, W) stack
    return a
