import numpy as np


def natural_log(x: float) -> float:
    return float(np.log(x))  # np.log is base e; base 10 is np.log10
