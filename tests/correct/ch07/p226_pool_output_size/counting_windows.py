"""Count the window positions one by one: the first starts at 0, the next stride further, while it still fits.

style: a loop over window positions instead of the formula
"""


def pool_output_size(h, pool_h, stride):
    count, start = 0, 0
    while start + pool_h <= h:
        count += 1
        start += stride
    return count
