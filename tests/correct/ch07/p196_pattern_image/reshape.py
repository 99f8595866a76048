"""
style: the 2-D array reshaped to (1, H, W), the sheet shown as a[0].
"""
import matplotlib.pyplot as plt
import numpy as np


def pattern_image(rows: list) -> np.ndarray:
    sheet = np.array(rows)
    a = sheet.reshape(1, *sheet.shape)
    print(a)
    plt.imshow(a[0])
    return a
