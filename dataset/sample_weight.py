"""The book's pretrained MNIST weights (`ch03/sample_weight.pkl`), as a dict of NumPy arrays.

    from dataset.sample_weight import load_sample_weight
    network = load_sample_weight()      # {'W1': (784, 50), 'b1': (50,), 'W2': (50, 100), ... 'b3': (10,)}

The book's file is a pickle, and unpickling runs whatever code the file names. So it is downloaded,
checked against its SHA-256, read by an unpickler that accepts only NumPy arrays in a dict, and stored
once as `.npz` (plain arrays, read with `allow_pickle=False`). While grading, the practice weights
`sample_weight.npz` (same names and shapes, made from a seed) are read instead.
"""
from __future__ import annotations

import io
import os
import pickle
from pathlib import Path

import numpy as np

from dataset._files import DataUnavailable, data_folder, fetch, fixture_file, mirrors, write_atomically

MIRRORS = (
    "https://raw.githubusercontent.com/oreilly-japan/deep-learning-from-scratch/master/ch03",
    "https://raw.githubusercontent.com/WegraLee/deep-learning-from-scratch/master/ch03",
)
PICKLE_NAME = "sample_weight.pkl"
PICKLE_SHA256 = "b7f55a27988ba34c3777b0f1bbd464817c8a4db855723e6ff26f703501917a13"
SHAPES = {"W1": (784, 50), "b1": (50,), "W2": (50, 100), "b2": (100,), "W3": (100, 10), "b3": (10,)}

__all__ = ["DataUnavailable", "load_sample_weight", "read_weights_pickle"]

# The only globals a pickled ndarray needs. `_reconstruct` moved from numpy.core to numpy._core in NumPy 2;
# both spellings name the one function every array's own __reduce__ points to.
_RECONSTRUCT = np.ndarray.__reduce__(np.zeros(1))[0]
_ALLOWED = {
    ("numpy.core.multiarray", "_reconstruct"): _RECONSTRUCT,
    ("numpy._core.multiarray", "_reconstruct"): _RECONSTRUCT,
    ("numpy", "ndarray"): np.ndarray,
    ("numpy", "dtype"): np.dtype,
}


class _ArraysOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        try:
            return _ALLOWED[module, name]
        except KeyError:
            raise pickle.UnpicklingError(f"refusing {module}.{name}: only NumPy arrays are allowed") from None


def read_weights_pickle(content: bytes) -> dict[str, np.ndarray]:
    """A pickled dict of numeric NumPy arrays, read without running anything else; ValueError otherwise."""
    try:
        weights = _ArraysOnly(io.BytesIO(content)).load()
    except Exception as error:  # a hostile or broken pickle can raise almost anything
        raise ValueError(f"not a pickle of NumPy arrays: {error}") from None
    if not isinstance(weights, dict) or not all(
            isinstance(k, str) and type(v) is np.ndarray and not v.dtype.hasobject for k, v in weights.items()):
        raise ValueError("the pickle does not hold a dict of numeric arrays")
    return weights


def _read_npz(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as stored:
        weights = {name: stored[name] for name in stored.files}
    if {name: w.shape for name, w in weights.items()} != SHAPES:
        raise ValueError(f"{path.name}: not the 784-50-100-10 weights")
    return weights


def _save_npz(path: Path, weights: dict[str, np.ndarray]) -> None:
    def write(temporary: Path) -> None:
        with open(temporary, "wb") as stream:  # a file object: np.savez would add ".npz" to a name
            np.savez(stream, **weights)

    write_atomically(path, write)


def load_sample_weight(data_dir: str | os.PathLike | None = None) -> dict[str, np.ndarray]:
    """The book's weights: W1 (784, 50), b1 (50,), W2 (50, 100), b2 (100,), W3 (100, 10), b3 (10,), float32."""
    practice = fixture_file("sample_weight.npz")
    if practice:
        return _read_npz(practice)
    folder = data_folder(data_dir)
    converted = folder / "sample_weight.npz"
    if converted.is_file():
        try:
            return _read_npz(converted)
        except (OSError, ValueError):  # damaged: convert the verified pickle again
            converted.unlink(missing_ok=True)
    try:
        content = fetch(PICKLE_NAME, PICKLE_SHA256, folder, mirrors(MIRRORS))
    except DataUnavailable as error:  # raised again here, so the learner's traceback is one line of ours
        raise DataUnavailable(error.names, error.folder, error.reasons) from None
    weights = read_weights_pickle(content)
    _save_npz(converted, weights)
    return weights
