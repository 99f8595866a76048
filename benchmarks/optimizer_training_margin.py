"""How far is correct code from p163-p172's training thresholds? `python benchmarks/optimizer_training_margin.py [SEEDS] [PROBLEM ...]`

Runs train(...) as each problem's training check does (grader.problems.optimizers.TRAIN: the optimizer, the steps,
the practice MNIST, np.random seeded as the worker seeds it) under seeds 0 .. SEEDS-1, for the reference and every
correct solution in tests/correct/ch06, and prints per solution the largest ratio of the last 10 steps' mean loss to
the first 10 steps' and the lowest test accuracy (scored by the grader's own code), beside the thresholds. Then the
wrong solutions in tests/wrong/ch06 over the first 5 seeds, and how many of their runs the training check alone would
pass: one with its own train as it is; one that writes only its optimizer (a wrong update) with that optimizer in the
reference's train. Those that write only a layer or the network are left out (no train to run; other checks name them).
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
from types import ModuleType

import numpy as np

from grader.catalog import by_id
from grader.problems.optimizers import BATCH, TRAIN
from grader.problems.three_layer_net import score
from grader.workspace import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
LOSS_RATIO = 0.8  # grader.problems.three_layer_net.trained: the last 10 steps' mean loss below 0.8 of the first 10's
WRONG_SEEDS = 5


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"solution_{abs(hash(path))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def one_run(module: ModuleType, trainer: ModuleType, problem: str, seed: int) -> tuple[float, float]:
    """(last 10 / first 10 mean loss, test accuracy) of `trainer`'s train with `module`'s optimizer under `seed`; nan for
    a run that raised."""
    training = TRAIN[problem]
    np.random.seed(seed)
    random.seed(seed)
    try:
        with np.errstate(all="ignore"), contextlib.redirect_stdout(None):
            optimizer = getattr(module, training.optimizer)(*training.optimizer_args)
            params, history = trainer.train(optimizer, training.steps, BATCH, *training.train_args)
            losses = np.asarray(history["train_loss"], dtype=float)
            accuracy = score(training.net, {k: np.asarray(v, dtype=float) for k, v in params.items()}, training.dropout)
    except Exception:  # noqa: BLE001  a wrong solution may crash: that run fails
        return float("nan"), float("nan")
    return float(losses[-10:].mean() / losses[:10].mean()), accuracy


def passes(ratio: float, accuracy: float, problem: str) -> bool:
    return bool(ratio < LOSS_RATIO and accuracy >= TRAIN[problem].at_least)  # nan fails both


def reference(problem: str) -> ModuleType:
    return importlib.import_module(f"reference.ch06.{problem}_{by_id()[problem].slug}")


def solutions(problem: str, kind: str) -> list[Path]:
    return sorted((ROOT / "tests" / kind / "ch06" / f"{problem}_{by_id()[problem].slug}").glob("*.py"))


def wrong_runs(problem: str) -> list[tuple[str, ModuleType, ModuleType]]:
    """(name, the module whose optimizer is used, the module whose train is run) for each wrong solution that trains."""
    runs = []
    for path in solutions(problem, "wrong"):
        module = load(path)
        not_written = getattr(module, "NotWritten", None)  # what the wrong solutions put where they leave the stub alone
        if module.train.__code__.co_varnames[:1] != ("args",):
            runs.append((path.stem, module, module))
        elif getattr(module, TRAIN[problem].optimizer, not_written) is not not_written:
            runs.append((f"{path.stem} (reference train)", module, reference(problem)))
    return runs


def main() -> None:
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    problems = sys.argv[2:] or list(TRAIN)
    os.environ["DLSCRATCH_FIXTURES"] = str(FIXTURES)
    print(f"numpy {np.__version__}, OPENBLAS_NUM_THREADS=1; seeds 0..{seeds - 1}; batch {BATCH}; "
          f"a run passes with loss ratio < {LOSS_RATIO} and accuracy >= the problem's")
    for problem in problems:
        training = TRAIN[problem]
        started = time.perf_counter()
        correct = [("reference", reference(problem))] + [(path.stem, load(path)) for path in solutions(problem, "correct")]
        for name, module in correct:
            runs = np.array([one_run(module, module, problem, seed) for seed in range(seeds)])
            print(f"{problem} {training.made():18s} {training.steps} steps  {name:14s} loss ratio worst {np.nanmax(runs[:, 0]):.3f}, "
                  f"accuracy worst {np.nanmin(runs[:, 1]):.3f} (>= {training.at_least}); "
                  f"{sum(passes(r, a, problem) for r, a in runs)}/{seeds} pass")
        for name, module, trainer in wrong_runs(problem):
            runs = np.array([one_run(module, trainer, problem, seed) for seed in range(WRONG_SEEDS)])
            print(f"{problem}   wrong {name:42s} loss ratio {' '.join(f'{r:.2f}' for r in runs[:, 0])}, accuracy "
                  f"{' '.join(f'{a:.2f}' for a in runs[:, 1])}: training check alone passes "
                  f"{sum(passes(r, a, problem) for r, a in runs)}/{WRONG_SEEDS}")
        print(f"{problem} took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
