from grader.checks import text
from grader.problems.backprop import (
    NET_STUB,
    affine_checks,
    cross_entropy_check,
    loss_layer_gradient,
    relu_checks,
    relu_net_batch_checks,
    relu_net_gradient_check,
)
from grader.problems.two_layer_net import params_check
from grader.spec import Problem

PROBLEM = Problem(
    id="p158", chapter="ch05", slug="backprop_two_layer_net",
    title=text("오차역전파법으로 기울기를 구하는 TwoLayerNet", "TwoLayerNet with a backprop gradient"),
    statement=text("책 181~183페이지에 나오는 클래스 생성하시오 (점심시간 문제)",
                   "Create the classes from pages 181-183 of the book (lunch-time problem)."),
    given="twolayernet1 = TwoLayerNet(input_size=2, hidden_size=50, output_size=2, weight_init_std=0.02)\n"
          "x = np.array([[1, 2]])\nt = np.array([[0, 1]])",
    example=""">>> twolayernet1.predict(x)          # 무작위 / random: 점수 두 개 / two scores
array([[-0.0021..,  0.0009..]])
>>> grads = twolayernet1.gradient(x, t)
>>> grads['W1'].shape, grads['b1'].shape, grads['W2'].shape, grads['b2'].shape
((2, 50), (50,), (50, 2), (2,))
(gradient와 numerical_gradient는 같은 값을 냅니다 / gradient and numerical_gradient agree.
 노트의 softmax는 분모가, Affine.backward는 self.x가 빠졌습니다 / the notes' softmax lacks the denominator and
 their Affine.backward the self.x: both are fixed here.)""",
    names=("Affine", "Relu", "softmax", "cross_entropy_error", "SoftmaxWithLoss", "numerical_gradient", "TwoLayerNet"),
    stub=NET_STUB,
    checks=(
        *relu_checks(book_backward_allowed=True),
        *affine_checks(),
        cross_entropy_check(),
        loss_layer_gradient(),
        params_check(),
        relu_net_batch_checks(),
        relu_net_gradient_check("gradient"),
        relu_net_gradient_check("numerical_gradient", tolerance=1e-6),
    ),
    hints=(text("계층은 self.params 의 바로 그 배열로 만드세요: Affine(self.params['W1'], self.params['b1']).",
                "Build the layers on the very arrays of self.params: Affine(self.params['W1'], self.params['b1'])."),
           text("gradient: self.loss(x, t); dout = self.lastLayer.backward(1); 계층을 역순으로 dout = layer.backward(dout).",
                "gradient: self.loss(x, t); dout = self.lastLayer.backward(1); then dout = layer.backward(dout) in reverse order.")),
)
