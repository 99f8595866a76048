from grader.checks import text
from grader.problems.cnn import COL2IM_STUB, CONVOLUTION_STUB, IM2COL_STUB, SHARED_PIECES, convolution_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p220", chapter="ch07", slug="convolution_layer",
    title=text("Convolution 계층", "The Convolution layer"),
    statement=text("책 246 페이지에 나오는 Convolution 클래스를 생성하시오 (순전파 forward 와, common/layers.py 의 역전파 backward "
                   "(col2im 사용) 까지 구현하세요.)",
                   "Create the Convolution class from page 246 of the book. (Implement forward and, as in common/layers.py, "
                   "backward too, with col2im.)"),
    example=">>> conv = Convolution(np.random.randn(10, 3, 5, 5), np.zeros(10))\n>>> conv.forward(np.random.rand(10, 3, 7, 7)).shape\n"
            "(10, 10, 3, 3)\n>>> conv.backward(np.ones((10, 10, 3, 3))).shape\n(10, 3, 7, 7)",
    names=("Convolution", "im2col", "col2im"),
    stub="\nimport numpy as np\n" + SHARED_PIECES + IM2COL_STUB + COL2IM_STUB + CONVOLUTION_STUB,
    checks=convolution_checks(),
    hints=(text("out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2): 행렬곱의 행은 (이미지, 출력 행, 출력 열) 입니다.",
                "out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2): the product's rows are (image, output row, output column)."),
           text("col_W = self.W.reshape(FN, -1).T: 필터 하나가 한 열, 열 안의 순서는 im2col 의 열 순서 (채널, 행, 열) 와 같습니다.",
                "col_W = self.W.reshape(FN, -1).T: one filter per column, in the order of im2col's columns (channel, row, column)."),
           text("backward: dout.transpose(0, 2, 3, 1).reshape(-1, FN); db = np.sum(dout, axis=0); "
                "dW = (self.col.T @ dout).T.reshape(FN, C, FH, FW); dx = col2im(dout @ self.col_W.T, self.x.shape, FH, FW, stride, pad).",
                "backward: dout.transpose(0, 2, 3, 1).reshape(-1, FN); db = np.sum(dout, axis=0); "
                "dW = (self.col.T @ dout).T.reshape(FN, C, FH, FW); dx = col2im(dout @ self.col_W.T, self.x.shape, FH, FW, stride, pad).")),
)
