from grader.checks import text
from grader.problems.backprop import AFFINE_STUB, affine_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p151", chapter="ch05", slug="affine_layer",
    title=text("Affine 계층", "The Affine layer"),
    statement=text("책 175 페이지 아래에 나오는 Affine 클래스를 구현하시오", "Implement the Affine class shown at the bottom of page 175 of the book."),
    given="x = np.array([[1, 2], [3, 4]])\nW = np.array([[1, 3, 5], [2, 4, 6]])\nb = np.array([[1, 1, 1]])\n"
          "dY = np.array([[1, 1, 1], [2, 2, 2]])",
    example=""">>> affine1 = Affine(W, b)
>>> affine1.forward(x)
array([[ 6, 12, 18],
       [12, 26, 40]])
>>> affine1.backward(dY)
array([[ 9, 12],
       [18, 24]])
>>> affine1.dW
array([[ 7,  7,  7],
       [10, 10, 10]])
>>> affine1.db
array([3, 3, 3])
(노트의 backward는 self.x 대신 전역 변수 X를 씁니다: 버그입니다 / the notes' backward reads the global X instead of self.x: a bug)""",
    names=("Affine",),
    stub="\nimport numpy as np\n" + AFFINE_STUB,
    checks=affine_checks(),
    hints=(text("형상으로 확인하세요: dx는 x와, dW는 W와, db는 b의 한 행 (출력 수,)과 같은 형상입니다.",
                "Check by shapes: dx has the shape of x, dW that of W, db that of one row of b, (outputs,)."),
           text("dx = np.dot(dout, self.W.T); self.dW = np.dot(self.x.T, dout); self.db = np.sum(dout, axis=0).",
                "dx = np.dot(dout, self.W.T); self.dW = np.dot(self.x.T, dout); self.db = np.sum(dout, axis=0).")),
)
