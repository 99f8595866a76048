"""p195 · Filter 의 R, G, B 행렬을 각각 시각화 (Show the R, G and B matrices of Filter, each on its own)

[문제]
위의 행렬 Filter 에 Red, Green, Blue 행렬을 각각 시각화 하시오 (채널이 맨 앞인 필터를 받아 세 행렬을 각자의 자리(plt.subplot)에 plt.imshow 로 보여 주는 함수로 만드세요. 한 자리에 imshow 를 세 번 하면 마지막 것만 보입니다.)

[Problem]
Visualize the Red, Green and Blue matrices of Filter above separately. (Write a function: it takes a channels-first filter and shows its three matrices each in its own place (plt.subplot) with plt.imshow. Three imshow calls in one place show only the last one.)

주어진 것 / Given:
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)

눈으로 확인할 것 / Check by eye:
세 그림이 나란히 보이나요? 각 그림의 밝은 칸(1)이 그 채널 행렬의 1 자리와 같은가요?
Do you see three pictures side by side? Are the bright cells (1) where that channel has its 1s?

힌트 / Hints: grade hint p195

채점 / Grade: grade p195
"""
import matplotlib.pyplot as plt
import numpy as np


def show_channels(filt: np.ndarray) -> None:
    """Show filt[0], filt[1] and filt[2] (red, green, blue) side by side, one subplot each."""
    raise NotImplementedError
