from grader.checks import text
from grader.problems.backprop import RELU_STUB, relu_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p140", chapter="ch05", slug="relu_layer",
    title=text("Relu 계층", "The Relu layer"),
    statement=text("책 166페이지의 Relu 클래스를 생성하시오", "Create the Relu class from page 166 of the book."),
    example=""">>> relu = Relu()
>>> relu.forward(np.array([[1.0, -0.5], [-2.0, 3.0]]))
array([[1., 0.],
       [0., 3.]])
>>> relu.mask
array([[False,  True],
       [ True, False]])
>>> relu.backward(np.array([[5.0, 5.0], [5.0, 5.0]]))
array([[5., 0.],
       [0., 5.]])""",
    names=("Relu",),
    stub="\nimport numpy as np\n" + RELU_STUB,
    checks=relu_checks(),
    hints=(text("backward: 책은 dout[self.mask] = 0 으로 호출한 쪽의 배열을 바꿉니다. dx = dout.copy() 를 고치세요.",
                "backward: the book's dout[self.mask] = 0 changes the caller's array. Change a copy, dx = dout.copy()."),
           text("forward: self.mask = (x <= 0); out = x.copy(); out[self.mask] = 0.",
                "forward: self.mask = (x <= 0); out = x.copy(); out[self.mask] = 0.")),
)
