import numpy as np

from reference.perceptron import NAND, truth_rows


def nand_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    return truth_rows(NAND, input_data)


__all__ = ["NAND", "nand_rows"]
