from grader.checks import text
from grader.problems.mnist import MNIST_FIXTURES, PRACTICE_NOTE, practice_get_data_check
from grader.spec import Problem

PROBLEM = Problem(
    id="p073", chapter="ch03", slug="get_data",
    title=text("get_data(): 시험 데이터 불러오기", "get_data(): load the test set"),
    statement=text("mnist 데이터를 가져오는 코드를 가지고 아래의 get_data() 함수를 생성하고 아래와 같이 실행되게 하시오",
                   "From the MNIST loading code, create the get_data() function below and make it run as shown."),
    given="x, t = get_data()\nprint(x.shape)\nprint(len(t))\n" + PRACTICE_NOTE,
    example=">>> x, t = get_data()   # 진짜 MNIST / the real MNIST\n>>> x.shape, len(t)\n((10000, 784), 10000)",
    names=("get_data",),
    stub='''
import numpy as np
from dataset.mnist import load_mnist


def get_data() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test) as the network reads them: load_mnist(normalize=True, flatten=True, one_hot_label=False)."""
    raise NotImplementedError
''',
    checks=(practice_get_data_check(),),
    fixtures=MNIST_FIXTURES,
    hints=(text("노트의 답은 get_data() 밖에서 x_train 을 씁니다: 함수 안의 변수는 밖에서 보이지 않습니다.",
                "The notes' answer uses x_train outside get_data(): a function's variables are not visible outside it."),
           text("(x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False) "
                "후 return x_test, t_test.",
                "(x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False), "
                "then return x_test, t_test.")),
)
