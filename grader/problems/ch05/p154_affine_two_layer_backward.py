import numpy as np

from grader.checks import Example, Fail, Holds, Mistake, expect_equal, text
from grader.problems.backprop import (
    AFFINE_STUB,
    DB_NOT_SUMMED,
    NOTES_NET_ARGS,
    copy_or_import,
    two_layer_backward,
    two_layer_args,
)
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem


def _db_not_summed(args: tuple, actual: object) -> bool:
    truth = two_layer_backward(*args)
    return isinstance(actual, dict) and any(
        np.shape(actual.get(k)) == (args[0].shape[0], truth[k].shape[0]) for k in ("db1", "db2"))


MISTAKES = (
    Mistake(DB_NOT_SUMMED, when=_db_not_summed),
    Mistake(text("dY로 out2 를 쓰지 않았습니다: 문제가 정한 상류의 기울기는 순전파의 결과 out2 그대로입니다.",
                 "dY is not out2: the problem takes the forward result out2 itself as the upstream gradient."),
            when=lambda args, actual: isinstance(actual, dict) and np.shape(actual.get("db2")) == (args[3].shape[1],)
            and not np.allclose(actual["db2"], two_layer_backward(*args)["db2"])),
    RETURNS_NONE,
)


def _matches_chain_rule(args: tuple, actual: object) -> None:
    expected = two_layer_backward(*args)
    try:
        expect_equal(actual, expected, what="two_layer_backward")
    except Fail as error:
        error.expected, error.actual = expected, actual
        raise


PROBLEM = Problem(
    id="p154", chapter="ch05", slug="affine_two_layer_backward",
    title=text("Affine 계층 두 개의 역전파", "The backward pass through two Affine layers"),
    statement=text("위의 2층 신경망의 역전파를 Affine 클래스를 이용해서 구현하시오. dY는 위의 순전파의 결과인 out2 행렬을 그대로 사용하시오",
                   "Implement the backward pass of the 2-layer network above using the Affine class; use the forward "
                   "result out2 itself as dY."),
    given="x, W1, b1, W2, b2: 문제 152의 배열 / the arrays of problem 152\ndY = out2  # 문제 153의 순전파 결과 / the forward result of problem 153",
    example=""">>> grads = two_layer_backward(x, W1, b1, W2, b2)
>>> grads["dx"]
array([[12385, 16108]])
>>> grads["dW1"]
array([[ 937, 1241, 1545],
       [1874, 2482, 3090]])
>>> grads["db1"]
array([ 937, 1241, 1545])
>>> grads["dW2"], grads["db2"]
(array([[ 558, 1266],
       [1209, 2743],
       [1860, 4220]]), array([ 93, 211]))""",
    names=("Affine", "two_layer_backward"),
    stub="\nimport numpy as np\n" + copy_or_import(("Affine", "p151_affine_layer")) + AFFINE_STUB + '''

def two_layer_backward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> dict:
    """Forward through layer_1 = Affine(W1, b1) and layer_2 = Affine(W2, b2), then backward from dY = out2, through the
    same two objects in reverse order. Return {'dx': dx1, 'dW1': layer_1.dW, 'db1': layer_1.db, 'dW2': layer_2.dW,
    'db2': layer_2.db}."""
    raise NotImplementedError
''',
    checks=(
        Example("two_layer_backward", NOTES_NET_ARGS, two_layer_backward(*NOTES_NET_ARGS), mistakes=MISTAKES,
                title=text("문제 152의 배열", "the arrays of problem 152")),
        Holds("two_layer_backward", two_layer_args("p154"), _matches_chain_rule, mistakes=MISTAKES,
              title=text("다른 크기의 정수 배열과 배치", "integer arrays of other sizes, and batches")),
    ),
    hints=(text("dx2 = layer_2.backward(out2); dx1 = layer_1.backward(dx2): 순전파의 역순, 같은 객체로.",
                "dx2 = layer_2.backward(out2); dx1 = layer_1.backward(dx2): the reverse order, through the same objects."),),
)
