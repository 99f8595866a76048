"""Mistake: (H + 2P - FH / S) + 1 for both sizes: only FH is divided.

expect: Operator precedence: FH / S is computed
"""
import numpy as np


def output(data, Filter, S, P):
    (H, W), (FH, FW) = data.shape[-2:], Filter.shape[-2:]
    return (H + 2 * P - FH / S) + 1, (W + 2 * P - FW / S) + 1
