from reference.layers import AddLayer

__all__ = ["AddLayer"]
