# Not graded: the picture of a 3-D convolution, in words.
#
# data (3, 5, 5) is three 5 x 5 sheets (R, G, B); Filter (3, 3, 3) is three 3 x 3 sheets, one per channel.
# Lay the filter block on a 3 x 3 x 3 block of the (padded) data: multiply the 27 pairs, add them all: one number.
# Slide the block across and down: the numbers form ONE 2-D feature map, (OH, OW) = (5, 5) with padding 1, stride 1.
