"""How far is correct code from the CNN training thresholds? `python benchmarks/cnn_training_margin.py [SEEDS] [VARIANT ...]`

Trains p228-p231's networks as the grader's training check does (grader.problems.cnn.TRAIN, the practice MNIST,
np.random seeded as the worker seeds it) under seeds 0 .. SEEDS-1, for the reference and every correct solution in
tests/correct/ch07, and prints per solution the largest ratio of the last 10 steps' mean loss to the first 10 steps'
and the lowest test accuracy, beside the thresholds (TRAIN_PASS) and the values at the grader's own TRAIN_SEED. The
thresholds must stay well clear of the worst seeds. Then, over the first 5 seeds, what must fail: the reference with
its update's sign flipped (learning_rate negated) and the wrong solutions in tests/wrong/ch07 that train, with how
many runs the training check alone (loss, accuracy and the never-updated keys) would pass.
"""
from __future__ import annotations

import os

os.environ["OPENBLAS_NUM_THREADS"] = os.environ["OMP_NUM_THREADS"] = "1"  # as in the grader's worker

import contextlib
import importlib
import importlib.util
import random
import sys
import time
from pathlib import Path
from typing import Callable

import numpy as np

from grader.problems import cnn
from grader.workspace import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
MODULES = {"simple": "p228_simple_convnet", "xavier": "p229_xavier_convnet", "batchnorm": "p230_batchnorm_convnet",
           "deeper": "p231_deeper_convnet"}
WRONG_SEEDS = 5
Train = Callable[..., tuple]


def load(path: Path) -> Train:
    spec = importlib.util.spec_from_file_location(f"solution_{abs(hash(path))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.train


def one_run(variant: str, train: Train, seed: int, args: tuple | None = None) -> tuple[float, float, bool]:
    """(last 10 / first 10 mean loss, test accuracy, some key never updated) of train(*args) under `seed`, args by
    default those the grader passes; nan for a run that raised."""
    np.random.seed(seed)
    random.seed(seed)
    try:
        with np.errstate(all="ignore"), contextlib.redirect_stdout(None):
            params, history = train(*(args or cnn.train_args(variant)))
            params = {k: np.asarray(v, dtype=float) for k, v in params.items()}
            losses = np.asarray(history["train_loss"], dtype=float)
            x_test, t_test = cnn.practice_test_images()
            fn = cnn.TRAIN["filter_num"]
            convs = [{"filter_num": fn, "filter_size": 5, "pad": 0, "stride": 1}, {**cnn.MNIST_CONV2, "filter_num": fn}]
            accuracy = float(np.mean(cnn.scores(variant, params, x_test, convs).argmax(axis=1) == t_test))
    except Exception:  # noqa: BLE001  a wrong solution may crash: that run fails
        return float("nan"), float("nan"), False
    return float(losses[-10:].mean() / losses[:10].mean()), accuracy, bool(cnn.never_updated(params, seed))


def passes(variant: str, ratio: float, accuracy: float, frozen: bool) -> bool:
    max_ratio, min_accuracy = cnn.TRAIN_PASS[variant]
    return bool(not frozen and ratio < max_ratio and accuracy >= min_accuracy)  # nan fails


def main() -> None:
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    variants = sys.argv[2:] or list(MODULES)
    os.environ["DLSCRATCH_FIXTURES"] = str(FIXTURES)
    print(f"numpy {np.__version__}, OPENBLAS_NUM_THREADS=1; seeds 0..{seeds - 1}; TRAIN {cnn.TRAIN}")
    for variant in variants:
        started = time.perf_counter()
        max_ratio, min_accuracy = cnn.TRAIN_PASS[variant]
        reference = importlib.import_module(f"reference.ch07.{MODULES[variant]}").train
        correct = [("reference", reference)] + [(path.stem, load(path))
                                                for path in sorted((ROOT / "tests" / "correct" / "ch07" / MODULES[variant]).glob("*.py"))]
        for name, train in correct:
            runs = np.array([one_run(variant, train, seed) for seed in range(seeds)])
            at_train_seed = one_run(variant, train, cnn.TRAIN_SEED)
            print(f"{variant:9s} {name:20s} {seeds} seeds: loss ratio worst {np.nanmax(runs[:, 0]):.3f} (threshold < {max_ratio}), "
                  f"accuracy worst {np.nanmin(runs[:, 1]):.3f} (threshold >= {min_accuracy}); "
                  f"{sum(passes(variant, *run) for run in runs)}/{seeds} pass; at TRAIN_SEED {at_train_seed[0]:.3f}, {at_train_seed[1]:.3f}")
        flipped = list(cnn.train_args(variant))
        flipped[4] = -flipped[4]  # learning_rate: params -= -lr * grad climbs the loss
        wrong = [("reference, sign flipped", reference, tuple(flipped))] + [
            (path.stem, load(path), None) for path in sorted((ROOT / "tests" / "wrong" / "ch07" / MODULES[variant]).glob("*.py"))]
        for name, train, args in wrong:
            runs = [one_run(variant, train, seed, args) for seed in range(WRONG_SEEDS)]
            print(f"{variant:9s}   wrong {name:26s} loss ratio {' '.join(f'{r[0]:.2f}' for r in runs)}, accuracy "
                  f"{' '.join(f'{r[1]:.2f}' for r in runs)}{', a key never updated' if any(r[2] for r in runs) else ''}: "
                  f"training check alone passes {sum(passes(variant, *run) for run in runs)}/{WRONG_SEEDS}")
        print(f"{variant} took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
