"""p062 · dataset.mnist 에 load_mnist 가 있는지 확인 (Does dataset.mnist have load_mnist?)

[문제]
아래의 코드의 dataset 패키지의 mnist.py 에 load_mnist 라는 함수가 있는지 확인하시오

[Problem]
Check whether the function load_mnist exists in mnist.py of the dataset package used by the code below.

주어진 것 / Given:
    from dataset.mnist import load_mnist
    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)
    print(len(t_train))

예시 / Example:
    >>> has_function('dataset.mnist', 'load_mnist')
    True
    >>> has_function('dataset.mnist', 'load_cifar10')
    False

힌트 / Hints: grade hint p062

채점 / Grade: grade p062
"""
import importlib


def has_function(module_name: str, name: str) -> bool:
    """True when the module `module_name` (e.g. 'dataset.mnist') has a function called `name`.

    Import the module by its name (importlib.import_module), then look the name up in it.
    """
    raise NotImplementedError
