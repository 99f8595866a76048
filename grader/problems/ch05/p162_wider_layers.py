from grader.checks import Context, Custom, text
from grader.compare import expect_equal
from grader.problems.three_layer_net import (
    NOTES_DOC,
    Net,
    ch05_problem,
    gradient_check,
    learns,
)

ITERS, BATCH = 300, 100


def _wider_network_learns(ctx: Context) -> None:
    result = ctx.session.call("train", 100, 100, ITERS, BATCH, 0.1, seed=ctx.seed)
    if isinstance(result, (tuple, list)) and len(result) == 2 and isinstance(result[0], dict) and "W1" in result[0]:
        shapes = {k: getattr(result[0].get(k), "shape", None) for k in ("W1", "W2", "W3")}
        expect_equal(shapes, {"W1": (784, 100), "W2": (100, 100), "W3": (100, 10)}, what=text("train(100, 100, ...)의 가중치 형상", "weight shapes of train(100, 100, ...)"))
    learns(ctx, Net(), result, ITERS, BATCH, 0.7)


PROBLEM = ch05_problem(
    "p162", "wider_layers", text("은닉층 노드 수 늘리기", "Wider hidden layers"),
    text("다시 Relu로 변환하고 노드 수를 늘리면 정확도가 올라가는지 확인하시오",
         "Switch back to ReLU, increase the number of nodes and check whether accuracy goes up."),
    ("Relu", "Affine", "SoftmaxWithLoss"),
    "__init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02)",
    NOTES_DOC.format(act="Relu"),
    '''

def train(hidden_size_1=100, hidden_size_2=100, iters_num=10000, batch_size=100, learning_rate=0.1):
    """p159's training with TwoLayersNet(784, hidden_size_1, hidden_size_2, 10). Return (network.params, history)."""
    raise NotImplementedError
''',
    (gradient_check(Net()),
     Custom(_wider_network_learns, text("784 → 100 → 100 → 10 을 연습용 MNIST로 300번 학습: 형상이 맞고 시험 정확도 0.7 이상",
                                        "784 → 100 → 100 → 10, 300 steps on the practice MNIST: right shapes, test accuracy at least 0.7"))),
    text("전체 MNIST로 50-100 과 100-100 의 test_acc 를 비교하세요 (노트: 0.9695 → 0.9747). 차이가 작다면 왜일지 생각해 보세요.",
         "On the full MNIST, compare the test_acc of 50-100 and 100-100 (the notes: 0.9695 → 0.9747). If the gap is small, think "
         "about why."),
    (text("train 안에서 network = TwoLayersNet(784, hidden_size_1, hidden_size_2, 10)",
          "Inside train: network = TwoLayersNet(784, hidden_size_1, hidden_size_2, 10)"),),
    given="before: 784 -> 50 -> 100 -> 10\nafter: 784 -> 100 -> 100 -> 10",
    example=">>> params, history = train(100, 100)",
)
