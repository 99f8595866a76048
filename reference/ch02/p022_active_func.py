from reference.perceptron import active_func, x_w_sum

__all__ = ["active_func", "x_w_sum"]
