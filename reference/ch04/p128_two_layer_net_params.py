from reference.two_layer_net import TwoLayerNet

__all__ = ["TwoLayerNet"]
