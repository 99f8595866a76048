"""p113 · f(x0, x1) = x0² + x1² 시각화 (Visualise f(x0, x1) = x0² + x1²)

[문제]
아래의 식을 구글에서 시각화 하시오

[Problem]
Visualize the function below using Google.

주어진 것 / Given:
    f(x0, x1) = x0**2 + x1**2

눈으로 확인할 것 / Check by eye:
밥그릇 모양의 곡면인지, 가장 낮은 점이 (0, 0)이고 값이 0인지 보세요. 기울기는 어디서나 (0, 0)을 향해 내려가는 방향의 반대입니다.
A bowl-shaped surface whose lowest point is (0, 0) with value 0; the gradient everywhere points away from (0, 0), uphill.

채점 / Grade: grade p113
"""
import matplotlib.pyplot as plt
import numpy as np

# 구글 검색창에 z=x^2+y^2 를 입력하면 3차원 그래프가 나옵니다.
# Type z=x^2+y^2 into Google's search box to see the 3-D graph.
# (선택 / optional) matplotlib 으로도 그려 볼 수 있습니다 / you can also draw it with matplotlib:


def plot_surface() -> None:
    """Optional: draw z = x0**2 + x1**2 over -3..3 as a 3-D surface (fig.add_subplot(projection="3d"))."""
    raise NotImplementedError
