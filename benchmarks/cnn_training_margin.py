"""How far is the reference from the CNN training thresholds? `python benchmarks/cnn_training_margin.py [SEEDS] [VARIANT ...]`

Trains the reference's p228-p231 networks as the grader's training check does (grader.problems.cnn.TRAIN, the
practice MNIST) under seeds 0 .. SEEDS-1 and prints, per variant, the largest ratio of the last 10 steps' mean
loss to the first 10 steps' and the lowest test accuracy, beside the thresholds (TRAIN_PASS) and the values at the
grader's own TRAIN_SEED. The thresholds must stay well clear of the worst seeds.
"""
from __future__ import annotations

import importlib
import os
import sys

import numpy as np

from grader.problems import cnn
from grader.workspace import FIXTURES

MODULES = {"simple": "p228_simple_convnet", "xavier": "p229_xavier_convnet", "batchnorm": "p230_batchnorm_convnet",
           "deeper": "p231_deeper_convnet"}


def one_run(variant: str, seed: int) -> tuple[float, float]:
    """(last 10 / first 10 mean loss, test accuracy) of the reference trained under `seed`."""
    train = importlib.import_module(f"reference.ch07.{MODULES[variant]}").train
    np.random.seed(seed)
    params, history = train(*cnn.train_args(variant))
    losses = np.asarray(history["train_loss"], dtype=float)
    x_test, t_test = cnn.practice_test_images()
    fn = cnn.TRAIN["filter_num"]
    convs = [{"filter_num": fn, "filter_size": 5, "pad": 0, "stride": 1}, {**cnn.MNIST_CONV2, "filter_num": fn}]
    scores = cnn.scores(variant, {k: np.asarray(v, dtype=float) for k, v in params.items()}, x_test, convs)
    return losses[-10:].mean() / losses[:10].mean(), float(np.mean(scores.argmax(axis=1) == t_test))


def main() -> None:
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    variants = sys.argv[2:] or list(MODULES)
    os.environ["DLSCRATCH_FIXTURES"] = str(FIXTURES)
    for variant in variants:
        runs = np.array([one_run(variant, seed) for seed in range(seeds)])
        at_train_seed = one_run(variant, cnn.TRAIN_SEED)
        max_ratio, min_accuracy = cnn.TRAIN_PASS[variant]
        print(f"{variant:9s} {seeds} seeds: loss ratio worst {runs[:, 0].max():.3f} (threshold < {max_ratio}), "
              f"accuracy worst {runs[:, 1].min():.3f} (threshold >= {min_accuracy}); "
              f"at TRAIN_SEED {at_train_seed[0]:.3f}, {at_train_seed[1]:.3f}")


if __name__ == "__main__":
    main()
