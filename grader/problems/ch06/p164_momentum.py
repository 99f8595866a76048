from grader.checks import text
from grader.problems.optimizers import (
    MOMENTUM_RESET,
    MOMENTUM_SIGN,
    momentum,
    optimizer_check,
    optimizer_problem,
)

PROBLEM = optimizer_problem(
    "p164", "momentum", text("Momentum 클래스로 3층 신경망 학습", "A Momentum class for the 3-layer network"),
    text("Momentum 클래스를 파이썬 코드로 구현하고 방금 만든 3층 신경망에 적용해서 정확도를 확인하시오",
         "Implement a Momentum class in Python, apply it to the 3-layer network just made and check the accuracy."),
    "Momentum",
    (optimizer_check("Momentum", (0.1, 0.9), momentum(0.1, 0.9), [(momentum(0.1, 0.9, reset=True), MOMENTUM_RESET),
                                                                        (momentum(-0.1, 0.9), MOMENTUM_SIGN)]),
     optimizer_check("Momentum", (), momentum(0.01, 0.9), [(momentum(0.01, 0.9, reset=True), MOMENTUM_RESET),
                                                                (momentum(-0.01, 0.9), MOMENTUM_SIGN)])),
    hints=(text("if self.v is None: 안에서만 self.v = {key: np.zeros_like(val) for key, val in params.items()} — 노트의 답처럼 "
                "그 밖에서 0으로 되돌리면 매번 SGD가 됩니다.",
                "Only inside if self.v is None: self.v = {key: np.zeros_like(val) for key, val in params.items()}. Zeroing it "
                "outside, as the notes' answer does, turns every step into plain SGD."),
           text("self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]; params[key] += self.v[key]",
                "self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]; params[key] += self.v[key]")),
)
