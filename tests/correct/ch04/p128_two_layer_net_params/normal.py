"""np.random.normal with weight_init_std as the scale, a dict literal.

style: np.random.normal(0, std, shape)
"""
import numpy as np


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {
            'W1': np.random.normal(0.0, weight_init_std, (input_size, hidden_size)),
            'b1': np.zeros(hidden_size),
            'W2': np.random.normal(0.0, weight_init_std, (hidden_size, output_size)),
            'b2': np.zeros(output_size),
        }
