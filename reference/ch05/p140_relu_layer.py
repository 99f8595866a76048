from reference.layers import Relu

__all__ = ["Relu"]
