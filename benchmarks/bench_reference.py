"""The reference library against the book's code, in one run: medians, ratios and peak memory (issue 8).

    python benchmarks/bench_reference.py                 # against benchmarks/book_style.py
    python benchmarks/bench_reference.py --book PATH     # against a clone of the book's repository (its common/)
    python benchmarks/bench_reference.py --repeats 21 --threads 1

Every case runs the book's version and ours alternately (the order flips each repeat), on the same inputs
(float32 images, parameters drawn in float64 as the book draws them, unless the case says otherwise), so that
a busy machine slows both alike; the table shows the median of each, book / ours, and the same ratio of CPU
times. It prints what it measured, never an expected figure; the targets of issue 8 are listed beside the ratios
for reading.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

# Thread counts are pinned before NumPy loads its BLAS (the --threads flag, default 1): both sides get the same.
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def _pin_threads(argv: list[str]) -> str:
    threads = "1"
    for i, arg in enumerate(argv):
        if arg == "--threads" and i + 1 < len(argv):
            threads = argv[i + 1]
        elif arg.startswith("--threads="):
            threads = arg.split("=", 1)[1]
    for name in _THREAD_VARS:
        os.environ[name] = threads
    return threads


_pin_threads(sys.argv)

import statistics  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from types import SimpleNamespace  # noqa: E402
from typing import Any, Callable  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BATCH = 100
EPOCH_SAMPLES = 60_000


# -- the two libraries, behind one set of names --------------------------------------------------------------

def _load_file(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def book_library(path: str | None) -> SimpleNamespace:
    """The book's im2col, col2im, Convolution, Pooling, SimpleConvNet (ch07) and TwoLayerNet (ch05)."""
    if path is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import book_style as lib
        return SimpleNamespace(source="benchmarks/book_style.py", im2col=lib.im2col, col2im=lib.col2im,
                               Convolution=lib.Convolution, Pooling=lib.Pooling,
                               SimpleConvNet=lib.SimpleConvNet, TwoLayerNet=lib.TwoLayerNet)
    book = Path(path).resolve()
    if not (book / "common" / "layers.py").is_file():
        raise SystemExit(f"--book {path}: no common/layers.py there (give the root of a clone of the book's repository)")
    sys.path.insert(0, str(book))  # the book's own files import `common.*`
    from common import layers, util
    convnet = _load_file("book_simple_convnet", book / "ch07" / "simple_convnet.py")
    two_layer = _load_file("book_two_layer_net", book / "ch05" / "two_layer_net.py")
    return SimpleNamespace(source=str(book), im2col=util.im2col, col2im=util.col2im,
                           Convolution=layers.Convolution, Pooling=layers.Pooling,
                           SimpleConvNet=convnet.SimpleConvNet, TwoLayerNet=two_layer.TwoLayerNet)


def our_library() -> SimpleNamespace:
    from reference import layers, simple_convnet, two_layer_net, util
    return SimpleNamespace(source="reference/", im2col=util.im2col, col2im=util.col2im,
                           Convolution=layers.Convolution, Pooling=layers.Pooling,
                           SimpleConvNet=simple_convnet.SimpleConvNet, TwoLayerNet=two_layer_net.BackpropTwoLayerNet)


# -- the cases: each builds its inputs (seeded, the same for both) and returns the work to time ---------------

def _rng() -> np.random.Generator:
    return np.random.default_rng(0)


def _images(shape: tuple[int, ...], dtype: Any = np.float32) -> np.ndarray:
    return _rng().random(shape).astype(dtype)


def _labels(n: int) -> np.ndarray:
    return _rng().integers(0, 10, n)


def _one_hot(labels: np.ndarray) -> np.ndarray:
    return np.eye(10)[labels]


