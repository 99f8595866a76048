from reference.mnist_inference import get_data

__all__ = ["get_data"]
