"""The data the course reads: MNIST (`dataset.mnist`), the book's pretrained weights (`dataset.sample_weight`)
and photos of your own handwriting turned into MNIST-style images (`dataset.handwriting`).

`from dataset.mnist import load_mnist` works as in the book.
"""
