from reference.perceptron import AND

__all__ = ["AND"]
