from grader.checks import text
from grader.problems.backprop import SOFTMAX_WITH_LOSS_STUB, softmax_with_loss_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p156", chapter="ch05", slug="softmax_with_loss_layer",
    title=text("SoftmaxWithLoss 계층", "The SoftmaxWithLoss layer"),
    statement=text("책 179페이지에 나오는 class SoftmaxWithLoss 함수를 구현하시오", "Implement the class SoftmaxWithLoss from page 179 of the book."),
    example=""">>> layer = SoftmaxWithLoss()
>>> layer.forward(np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.2]]), np.array([[1, 0, 0], [0, 1, 0]]))
0.3142908349177104
>>> layer.backward(1)
array([[-0.17049943,  0.12121649,  0.04928295],
       [ 0.05476527, -0.09533637,  0.04057111]])
(노트의 softmax는 분모(exp의 합으로 나누기)가 빠졌습니다: 행마다 합이 1이 되도록 나누세요.
 The notes' softmax leaves out the denominator (the division by the sum of exps): divide so that every row sums to 1.)""",
    names=("softmax", "cross_entropy_error", "SoftmaxWithLoss"),
    stub="\nimport numpy as np\n" + SOFTMAX_WITH_LOSS_STUB,
    checks=softmax_with_loss_checks(),
    hints=(text("backward: batch_size = self.t.shape[0]; dx = (self.y - self.t) / batch_size.",
                "backward: batch_size = self.t.shape[0]; dx = (self.y - self.t) / batch_size."),
           text("forward: self.t = t; self.y = softmax(x); self.loss = cross_entropy_error(self.y, self.t).",
                "forward: self.t = t; self.y = softmax(x); self.loss = cross_entropy_error(self.y, self.t).")),
)
