"""Mistake: indexes m2 with the row number i instead of the column number j.

expect: The wrong axis: it multiplies by m2[0][i]
"""


def broadcast_row_lists(m, m2):
    res = [[0] * len(m[0]) for _ in m]
    for i in range(len(m)):
        for j in range(len(m[0])):
            res[i][j] = m[i][j] * m2[0][i]
    return res
