"""str.format in a comprehension.

style: str.format
"""
def batch_ranges(total, size):
    return ['{} ~ {}'.format(i, i + size) for i in range(0, total, size)]
