"""Mistake: the notes' res = [[0,0,0],[0,0,0]], right for 2x3 matrices only.

expect: The result is 2x3 whatever the input
"""


def add_lists(m, m2):
    res = [[0, 0, 0], [0, 0, 0]]
    for i in range(len(m)):
        for j in range(len(m[0])):
            res[i][j] = m[i][j] + m2[i][j]
    return res
