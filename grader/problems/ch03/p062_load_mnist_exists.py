from grader.checks import Mistake, Table, text
from grader.spec import Problem

PROBLEM = Problem(
    id="p062", chapter="ch03", slug="load_mnist_exists",
    title=text("dataset.mnist 에 load_mnist 가 있는지 확인", "Does dataset.mnist have load_mnist?"),
    statement=text("아래의 코드의 dataset 패키지의 mnist.py 에 load_mnist 라는 함수가 있는지 확인하시오",
                   "Check whether the function load_mnist exists in mnist.py of the dataset package used by the code below."),
    given="from dataset.mnist import load_mnist\n"
          "(x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)\nprint(len(t_train))",
    example=">>> has_function('dataset.mnist', 'load_mnist')\nTrue\n>>> has_function('dataset.mnist', 'load_cifar10')\nFalse",
    names=("has_function",),
    stub='''
import importlib


def has_function(module_name: str, name: str) -> bool:
    """True when the module `module_name` (e.g. 'dataset.mnist') has a function called `name`.

    Import the module by its name (importlib.import_module), then look the name up in it.
    """
    raise NotImplementedError
''',
    checks=(
        Table("has_function", {("dataset.mnist", "load_mnist"): True, ("dataset.mnist", "load_cifar10"): False,
                               ("json", "loads"): True, ("json", "load_mnist"): False, ("math", "pi"): False},
              title=text("여러 모듈과 이름", "several modules and names"),
              mistakes=(
                  Mistake(text("언제나 True 입니다: 이름을 실제로 모듈에서 찾아 보세요 (hasattr(module, name)).",
                               "It is always True: actually look the name up in the module (hasattr(module, name))."),
                          when=lambda row, actual: actual is True),
                  Mistake(text("언제나 False 입니다: 모듈 이름 문자열이 아니라 import 한 모듈 객체에서 찾아야 합니다 "
                               "(importlib.import_module(module_name)).",
                               "It is always False: look in the imported module object, not in the string of its name "
                               "(importlib.import_module(module_name))."),
                          when=lambda row, actual: actual is False),
              )),
    ),
    hints=(text("파이참에서는 Ctrl+클릭, 주피터에서는 dir(dataset.mnist) 나 load_mnist? 로도 확인할 수 있습니다.",
                "In PyCharm Ctrl+click the name; in Jupyter try dir(dataset.mnist) or load_mnist?."),
           text("module = importlib.import_module(module_name) 다음 callable(getattr(module, name, None)).",
                "module = importlib.import_module(module_name), then callable(getattr(module, name, None)).")),
)
