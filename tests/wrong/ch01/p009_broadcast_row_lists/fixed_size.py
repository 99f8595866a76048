"""Mistake: the notes' res = [[0,0],[0,0]]: the 2x2 example passes, other sizes do not.

expect: The result is 2x2 whatever the input
"""


def broadcast_row_lists(m, m2):
    res = [[0, 0], [0, 0]]
    for i in range(len(m)):
        for j in range(len(m[0])):
            res[i][j] = m[i][j] * m2[0][j]
    return res
