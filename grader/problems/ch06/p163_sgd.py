from grader.checks import text
from grader.problems.optimizers import optimizer_check, optimizer_problem, sgd

ADDS = text("기울기를 더했습니다: SGD는 기울기의 반대 방향으로 갑니다, params[key] -= self.lr * grads[key].",
            "It adds the gradient: SGD steps against it, params[key] -= self.lr * grads[key].")

PROBLEM = optimizer_problem(
    "p163", "sgd", text("SGD 클래스로 3층 신경망 학습", "An SGD class for the 3-layer network"),
    text("SGD 클래스를 만들고 SGD 클래스를 이용해서 3층 신경망의 코드를 변경하시오",
         "Make an SGD class and change the 3-layer network code to use it."),
    "SGD",
    (optimizer_check("SGD", (0.1,), sgd(0.1), [(sgd(-0.1), ADDS)]),
     optimizer_check("SGD", (), sgd(0.01), [(sgd(-0.01), ADDS)])),
    given="TwoLayersNet(784, 50, 50, 10); SGD(lr=0.01)",
    hints=(text("class SGD: update는 for key in params.keys(): params[key] -= self.lr * grads[key]",
                "class SGD: update is for key in params.keys(): params[key] -= self.lr * grads[key]"),),
)
