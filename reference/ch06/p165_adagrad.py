from reference.ch06.p163_sgd import Affine, Relu, SoftmaxWithLoss, TwoLayersNet, train
from reference.optimizer import AdaGrad, watch_updates

__all__ = ["AdaGrad", "Affine", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train", "watch_updates"]
