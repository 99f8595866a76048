import numpy as np

from reference.perceptron import AND, truth_rows


def and_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    return truth_rows(AND, input_data)


__all__ = ["AND", "and_rows"]
