import numpy as np

from reference.convolution import output_size


def window_sums(a: np.ndarray, size: int) -> list:
    result = []
    for i in range(output_size(a.shape[0], size)):  # (N - F) + 1 windows down ...
        for j in range(output_size(a.shape[1], size)):  # ... and across, row by row
            result.append(np.sum(a[i:i + size, j:j + size]))
    return result
