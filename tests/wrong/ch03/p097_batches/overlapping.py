"""Mistake: the start moves one step at a time (range(len(x))), so the batches overlap.

expect: The batches overlap
"""
def make_batches(x, batch_size):
    return [x[i:i + batch_size] for i in range(len(x))]
