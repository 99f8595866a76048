"""p035: the sigmoid 1 / (1 + exp(-x)).

The library's version computes the same values from exp(-|x|), so that exp never overflows (the plain
formula is right too, but warns "overflow in exp" for x below about -709)."""
from reference.functions import sigmoid

__all__ = ["sigmoid"]
