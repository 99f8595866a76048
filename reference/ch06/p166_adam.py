from reference.ch06.p163_sgd import Affine, Relu, SoftmaxWithLoss, TwoLayersNet, train
from reference.optimizer import Adam, watch_updates

__all__ = ["Adam", "Affine", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train", "watch_updates"]
