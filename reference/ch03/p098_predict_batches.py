from reference.mnist_inference import predict, predict_digits as predict_batches

__all__ = ["predict", "predict_batches"]
