"""How much faster is batched inference? `python benchmarks/bench_mnist_inference.py [data folder]`

Times the book's network on the 10,000 MNIST test images three ways, in one run: one image at a time (the
for loop of problem 87), 100 images per matrix product (problem 100), and all 10,000 at once. The data comes
from the folder given (holding mnist/t10k-*.gz and sample_weight.pkl), else ../shared/data, else the cache
(downloading it if needed). All three must count the same number of right answers.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from dataset import mnist
from dataset._files import fetch
from dataset.sample_weight import load_sample_weight
from reference.mnist_inference import count_correct_batched, count_correct_loop

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
TEST_FILES = ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")


def load_test_set(folder: Path | None):
    """(x_test, t_test, network), checked by the product's own hashes (copied into a scratch cache first)."""
    if folder is None:
        _, (x, t) = mnist.load_mnist(normalize=True, flatten=True)
        return x, t, load_sample_weight()
    cache = Path(tempfile.mkdtemp(prefix="dlscratch-bench-"))
    (cache / "mnist").mkdir()
    for name in TEST_FILES:
        shutil.copy(folder / "mnist" / name, cache / "mnist" / name)
    shutil.copy(folder / "sample_weight.pkl", cache / "sample_weight.pkl")
    images, labels = (mnist.parse_idx(fetch(n, mnist.FILES[n], cache / "mnist", ())) for n in TEST_FILES)
    network = load_sample_weight(data_dir=cache)
    shutil.rmtree(cache)
    return images.reshape(-1, 784).astype("float32") / 255.0, labels, network


def best_of(repeats: int, run) -> tuple[float, int]:
    """The fastest of `repeats` runs (the least disturbed by other work), and the count it returned."""
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED if (SHARED / "sample_weight.pkl").is_file() else None
    x, t, network = load_test_set(folder)
    runs = {
        "loop, 1 image at a time": (1, lambda: count_correct_loop(network, x, t)),
        "batches of 100": (5, lambda: count_correct_batched(network, x, t, 100)),
        f"one batch of {len(x)}": (5, lambda: count_correct_batched(network, x, t, len(x))),
    }
    results = {label: best_of(repeats, run) for label, (repeats, run) in runs.items()}
    loop_time = results["loop, 1 image at a time"][0]
    print(f"{len(x)} test images, data from {folder or 'the cache'}")
    print(f"{'':28} {'seconds':>9} {'speed-up':>9} {'correct':>8}")
    for label, (seconds, correct) in results.items():
        print(f"{label:28} {seconds:9.4f} {loop_time / seconds:8.1f}x {correct:8d}")
    if len({correct for _, correct in results.values()}) != 1:
        sys.exit("the three ways disagree on the count")


if __name__ == "__main__":
    main()
