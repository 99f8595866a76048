from reference.functions import cross_entropy_error, softmax
from reference.gradient import numerical_gradient
from reference.layers import Affine, Relu, SoftmaxWithLoss
from reference.two_layer_net import BackpropTwoLayerNet as TwoLayerNet

__all__ = ["Affine", "Relu", "SoftmaxWithLoss", "TwoLayerNet", "cross_entropy_error", "numerical_gradient", "softmax"]
