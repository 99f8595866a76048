from reference.layers import Affine

__all__ = ["Affine"]
