from reference.layers import Pooling
from reference.util import col2im, im2col

__all__ = ["Pooling", "col2im", "im2col"]
