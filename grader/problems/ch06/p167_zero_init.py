import numpy as np

from grader.checks import Context, Custom, text
from grader.compare import Fail
from grader.problems.optimizers import BATCH, NOTES_INIT, NOTES_INIT_DOC, TRAIN, adam_network_problem, training_check
from grader.problems.three_layer_net import (
    Net,
    accuracy,
    gradient_check,
    practice_data,
    trained,
)

STEPS = TRAIN["p167"].steps


def _zero_start_stays_symmetric(ctx: Context) -> None:
    result = ctx.session.call("train", ctx.session.new("Adam", 0.001), STEPS, BATCH, 0, seed=ctx.seed)
    params, _ = trained(ctx, Net(), result, STEPS, BATCH, loss_falls=False)
    # Units that start equal get equal gradients and stay equal: W1's columns, all of W2, W3's rows.
    alike = {"W1": params["W1"] - params["W1"][:, :1], "W2": params["W2"] - params["W2"][0, 0], "W3": params["W3"] - params["W3"][:1]}
    for key, spread in alike.items():
        if np.abs(spread).max() > 1e-8:
            raise Fail("values", text(
                f"weight_init_std=0 으로 시작했는데 학습 뒤 {key}의 은닉 뉴런들이 서로 다릅니다. 가중치가 모두 0이면 모든 은닉 뉴런이 똑같은 "
                "값과 똑같은 기울기를 받아 영원히 똑같아야 합니다: 초깃값에 weight_init_std를 쓰고 있나요 (weight_init_std * np.random.randn(...))?",
                f"Started with weight_init_std=0, yet after training the hidden units in {key} differ. With all-zero weights every "
                "hidden unit gets the same value and the same gradient, so they all stay identical: does the start use weight_init_std "
                "(weight_init_std * np.random.randn(...))?"), show_values=False)
    x_train, _, x_test, labels = practice_data()
    found = accuracy(Net(), params, x_test, labels, x_train)
    if found > 0.35:
        raise Fail("values", text(f"가중치 0에서 시작했는데 시험 정확도가 {found:.2f} 입니다: 대칭이 깨지지 않으면 학습이 거의 되지 않아야 합니다.",
                                  f"Started from zero weights, yet the test accuracy is {found:.2f}: without breaking the symmetry it should "
                                  "hardly learn."), show_values=False)


PROBLEM = adam_network_problem(
    "p167", "zero_init", text("가중치 초깃값을 0으로", "All-zero initial weights"),
    text("지금까지 구현한 3층 신경망의 가중치 초깃값을 0으로 설정하고 신경망을 학습시켜 보시오",
         "Set the initial weights of the 3-layer network built so far to 0 and train it."),
    ("Relu", "Affine", "SoftmaxWithLoss"), NOTES_INIT, NOTES_INIT_DOC,
    (gradient_check(Net()),
     Custom(_zero_start_stays_symmetric, text(f"weight_init_std=0 으로 {STEPS}번 학습: 은닉 뉴런이 모두 똑같이 남고 정확도는 우연 수준",
                                              f"{STEPS} steps from weight_init_std=0: every hidden unit stays identical, accuracy near chance"))),
    text("전체 MNIST로 weight_init_std=0 과 0.02 를 학습해 정확도 곡선을 비교하세요: 0에서는 약 0.11 에 머뭅니다.",
         "Train on the full MNIST with weight_init_std=0 and 0.02 and compare the accuracy curves: from 0 it stays near 0.11."),
    (text("가중치가 모두 같으면 은닉 뉴런이 모두 같은 값을 내고 같은 기울기를 받아, 갱신 뒤에도 같습니다 (대칭이 깨지지 않음).",
          "With all weights equal, every hidden unit outputs the same and gets the same gradient, and stays the same after "
          "each update: the symmetry never breaks."),
     text("train 안에서 network = TwoLayersNet(784, 50, 50, 10, weight_init_std=weight_init_std)",
          "Inside train: network = TwoLayersNet(784, 50, 50, 10, weight_init_std=weight_init_std)")),
    given="weight_init_std = 0", extra_train=", weight_init_std=0",
    train_check=training_check("p167", text("weight_init_std=0.02: ", "weight_init_std=0.02: ")),
)
