import numpy as np


def log10(x: float) -> float:
    # math.log(x, 10) computes ln(x) / ln(10) and may differ in the last digit; np.log10 is direct.
    return float(np.log10(x))
