import numpy as np

from reference.perceptron import AND, NAND, OR, XOR, truth_rows


def xor_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    return truth_rows(XOR, input_data)


__all__ = ["AND", "NAND", "OR", "XOR", "xor_rows"]
