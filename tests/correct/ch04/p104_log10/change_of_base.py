"""log10 as ln(x) / ln(10).

style: change of base
"""
import numpy as np


def log10(x):
    return float(np.log(x) / np.log(10))
