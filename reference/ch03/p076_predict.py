from reference.mnist_inference import get_data, init_network, predict

__all__ = ["get_data", "init_network", "predict"]
