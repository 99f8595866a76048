# OH = (H + 2P - FH) / S + 1
# (OH - 1) S = H + 2P - FH          subtract 1 from both sides, multiply by S
# 2P = (OH - 1) S - H + FH          move H and FH to the other side
# P = ((OH - 1) S - H + FH) / 2     (the notes' ((OH-1)S - (1-F)H)/2 is a typo)
#
# H = 4, FH = 3, OH = 4, S = 1:  P = (3 - 4 + 3) / 2 = 1
