from reference.ch06.p163_sgd import Affine, Relu, SoftmaxWithLoss, TwoLayersNet, train
from reference.optimizer import Momentum, watch_updates

__all__ = ["Affine", "Momentum", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train", "watch_updates"]