def convnet_gradient(lib: SimpleNamespace, params_dtype: Any = np.float64) -> Callable[[], Any]:
    np.random.seed(0)
    net = lib.SimpleConvNet()
    if params_dtype != np.float64:  # new arrays: the layers are pointed at them
        for key in net.params:
            net.params[key] = net.params[key].astype(params_dtype)
        _rebind_convnet(net)
    x, t = _images((BATCH, 1, 28, 28)), _labels(BATCH)
    return lambda: net.gradient(x, t)


def _rebind_convnet(net: Any) -> None:
    for i, name in ((1, "Conv1"), (2, "Affine1"), (3, "Affine2")):
        net.layers[name].W, net.layers[name].b = net.params[f"W{i}"], net.params[f"b{i}"]


def pooling(lib: SimpleNamespace, dtype: Any = np.float32) -> Callable[[], Any]:
    x = _rng().standard_normal((BATCH, 30, 24, 24)).astype(dtype)
    dout = _rng().standard_normal((BATCH, 30, 12, 12)).astype(dtype)

    def run() -> Any:
        layer = lib.Pooling(2, 2, stride=2)
        return layer.forward(x), layer.backward(dout.copy())  # a copy: the book's backward may write into dout
    return run


def convolution(lib: SimpleNamespace) -> Callable[[], Any]:
    W, b = 0.01 * _rng().standard_normal((30, 1, 5, 5)), np.zeros(30)
    x = _images((BATCH, 1, 28, 28))
    dout = _rng().standard_normal((BATCH, 30, 24, 24))

    def run() -> Any:
        layer = lib.Convolution(W, b)
        out = layer.forward(x)
        return out, layer.backward(dout), layer.dW, layer.db
    return run


def im2col_alone(lib: SimpleNamespace) -> Callable[[], Any]:
    x = _images((BATCH, 1, 28, 28))
    return lambda: lib.im2col(x, 5, 5, 1, 0)


def col2im_alone(lib: SimpleNamespace) -> Callable[[], Any]:
    col = _rng().standard_normal((BATCH * 24 * 24, 25))
    return lambda: lib.col2im(col, (BATCH, 1, 28, 28), 5, 5, 1, 0)


def im2col_pool_shape(lib: SimpleNamespace) -> Callable[[], Any]:
    x = _rng().standard_normal((BATCH, 30, 24, 24))
    return lambda: lib.im2col(x, 2, 2, 2, 0)


def col2im_pool_shape(lib: SimpleNamespace) -> Callable[[], Any]:
    col = _rng().standard_normal((BATCH * 12 * 12, 30 * 4))
    return lambda: lib.col2im(col, (BATCH, 30, 24, 24), 2, 2, 2, 0)


def two_layer_gradient(lib: SimpleNamespace) -> Callable[[], Any]:
    np.random.seed(0)
    net = lib.TwoLayerNet(784, 50, 10)
    x, t = _images((BATCH, 784)), _one_hot(_labels(BATCH))
    return lambda: net.gradient(x, t)


_EPOCH_DATA: dict[str, np.ndarray] = {}


def _epoch_data() -> dict[str, np.ndarray]:
    """Synthetic data of MNIST's shape: 60,000 training and 10,000 test images in [0, 1), one-hot labels."""
    if not _EPOCH_DATA:
        rng = _rng()
        _EPOCH_DATA.update(x_train=rng.random((EPOCH_SAMPLES, 784), dtype=np.float32),
                           t_train=np.eye(10)[rng.integers(0, 10, EPOCH_SAMPLES)],
                           x_test=rng.random((10_000, 784), dtype=np.float32),
                           t_test=np.eye(10)[rng.integers(0, 10, 10_000)])
    return _EPOCH_DATA


