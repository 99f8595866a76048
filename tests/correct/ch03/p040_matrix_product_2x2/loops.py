"""The matrix product by three nested loops.

style: triple loop
"""
import numpy as np


def matrix_product(A, B):
    n, k = A.shape
    m = B.shape[1]
    out = np.zeros((n, m), dtype=np.result_type(A, B))
    for i in range(n):
        for j in range(m):
            for p in range(k):
                out[i, j] += A[i, p] * B[p, j]
    return out
