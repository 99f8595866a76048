import numpy as np

from reference.convolution import output_size


def output(data: np.ndarray, Filter: np.ndarray, S: int, P: int) -> tuple:
    (H, W), (FH, FW) = data.shape[-2:], Filter.shape[-2:]  # height and width are the last two axes, in 3-D and 4-D
    return output_size(H, FH, S, P), output_size(W, FW, S, P)
