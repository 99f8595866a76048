from reference.perceptron import x_w_sum

__all__ = ["x_w_sum"]
