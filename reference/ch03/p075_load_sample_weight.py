from reference.mnist_inference import init_network

__all__ = ["init_network"]
