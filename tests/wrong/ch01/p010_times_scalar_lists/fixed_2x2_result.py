"""Mistake: the notes' fixed res = [[0, 0], [0, 0]]: right for the 2x2 example, wrong for any other size.

expect: The result is 2x2 whatever the input
"""


def times_scalar_lists(m, m2):
    res = [[0, 0], [0, 0]]
    for i in range(min(2, len(m))):
        for j in range(min(2, len(m[i]))):
            res[i][j] = m[i][j] * m2[0][0]
    return res
