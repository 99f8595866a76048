from reference.layers import Sigmoid

__all__ = ["Sigmoid"]
