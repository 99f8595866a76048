# A self-check (not graded): the shapes through the book's SimpleConvNet for one MNIST batch of N images.
#
# (N, 1, 28, 28) --Conv1 (30 filters 5x5)--> (N, 30, 24, 24) --Relu1--> (N, 30, 24, 24) --Pool1 2x2--> (N, 30, 12, 12)
# --Affine1--> (N, 100) --Relu2--> (N, 100) --Affine2--> (N, 10) --Softmax--> (N, 10)
