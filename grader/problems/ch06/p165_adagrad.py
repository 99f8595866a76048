from grader.checks import text
from grader.problems.optimizers import (
    ADAGRAD_NO_EPS,
    ADAGRAD_RESET,
    adagrad,
    has_nan,
    optimizer_check,
    optimizer_problem,
)

PROBLEM = optimizer_problem(
    "p165", "adagrad", text("AdaGrad로 3층 신경망 학습", "Training the 3-layer network with AdaGrad"),
    text("Adagrade 경사 하강법으로 위의 3층 신경망을 학습시킨 결과 정확도를 출력하시오",
         "Train the 3-layer network above with AdaGrad and print the resulting accuracy."),
    "AdaGrad",
    (optimizer_check("AdaGrad", (0.1,), adagrad(0.1), [(has_nan, ADAGRAD_NO_EPS), (adagrad(0.1, reset=True), ADAGRAD_RESET)]),
     optimizer_check("AdaGrad", (), adagrad(0.01), [(has_nan, ADAGRAD_NO_EPS), (adagrad(0.01, reset=True), ADAGRAD_RESET)])),
    hints=(text("1e-7은 기울기가 아직 0인 곳에서 0으로 나누는 것을 막습니다.", "The 1e-7 keeps a still-zero gradient from dividing 0 by 0."),
           text("self.h[key] += grads[key] * grads[key]; params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)",
                "self.h[key] += grads[key] * grads[key]; params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)")),
)
