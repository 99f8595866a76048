import numpy as np

from reference.perceptron import OR, truth_rows


def or_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    return truth_rows(OR, input_data)


__all__ = ["OR", "or_rows"]
