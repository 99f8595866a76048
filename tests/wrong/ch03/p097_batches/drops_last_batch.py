"""Mistake: the range stops a batch early, so a last (possibly short) batch is dropped.

expect: The last batch is missing
"""


def make_batches(x, batch_size):
    return [x[i:i + batch_size] for i in range(0, len(x) - batch_size, batch_size)]
