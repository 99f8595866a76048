import numpy as np

from grader.checks import text
from grader.problems.activations import (
    product_checks,
    sigmoid_checks,
    sigmoid_layer_stub,
)
from grader.problems.forward import sigmoid
from grader.spec import Problem

PROBLEM = Problem(
    id="p043", chapter="ch03", slug="sigmoid_of_sums",
    title=text("가중합을 시그모이드에 통과시키기", "Weighted sums through the sigmoid"),
    statement=text("위의 신경망에서 만들어진 가중의 총합인 y 값을 시그모이드 함수를 통과 시켜서 나온 y_{hat} 을 출력하시오",
                   "Pass the weighted sum y of the network above through the sigmoid function and print y_hat."),
    given="x = np.array([1, 2])\nw = np.array([[1, 3, 5], [2, 4, 6]])",
    example=">>> y_hat(np.array([1, 2]), np.array([[1, 3, 5], [2, 4, 6]]))\narray([0.99330715, 0.9999833 , 0.99999996])",
    names=("sigmoid", "y_hat"),
    stub=sigmoid_layer_stub("y_hat", "The weighted sums y = x·w (x of shape (k,), w of shape (k, m)) passed through sigmoid: shape (m,)."),
    checks=sigmoid_checks("sigmoid", full=False)
    + product_checks("y_hat", (np.array([1, 2]), np.array([[1, 3, 5], [2, 4, 6]])), then=sigmoid, vector=True),
    hints=(text("먼저 y = np.dot(x, w), 그다음 sigmoid(y).", "First y = np.dot(x, w), then sigmoid(y)."),),
)