def book_epoch(lib: SimpleNamespace) -> Callable[[], Any]:
    """The book's training loop (ch05/train_neuralnet.py) for one epoch: 600 steps of 100, accuracies once."""
    d = _epoch_data()

    def run() -> Any:
        np.random.seed(0)
        network = lib.TwoLayerNet(input_size=784, hidden_size=50, output_size=10)
        train_size, batch_size, learning_rate = d["x_train"].shape[0], BATCH, 0.1
        iter_per_epoch = max(train_size / batch_size, 1)
        train_loss_list, train_acc_list, test_acc_list = [], [], []
        for i in range(int(iter_per_epoch)):
            batch_mask = np.random.choice(train_size, batch_size)
            x_batch, t_batch = d["x_train"][batch_mask], d["t_train"][batch_mask]
            grad = network.gradient(x_batch, t_batch)
            for key in ("W1", "b1", "W2", "b2"):
                network.params[key] -= learning_rate * grad[key]
            train_loss_list.append(network.loss(x_batch, t_batch))
            if i % iter_per_epoch == 0:
                train_acc_list.append(network.accuracy(d["x_train"], d["t_train"]))
                test_acc_list.append(network.accuracy(d["x_test"], d["t_test"]))
        return network.params
    return run


def our_epoch(lib: SimpleNamespace) -> Callable[[], Any]:
    """reference.trainer.train for the same epoch (same seed, so the same batches)."""
    from reference.trainer import train
    d = _epoch_data()

    def run() -> Any:
        np.random.seed(0)
        network = lib.TwoLayerNet(784, 50, 10)
        train(network, d["x_train"], d["t_train"], d["x_test"], d["t_test"], EPOCH_SAMPLES // BATCH, BATCH, 0.1,
              grad=network.gradient)
        return network.params
    return run


@dataclass
class Case:
    name: str
    target: str  # the target, printed beside the ratio
    book: Callable[[SimpleNamespace], Callable[[], Any]]
    ours: Callable[[SimpleNamespace], Callable[[], Any]] | None = None  # None: the same builder for both
    heavy: bool = False  # few repeats


CASES = [
    Case("SimpleConvNet.gradient (batch 100)", ">= 3x", convnet_gradient),
    Case("Pooling fwd+bwd 2x2/2 (100,30,24,24)", ">= 5x", pooling),
    Case("Convolution fwd+bwd 30x5x5 (100,1,28,28)", ">= 2x", convolution),
    Case("im2col 5x5 on (100,1,28,28)", ">= 2x", im2col_alone),
    Case("col2im 5x5 to (100,1,28,28)", ">= 2x", col2im_alone),
    Case("TwoLayerNet.gradient 784-50-10 (batch 100)", ">= 1.3x", two_layer_gradient),
    Case("TwoLayerNet, one epoch of 60,000", ">= 1.5x", book_epoch, our_epoch, heavy=True),
    # Not targets of the issue: how much the dtype policy and the pooling shapes account for.
    Case("  SimpleConvNet.gradient, float32 params", "-", lambda lib: convnet_gradient(lib, np.float32)),
    Case("  Pooling fwd+bwd, float64 input", "-", lambda lib: pooling(lib, np.float64)),
    Case("  im2col 2x2/2 on (100,30,24,24)", "-", im2col_pool_shape),
    Case("  col2im 2x2/2 to (100,30,24,24)", "-", col2im_pool_shape),
]


# -- measuring ---------------------------------------------------------------------------------------------------

def timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall-clock and CPU seconds of one run: on a machine shared with other work, the process's CPU time counts
    only the time it ran, so it is the steadier of the two (BLAS is pinned to one thread by default)."""
    started, started_cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - started, time.process_time() - started_cpu, result


def largest_difference(a: Any, b: Any) -> float:
    """The largest |a - b| / max(1, |b|) over two results of the same structure (arrays, tuples, dicts)."""
    if isinstance(a, dict):
        return max(largest_difference(a[k], b[k]) for k in b)
    if isinstance(a, (tuple, list)):
        return max(largest_difference(x, y) for x, y in zip(a, b))
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        return float("inf")
    return float(np.max(np.abs(a - b) / np.maximum(1.0, np.abs(b)))) if a.size else 0.0


def peak_bytes(run: Callable[[], Any]) -> int:
    run()  # once untraced, so lazy imports and caches are not counted
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(case: Case, book: SimpleNamespace, ours: SimpleNamespace, repeats: int) -> dict[str, Any]:
    runs = {"book": case.book(book), "ours": (case.ours or case.book)(ours)}
    times: dict[str, list[float]] = {"book": [], "ours": []}
    cpu_times: dict[str, list[float]] = {"book": [], "ours": []}
    results: dict[str, Any] = {}
    for name, run in runs.items():  # a warm-up each
        results[name] = run()
    for i in range(repeats):
        for name in (("book", "ours") if i % 2 == 0 else ("ours", "book")):
            seconds, cpu_seconds, results[name] = timed(runs[name])
            times[name].append(seconds)
            cpu_times[name].append(cpu_seconds)
    book_s, ours_s = statistics.median(times["book"]), statistics.median(times["ours"])
    cpu_ratio = statistics.median(cpu_times["book"]) / max(statistics.median(cpu_times["ours"]), 1e-9)
    return {"book": book_s, "ours": ours_s, "ratio": book_s / ours_s, "cpu_ratio": cpu_ratio,
            "difference": largest_difference(results["ours"], results["book"])}


def versions(threads: str) -> None:
    print(f"Python {sys.version.split()[0]}, NumPy {np.__version__}; "
          f"threads pinned to {threads} ({', '.join(f'{v}={os.environ[v]}' for v in _THREAD_VARS)})")
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        print("BLAS (threadpoolctl is not installed: numpy's build configuration):")
        np.show_config()
        return
    for pool in threadpool_info():
        print(f"  {pool.get('internal_api')} {pool.get('version')} ({pool.get('user_api')}), "
              f"{pool.get('num_threads')} thread(s), {pool.get('threading_layer', '')} {pool.get('architecture', '')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", metavar="PATH", help="root of a clone of the book's repository (its common/ is timed)")
    parser.add_argument("--repeats", type=int, default=15, help="timed runs per case and side (default 15)")
    parser.add_argument("--epoch-repeats", type=int, default=3, help="timed runs of the one-epoch case (default 3)")
    parser.add_argument("--threads", default="1", help="BLAS / OpenMP threads, pinned before NumPy loads (default 1)")
    parser.add_argument("--only", metavar="WORD", help="only the cases whose name contains WORD")
    args = parser.parse_args()
    book, ours = book_library(args.book), our_library()
    versions(args.threads)
    print(f"book: {book.source}   ours: {ours.source}   medians over {args.repeats} runs each "
          f"({args.epoch_repeats} for the epoch), book and ours interleaved\n")
    header = (f"{'case':44} {'book ms':>9} {'ours ms':>9} {'book/ours':>9} {'cpu b/o':>8} {'target':>8} "
              f"{'max diff':>9}")
    print(header)
    print("-" * len(header))
    for case in CASES:
        if args.only and args.only.lower() not in case.name.lower():
            continue
        m = measure(case, book, ours, args.epoch_repeats if case.heavy else args.repeats)
        print(f"{case.name:44} {m['book'] * 1e3:9.2f} {m['ours'] * 1e3:9.2f} {m['ratio']:8.2f}x "
              f"{m['cpu_ratio']:7.2f}x {case.target:>8} {m['difference']:9.1e}", flush=True)
    if not args.only or "memory" in args.only.lower():
        book_peak, our_peak = peak_bytes(convnet_gradient(book)), peak_bytes(convnet_gradient(ours))
        print(f"{'peak memory SimpleConvNet.gradient (MiB)':44} {book_peak / 2**20:9.2f} {our_peak / 2**20:9.2f} "
              f"{book_peak / our_peak:8.2f}x {'':>8} {'>= 1x':>8}")
    print("\nbook/ours > 1: ours is faster (or, for memory, smaller). book ms, ours ms and book/ours: wall-clock "
          "medians;\ncpu b/o: the same ratio of CPU-time medians (steadier when other work shares the machine). "
          "max diff:\nlargest |ours - book| / max(1, |book|).")


if __name__ == "__main__":
    main()
