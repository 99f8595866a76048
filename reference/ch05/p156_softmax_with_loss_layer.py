from reference.functions import cross_entropy_error, softmax
from reference.layers import SoftmaxWithLoss

__all__ = ["SoftmaxWithLoss", "cross_entropy_error", "softmax"]
