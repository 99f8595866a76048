import numpy as np
from hypothesis import strategies as st

from grader.checks import Holds, Mistake, text
from grader.problems.forward import NOTES_PREDICTIONS
from grader.problems.learning import equals, mse_mistakes, one_hot, vectors
from grader.spec import Problem

T = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
YS = NOTES_PREDICTIONS  # the same nine predictions as chapter 3's table
RATES = [42.25, 51.25, 43.25, 30.75, 20.75, 12.75, 6.75, 5.0, 0.75]


def _rates(error, args):
    ys, t = args
    return [round(error(np.array(y), np.array(t)) * 100, 2) for y in ys]


MISTAKES = mse_mistakes(_rates) + [
    Mistake(text("100을 곱하지 않았습니다: 오차율은 퍼센트(%)로 돌려주세요.",
                 "Not multiplied by 100: return the error rates in percent."),
            like=lambda ys, t: [0.5 * float(np.sum((np.array(y) - np.array(t)) ** 2)) for y in ys])]

PROBLEM = Problem(
    id="p102", chapter="ch04", slug="error_rates",
    title=text("여러 예측의 평균제곱오차 (for 문)", "MSE of several predictions (one for loop)"),
    statement=text("아래의 확률 벡터를 Mean Squared Error 함수를 이용해서 target과 predict 값의 오차율이 어떻게 되는지 for loop 문으로 한번에 알아내시오",
                   "Using the MSE function, find with one for loop how large the error between target and each prediction vector is."),
    given="t = [0,0,1,0,0,0,0,0,0,0]  # 숫자2\n" + "\n".join(f"y{i + 1} = {y}" for i, y in enumerate(YS)),
    example=">>> error_rates([y1, y2, ..., y9], t)   # 오차율(%) = MSE * 100, 소수 둘째 자리\n"
            "[42.25, 51.25, 43.25, 30.75, 20.75, 12.75, 6.75, 5.0, 0.75]\n"
            "(노트의 보기 '32%, 43%'는 틀렸습니다 / the notes' sample '32%, 43%' is wrong)",
    names=("mean_squared_error", "error_rates"),
    stub='''
import numpy as np


def mean_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """0.5 * the sum of (y - t)²."""
    raise NotImplementedError


def error_rates(ys: list, t: list) -> list[float]:
    """For each prediction in ys (one for loop): its MSE against t in percent, rounded to 2 decimals, as a list."""
    raise NotImplementedError
''',
    checks=(
        Holds("error_rates", (st.just(YS), st.just(T)), equals(lambda ys, t: RATES),
              title=text("예시의 결과", "the example's result"), mistakes=MISTAKES),
        Holds("error_rates", [st.lists(vectors().map(lambda v: v.tolist()), min_size=1, max_size=4), one_hot().map(lambda v: v.tolist())],
              equals(lambda ys, t: [0.5 * float(np.sum((np.array(y) - np.array(t)) ** 2)) * 100 for y in ys], rtol=0, atol=0.006),
              title=text("무작위 예측들의 오차율", "error rates of random predictions"), mistakes=MISTAKES),
    ),
    hints=(text("for y in ys: 안에서 np.array(y)로 바꾸고, mean_squared_error(...) * 100 을 round(..., 2) 하여 리스트에 append 하세요.",
                "Inside for y in ys: convert with np.array(y), take round(mean_squared_error(...) * 100, 2) and append it to a list."),),
)
