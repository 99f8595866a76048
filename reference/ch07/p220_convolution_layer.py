from reference.layers import Convolution
from reference.util import col2im, im2col

__all__ = ["Convolution", "col2im", "im2col"]
