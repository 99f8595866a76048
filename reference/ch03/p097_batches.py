from reference.mnist_inference import batches as make_batches

__all__ = ["make_batches"]
