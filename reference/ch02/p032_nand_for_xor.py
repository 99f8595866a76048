from reference.perceptron import NAND
from reference.ch02.p031_nand_gate import nand_rows  # the same task as p031

__all__ = ["NAND", "nand_rows"]
