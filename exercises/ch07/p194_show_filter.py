"""p194 · Filter 를 컬러 그림으로 시각화 (Show Filter as a colour picture)

[문제]
위의 행렬을 시각화하시오 (채널이 맨 앞인 (3, FH, FW) 필터를 받아 plt.imshow 로 컬러 그림으로 보여 주는 함수로 만드세요. imshow 는 (높이, 너비, 3) 을 컬러로 읽으니 채널 축을 마지막으로 옮깁니다.)

[Problem]
Visualize the matrix above. (Write a function: it takes a channels-first (3, FH, FW) filter and shows it as a colour picture with plt.imshow. imshow reads (height, width, 3) as colour, so move the channel axis last.)

주어진 것 / Given:
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)

눈으로 확인할 것 / Check by eye:
3 x 3 칸의 컬러 그림이 보이나요? -1 은 0 으로 잘려 검게 보입니다 (0~1 로 바꾸면 모든 값이 보입니다). 노트처럼 plt.imshow(Filter) 를 하면 채널 축을 세로로 읽은 다른 그림이 됩니다.
Do you see a 3 x 3 colour picture? -1 is clipped to 0 and shows black (rescale to 0-1 to see every value). plt.imshow(Filter), as in the notes, reads the channel axis as rows: another picture.

힌트 / Hints: grade hint p194

채점 / Grade: grade p194
"""
import matplotlib.pyplot as plt
import numpy as np


def show_filter(filt: np.ndarray) -> None:
    """Show a (3, FH, FW) filter as an FH x FW colour picture with plt.imshow (channels moved last)."""
    raise NotImplementedError
