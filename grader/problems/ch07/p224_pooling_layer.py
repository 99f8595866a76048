from grader.checks import text
from grader.problems.cnn import COL2IM_STUB, IM2COL_STUB, POOLING_STUB, SHARED_PIECES, pooling_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p224", chapter="ch07", slug="pooling_layer",
    title=text("Pooling 계층", "The Pooling layer"),
    statement=text("책 249 페이지의 Pooling 클래스를 생성하시오 (순전파 forward 와, common/layers.py 의 역전파 backward "
                   "(col2im 사용) 까지 구현하세요.)",
                   "Create the Pooling class from page 249 of the book. (Implement forward and, as in common/layers.py, "
                   "backward too, with col2im.)"),
    example=">>> pool = Pooling(pool_h=2, pool_w=2, stride=2)\n>>> pool.forward(np.random.rand(10, 3, 4, 4)).shape\n(10, 3, 2, 2)",
    names=("Pooling", "im2col", "col2im"),
    stub="\nimport numpy as np\n" + SHARED_PIECES + IM2COL_STUB + COL2IM_STUB + POOLING_STUB,
    checks=pooling_checks(),
    hints=(text("col = im2col(x, pool_h, pool_w, stride, pad).reshape(-1, pool_h * pool_w): 한 행이 한 채널의 창입니다. 그다음 np.max(col, axis=1).",
                "col = im2col(x, pool_h, pool_w, stride, pad).reshape(-1, pool_h * pool_w): one row per channel's window. Then np.max(col, axis=1)."),
           text("backward: dmax = np.zeros((dout.size, pool_size)); dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = "
                "dout.transpose(0, 2, 3, 1).flatten(); 그다음 reshape 해서 col2im.",
                "backward: dmax = np.zeros((dout.size, pool_size)); dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = "
                "dout.transpose(0, 2, 3, 1).flatten(); then reshape and col2im.")),
)
