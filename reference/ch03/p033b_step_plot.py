"""p033b: plot the step function. The notes' MALGUN.TTF path exists only on Windows: the exercise stub
calls grader.fonts.use_korean_font() instead, so that "계단 함수" is not drawn as boxes."""
import matplotlib.pyplot as plt
import numpy as np

from reference.functions import step_function as step_func

__all__ = ["step_func", "plot_step"]


def plot_step(x: np.ndarray) -> None:
    plt.plot(x, step_func(x))
    plt.title("계단 함수")
    plt.ylim(-0.1, 1.1)  # a little room above 1 and below 0, so the flat parts do not sit on the frame
