"""MNIST, loaded as in the book: `from dataset.mnist import load_mnist`.

    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)

The first call downloads the four idx files (about 11 MB) into a cache folder and checks them; later
calls read the cache. While grading, small practice files made by `fixtures/make_fixtures.py` are read
instead (600 training and 200 test images of the same format), so a check sees different numbers than
the book's 60,000 / 10,000.
"""
from __future__ import annotations

import os

import numpy as np

from dataset._files import DataUnavailable, answering, data_folder, fetch, fixture_file, mirrors, read_content

MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist",
    "https://storage.googleapis.com/cvdf-datasets/mnist",
    "http://yann.lecun.com/exdb/mnist",
)

# SHA-256 of each file's decompressed content: the same for every mirror, recompressed or not.
FILES = {
    "train-images-idx3-ubyte.gz": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    "train-labels-idx1-ubyte.gz": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    "t10k-images-idx3-ubyte.gz": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    "t10k-labels-idx1-ubyte.gz": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
}
IMAGE_SIZE = 28 * 28

__all__ = ["DataUnavailable", "load_mnist", "parse_idx"]


def parse_idx(content: bytes) -> np.ndarray:
    """An idx file (LeCun's format): 2 zero bytes, a type byte (0x08 = uint8), the number of axes, then each
    axis' length as a big-endian int32, then the values. Raises ValueError when the sizes do not add up."""
    if len(content) < 4 or content[:2] != b"\0\0" or content[2] != 0x08:
        raise ValueError("not an idx file of unsigned bytes")
    ndim = content[3]
    header = 4 + 4 * ndim
    shape = tuple(int(n) for n in np.frombuffer(content, dtype=">i4", count=ndim, offset=4))
    if len(content) != header + int(np.prod(shape)):
        raise ValueError(f"idx header says {shape}, but the file holds {len(content) - header} values")
    return np.frombuffer(content, dtype=np.uint8, offset=header).reshape(shape).copy()  # writable, as the book's


def _raw_files(data_dir: str | os.PathLike | None) -> dict[str, bytes]:
    """The four files' contents: the grader's practice files, else the verified cache (downloading what is missing)."""
    practice = {name: fixture_file(f"mnist/{name}") for name in FILES}
    if all(practice.values()):
        return {name: read_content(path) for name, path in practice.items()}
    folder = data_folder(data_dir) / "mnist"
    bases = mirrors(MIRRORS)
    absent = [name for name in FILES if not (folder / name).is_file()]
    if absent:  # one probe of every mirror before the four files: a network that drops packets is said at once
        try:
            folder.mkdir(parents=True, exist_ok=True)  # where the message says to put the files
        except OSError:
            pass  # fetch names the folder's own problem
        bases, silent = answering(bases, absent[0])
        if not bases:
            raise DataUnavailable(absent, folder, silent, offline=True)
    contents, missing, reasons = {}, [], []
    for name, sha256 in FILES.items():
        try:
            contents[name] = fetch(name, sha256, folder, bases)
        except DataUnavailable as error:
            missing.append(name)
            reasons += error.reasons
    if missing:
        raise DataUnavailable(missing, folder, reasons)
    return contents


def _one_hot(labels: np.ndarray) -> np.ndarray:
    encoded = np.zeros((labels.size, 10))  # float64, as the book's
    encoded[np.arange(labels.size), labels] = 1.0
    return encoded


def load_mnist(normalize: bool = True, flatten: bool = True, one_hot_label: bool = False,
               data_dir: str | os.PathLike | None = None
               ) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """MNIST as ((x_train, t_train), (x_test, t_test)), with the book's options.

    normalize: pixels as float32 in 0.0-1.0 (else uint8 0-255).
    flatten: each image a row of 784 values (else an array of shape (1, 28, 28)).
    one_hot_label: each label a row of 10 floats with a single 1.0 (else the digit, uint8).
    data_dir: where the downloaded files are kept (default: $DLSCRATCH_DATA_DIR or the user cache folder).
    """
    try:
        raw = _raw_files(data_dir)
    except DataUnavailable as error:  # raised again here, so the learner's traceback is one line of ours
        raise DataUnavailable(error.names, error.folder, error.reasons, error.offline) from None
    sets = []
    for prefix in ("train", "t10k"):
        images = parse_idx(raw[f"{prefix}-images-idx3-ubyte.gz"]).reshape(-1, IMAGE_SIZE)
        labels = parse_idx(raw[f"{prefix}-labels-idx1-ubyte.gz"])
        if normalize:
            images = images.astype(np.float32) / 255.0
        if not flatten:
            images = images.reshape(-1, 1, 28, 28)  # (images, channels, height, width), as in the book
        sets.append((images, _one_hot(labels) if one_hot_label else labels))
    return sets[0], sets[1]
