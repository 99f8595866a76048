"""p025 · 퍼셉트론 오차 그래프 (The perceptron's error, loop by loop)

[문제]
(점심시간 문제) 일단 위의 코드를 답글로 올리고 라인 그래프를 그리는데 t - k 의 차이 즉, 오차가 있다가 0이 되는 부분이 어디인지 알아내는 라인 그래프를 그리시오 (y축이 오차, x축이 loop 횟수). 입력마다 갱신에 쓴 오차 |t - f(k)| 를 리스트로 돌려주는 error_history 와, 그 리스트를 그리는 plot_errors 로 나누어 작성하세요.

[Problem]
(Lunch-time problem) Post the code above and draw a line graph of the error t - f(k) per loop iteration to find where it becomes 0 (y: error, x: loop count). Split it in two: error_history returns the list of errors |t - f(k)| used for each input's update, and plot_errors draws that list.

주어진 것 / Given:
    input1_dic = {'x0': -1, 'x1': 0, 'x2': 0, 't': 0}
    input2_dic = {'x0': -1, 'x1': 0, 'x2': 1, 't': 0}
    input3_dic = {'x0': -1, 'x1': 1, 'x2': 0, 't': 0}
    input4_dic = {'x0': -1, 'x1': 1, 'x2': 1, 't': 1}
    w_dic = {'w0': 0.3, 'w1': 0.4, 'w2': 0.1}

예시 / Example:
    >>> error_history([input1_dic, input2_dic, input3_dic, input4_dic], w_dic, 0.05, 4)
    [0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    >>> plot_errors(_)   # the error is 0 from the 3rd pass (loop 8) on

눈으로 확인할 것 / Check by eye:
그래프에서 오차가 0이 되어 그대로 머무는 지점이 보이는지, 한글 제목과 축 이름이 깨지지 않았는지 (한글 글꼴 설정).
That the plot shows where the error drops to 0 and stays there, and that Korean titles and labels render (a Korean font is set).

힌트 / Hints: grade hint p025

채점 / Grade: grade p025
"""
import matplotlib.pyplot as plt


# active_func: your function from p022 (copy it here, or `from p022_active_func import active_func`).
def active_func(input_dic: dict, w_dic: dict) -> int:
    """1 when x0*w0 + x1*w1 + x2*w2 >= 0, else 0."""
    raise NotImplementedError


def error_history(inputs: list[dict], w_dic: dict, lr: float = 0.05, epochs: int = 4) -> list[int]:
    """Train as in p023 for exactly `epochs` passes; for every input, in order, record abs(t - f(k)), the error
    its update uses (computed before the update). Return the list (epochs * len(inputs) numbers)."""
    raise NotImplementedError


def plot_errors(errors: list[int]) -> None:
    """A line graph of errors: x = loop count, y = error, with a title and both axes labelled."""
    raise NotImplementedError
