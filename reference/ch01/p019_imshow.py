import matplotlib.pyplot as plt
from matplotlib.image import imread


def show_image(path: str) -> None:
    img = imread(path)  # a (height, width, 3) array: PNG as floats in 0..1, JPEG as bytes in 0..255
    plt.imshow(img)
    plt.show()
