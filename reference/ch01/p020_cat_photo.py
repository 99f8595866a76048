import matplotlib.pyplot as plt
from matplotlib.image import imread


def show_photo(path: str) -> None:
    img = imread(path)  # JPEG: a (height, width, 3) array of uint8, which imshow takes as 0..255 colours
    plt.imshow(img)
    plt.show()
