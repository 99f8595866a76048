"""The public data package: idx parsing, load_mnist's options on the practice files, the practice files
themselves (rebuilt from their script), the restricted unpickler and the handwriting photo helper."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from dataset.handwriting import grayscale, to_mnist
from dataset.mnist import load_mnist, parse_idx
from dataset.sample_weight import SHAPES, load_sample_weight, read_weights_pickle

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
PHOTO = FIXTURES / "photos" / "handwritten_3.jpg"


@pytest.fixture
def practice(monkeypatch):
    monkeypatch.setenv("DLSCRATCH_FIXTURES", str(FIXTURES))


def idx(array: np.ndarray) -> bytes:
    return bytes([0, 0, 8, array.ndim]) + np.array(array.shape, dtype=">i4").tobytes() + array.tobytes()


def test_parse_idx_reads_the_header_shape_and_the_bytes():
    images = np.arange(24, dtype=np.uint8).reshape(2, 3, 4)
    assert np.array_equal(parse_idx(idx(images)), images)


@pytest.mark.parametrize("damage", [lambda b: b[:-1], lambda b: b + b"\0", lambda b: b"\1" + b[1:], lambda b: b[:3]])
def test_parse_idx_rejects_a_file_whose_sizes_do_not_add_up(damage):
    with pytest.raises(ValueError):
        parse_idx(damage(idx(np.zeros((2, 3), dtype=np.uint8))))


def test_load_mnist_gives_the_books_arrays(practice):
    (x_train, t_train), (x_test, t_test) = load_mnist()
    assert x_train.shape == (600, 784) and x_train.dtype == np.float32 and 0 <= x_train.min() < x_train.max() <= 1
    assert x_test.shape == (200, 784) and t_test.shape == (200,) and t_train.dtype == np.uint8
    assert t_train[0] == 5 and t_test[34] == 7  # as in MNIST, so the notes' examples read the same


def test_load_mnist_options(practice):
    (raw, _), _ = load_mnist(normalize=False, flatten=False)
    assert raw.shape == (600, 1, 28, 28) and raw.dtype == np.uint8 and raw.max() == 255
    (scaled, _), _ = load_mnist(normalize=True, flatten=True)
    assert np.allclose(scaled, raw.reshape(600, 784) / 255.0)
    (_, one_hot), (_, labels) = load_mnist(one_hot_label=True)[0], load_mnist()[1]
    assert one_hot.shape == (600, 10) and np.array_equal(one_hot.argmax(axis=1), load_mnist()[0][1])
    assert np.array_equal(one_hot.sum(axis=1), np.ones(600))
    raw[0, 0, 0, 0] = 1  # the arrays are the learner's to change, as in the book


def test_practice_files_are_rebuilt_from_the_script(tmp_path):
    """The images are integer arithmetic: the same bytes everywhere. The weights come out of np.linalg.solve, whose
    float64 result depends on the BLAS and the CPU in its last bits, so a float32 weight may land one float32 step
    away: those are compared to a few float32 steps at the weights' scale (a real change moves them by far more)."""
    script = f"import sys; sys.path.insert(0, {str(FIXTURES)!r}); import make_fixtures as m; m.main(m.Path({str(tmp_path)!r}))"
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
    for name in ["mnist/train-images-idx3-ubyte.gz", "mnist/train-labels-idx1-ubyte.gz", "mnist/t10k-images-idx3-ubyte.gz",
                 "mnist/t10k-labels-idx1-ubyte.gz"]:
        assert (tmp_path / name).read_bytes() == (FIXTURES / name).read_bytes(), name
    with np.load(tmp_path / "sample_weight.npz") as rebuilt, np.load(FIXTURES / "sample_weight.npz") as stored:
        assert rebuilt.files == stored.files
        for name in stored.files:
            assert rebuilt[name].dtype == stored[name].dtype and rebuilt[name].shape == stored[name].shape, name
            np.testing.assert_allclose(rebuilt[name], stored[name], rtol=1e-6, atol=1e-6, err_msg=name)


def test_practice_weights_have_the_books_names_and_shapes_and_recognise_the_practice_digits(practice):
    network = load_sample_weight()
    assert {k: v.shape for k, v in network.items()} == SHAPES and all(v.dtype == np.float32 for v in network.values())
    from reference.mnist_inference import count_correct_batched, get_data

    x, t = get_data()
    assert count_correct_batched(network, x, t) >= 0.85 * len(t)  # a network worth counting with


def test_the_restricted_unpickler_accepts_a_dict_of_arrays_only():
    weights = {"W1": np.ones((2, 3), dtype=np.float32), "b1": np.zeros(3)}
    assert np.array_equal(read_weights_pickle(pickle.dumps(weights))["W1"], weights["W1"])
    for refused in (pickle.dumps({"W1": np.array([object()], dtype=object)}), pickle.dumps({"cmd": os.system}),
                    pickle.dumps([np.ones(2)]), b"not a pickle"):
        with pytest.raises(ValueError):
            read_weights_pickle(refused)


def test_grayscale_weighs_colours_as_the_eye_does():
    pixel = np.array([[[255, 0, 0], [0, 255, 0], [0, 0, 255]]], dtype=np.uint8)
    assert np.allclose(grayscale(pixel), [[0.299, 0.587, 0.114]])
    assert np.allclose(grayscale(np.full((2, 2), 0.5)), 0.5)


def test_a_photo_becomes_an_mnist_image():
    digit = to_mnist(PHOTO)
    assert digit.shape == (28, 28) and digit.dtype == np.float32 and digit.min() == 0 and digit.max() == 1
    assert digit[:3].max() == digit[-3:].max() == digit[:, :3].max() == digit[:, -3:].max() == 0  # black margin
    rows, cols = np.flatnonzero(digit.max(axis=1) > 0.05), np.flatnonzero(digit.max(axis=0) > 0.05)
    assert rows[-1] - rows[0] < 22 and cols[-1] - cols[0] < 22  # in a 20x20 box (blur may add a pixel)
    ys, xs = np.indices(digit.shape)
    centre = np.array([(ys * digit).sum(), (xs * digit).sum()]) / digit.sum()
    assert np.all(np.abs(centre - 13.5) <= 1)


def test_the_practice_network_reads_the_photo_as_a_3(practice):
    from reference.mnist_inference import init_network, predict

    assert np.argmax(predict(init_network(), to_mnist(PHOTO).reshape(784))) == 3


def test_white_on_black_pictures_are_not_inverted_and_uniform_ones_are_refused():
    picture = np.zeros((40, 30))
    picture[8:30, 12:16] = 1.0  # a "1", already white on black
    digit = to_mnist(picture)
    assert digit.sum() > 0 and digit[13:15, 13:15].max() == 1
    with pytest.raises(ValueError, match="no digit"):
        to_mnist(np.full((20, 20), 0.7))
