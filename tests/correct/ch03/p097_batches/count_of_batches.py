"""The number of batches computed first (rounded up), then batch i is rows i*size to (i+1)*size.

style: math.ceil for the batch count, slices by batch number
"""
import math


def make_batches(x, batch_size):
    return [x[i * batch_size:(i + 1) * batch_size] for i in range(math.ceil(len(x) / batch_size))]
