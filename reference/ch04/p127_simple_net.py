from reference.functions import cross_entropy_error, softmax
from reference.simple_net import simpleNet

__all__ = ["cross_entropy_error", "simpleNet", "softmax"]
