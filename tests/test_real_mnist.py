"""The real MNIST test set and the book's weights, when ../shared/data holds them: 9352 of 10,000 right.

The files are copied into a temporary cache folder and go through the product's own checks (the SHA-256 of
the decompressed idx files, the pickle's SHA-256, the restricted unpickler), exactly as after a download.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from dataset import mnist, sample_weight
from dataset._files import fetch

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TEST_FILES = ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not all((DATA / "mnist" / n).is_file() for n in TEST_FILES) or not (DATA / "sample_weight.pkl").is_file(),
                       reason=f"the real MNIST test set and sample_weight.pkl are not in {DATA}"),
]


def test_the_books_network_recognises_9352_of_the_10000_test_images(tmp_path, monkeypatch):
    monkeypatch.delenv("DLSCRATCH_FIXTURES", raising=False)
    monkeypatch.setenv("DLSCRATCH_MIRRORS", "http://127.0.0.1:9/offline")  # must come from the cache, not a download
    (tmp_path / "mnist").mkdir()
    for name in TEST_FILES:
        shutil.copy(DATA / "mnist" / name, tmp_path / "mnist" / name)
    shutil.copy(DATA / "sample_weight.pkl", tmp_path / "sample_weight.pkl")

    # The recompressed .gz files verify: the checksum is of the decompressed content.
    images, labels = (mnist.parse_idx(fetch(n, mnist.FILES[n], tmp_path / "mnist", ())) for n in TEST_FILES)
    network = sample_weight.load_sample_weight(data_dir=tmp_path)
    assert (tmp_path / "sample_weight.npz").is_file()

    from reference.mnist_inference import count_correct_batched, count_correct_loop

    x = images.reshape(-1, 784).astype(np.float32) / 255.0
    assert x.shape == (10000, 784) and labels.shape == (10000,)
    batched = count_correct_batched(network, x, labels, batch_size=100)
    assert batched == 9352
    assert count_correct_batched(network, x, labels, batch_size=len(x)) == 9352
    assert count_correct_loop(network, x, labels) == batched
