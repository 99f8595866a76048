"""Layers (book: common/layers.py): plain classes with forward / backward, state kept as attributes.

forward remembers what backward will need (its inputs, a mask, its output); backward(dout) takes dL/d(output)
and returns dL/d(input) — one gradient per input, as a tuple when forward takes several.

dtype policy (the same for every layer): a layer computes in the dtype NumPy's promotion gives its input and
parameters, and never upcasts on its own. float32 data with float32 parameters stays float32 all the way
through (forward and backward: half the memory traffic of float64); float32 data against float64 parameters
is float64, as `x @ W` is in plain NumPy, cast once where the layer starts. Integers stay integers where the
book's layers keep them (Affine, ReLU) and become float64 where its im2col buffers make them float
(convolution, pooling: util.float_dtype). The loss itself is computed in float64; SoftmaxWithLoss hands its
gradient back in the dtype of its input.

Fast paths (issue 8): each keeps the book's formula in its docstring, with the faster NumPy below it, and
tests/test_fast_paths.py checks it against a plain loop. benchmarks/bench_reference.py times them.
"""
from __future__ import annotations

import functools
from typing import Any

import numpy as np

from reference.functions import cross_entropy_error, sigmoid, softmax
from reference.util import add_windows_back, col2im, float_dtype, im2col, output_size, window_columns


class MulLayer:
    """The multiplication node (book 5.4.1): out = x * y."""

    def __init__(self) -> None:
        self.x: Any = None
        self.y: Any = None

    def forward(self, x: Any, y: Any) -> Any:
        self.x, self.y = x, y
        return x * y

    def backward(self, dout: Any) -> tuple[Any, Any]:
        # d(xy)/dx = y and d(xy)/dy = x: each input's gradient is the *other* input times dout.
        return dout * self.y, dout * self.x


class AddLayer:
    """The addition node (book 5.4.2): out = x + y."""

    def forward(self, x: Any, y: Any) -> Any:
        return x + y

    def backward(self, dout: Any) -> tuple[Any, Any]:
        # d(x+y)/dx = d(x+y)/dy = 1: dout flows on unchanged. `* 1` gives each input its own array, not one shared.
        return dout * 1, dout * 1


# -- chapter 5: activation, affine and loss layers (book 5.5-5.6) ---------------------------------------------

class Relu:
    """ReLU (book 5.5.1): out = max(0, x); the gradient passes where x > 0 and stops where x <= 0."""

    def __init__(self) -> None:
        self.mask: Any = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.mask = x <= 0  # backward needs to know where the input was cut off
        # The book copies x and sets out[mask] = 0; np.maximum builds the same array (NaN stays NaN, -0.0 becomes
        # 0.0) in one pass, three times faster than a masked copy, and leaves the caller's x as it was.
        return np.maximum(x, 0)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        # The book writes dout[self.mask] = 0 and returns dout: that changes the caller's array, which may be
        # another layer's gradient or a value the caller prints afterwards. dout times "not cut off" is the same
        # values in a new array, in one pass (np.where, which branches on every element, is three times slower);
        # `+= 0` turns the -0.0 of a negative dout times 0 into the book's 0.0.
        with np.errstate(invalid="ignore", over="ignore"):  # the book's masked write warns of nothing either
            dx = dout * ~self.mask
            dx += 0
            if np.isfinite(np.sum(dx)):
                return dx
        return np.where(self.mask, 0, dout)  # an inf or NaN in dout: 0 * inf is NaN where the book writes 0


class Sigmoid:
    """Sigmoid (book 5.5.2): out = 1 / (1 + exp(-x)); backward needs only the output: dy/dx = y (1 - y)."""

    def __init__(self) -> None:
        self.out: Any = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        # The overflow-safe sigmoid of reference.functions (it computes in float64), in the input's dtype.
        self.out = sigmoid(x).astype(float_dtype(x), copy=False)
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return dout * (1.0 - self.out) * self.out


class Affine:
    """The affine layer (book 5.6.2): out = x · W + b, for a batch (one sample per row).

    An input of more than two axes (images (N, C, H, W)) is flattened to (N, -1) first, and dx gets the input's
    shape back, so that a convolution layer before it receives a gradient of its own output's shape.
    """

    def __init__(self, W: np.ndarray, b: np.ndarray) -> None:
        self.W, self.b = W, b  # the network's own arrays: an in-place update of params reaches the layer
        self.x: Any = None
        self.original_x_shape: Any = None
        self.dW: Any = None
        self.db: Any = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.original_x_shape = x.shape
        # Cast once to the dtype of x · W (float32 data against float64 weights): both products use it.
        self.x = x.reshape(x.shape[0], -1).astype(np.result_type(x, np.asarray(self.W)), copy=False)
        return np.dot(self.x, self.W) + self.b

    def backward(self, dout: np.ndarray, needs_dx: bool = True) -> np.ndarray | None:
        """dL/dx; with needs_dx=False (a network's first layer, whose x is the data) only dW and db, and None."""
        self.dW = np.dot(self.x.T, dout)  # (in, N) · (N, out) -> (in, out): the shape of W
        # b was added to every row of the batch, so each row's gradient flows into it: sum over the batch axis.
        self.db = np.sum(dout, axis=0)
        if not needs_dx:
            return None
        dx = np.dot(dout, self.W.T)  # (N, out) · (out, in) -> (N, in): the shape of x
        return dx.reshape(self.original_x_shape)


class SoftmaxWithLoss:
    """Softmax followed by the cross-entropy error (book 5.6.3); the loss is the mean over the batch.

    t is one-hot (same shape as x) or class labels (one per row).
    """

    def __init__(self) -> None:
        self.loss: Any = None
        self.y: Any = None  # softmax's output
        self.t: Any = None
        self.x_dtype: Any = None

    def forward(self, x: np.ndarray, t: np.ndarray) -> float:
        self.t, self.x_dtype = t, float_dtype(x)
        self.y = softmax(x)  # row by row, max subtracted: no overflow (in float64, as the loss is)
        self.loss = cross_entropy_error(self.y, self.t)
        return self.loss

    def backward(self, dout: float = 1) -> np.ndarray:
        # The loss is the batch mean, so each sample's share of the gradient is divided by the batch size.
        y = self.y.reshape(1, -1) if self.y.ndim == 1 else self.y  # one sample is a batch of one
        batch_size = y.shape[0]
        if self.t.size == y.size:  # one-hot: (y - t) directly
            dx = (y - self.t.reshape(y.shape)) / batch_size
        else:  # labels: subtract 1 at each row's correct class
            dx = y.copy()
            dx[np.arange(batch_size), np.ravel(self.t)] -= 1
            dx = dx / batch_size
        return (dout * dx.reshape(self.y.shape)).astype(self.x_dtype, copy=False)  # the gradient in x's dtype


# -- chapter 7: convolution and pooling (book 7.4), built on im2col / col2im ----------------------------------

class Convolution:
    """The convolution layer (book 7.4.3): W (FN, C, FH, FW), b (FN,); x (N, C, H, W) -> (N, FN, OH, OW).

    The book's formula: out = im2col(x) @ W.reshape(FN, -1).T + b, rows (n, i, j) reshaped to (N, OH, OW, FN) and
    transposed to (N, FN, OH, OW). Here the same product is taken image by image the other way round,
    W.reshape(FN, -1) @ col[n] with col = window_columns(x) (one column per window): it comes out as
    (FN, OH * OW) per image, which *is* (N, FN, OH, OW) already. No transpose forward, none backward, and the
    layers after this one get a plain contiguous array. b rides along as one more column of W, against a row of
    ones under col: [W b] @ [col; 1] = W @ col + b, so the product adds the bias as it goes (no second pass over
    the output), and backward's dW product gives db as its last column.
    """

    def __init__(self, W: Any, b: Any, stride: int = 1, pad: int = 0) -> None:
        self.W, self.b, self.stride, self.pad = W, b, stride, pad
        self.x: Any = None
        self.col: Any = None  # (N, C*FH*FW + 1, OH*OW): window_columns(x) and a row of ones, kept for dW and db
        self.dW: Any = None
        self.db: Any = None

    def forward(self, x: Any) -> Any:
        FN, C, FH, FW = self.W.shape
        N, _, H, W = x.shape
        out_h = output_size(H, FH, self.stride, self.pad)
        out_w = output_size(W, FW, self.stride, self.pad)
        # float32 images against float64 filters: cast the (small) images once, not the FH*FW times larger col.
        x = np.asarray(x).astype(float_dtype(x, self.W, self.b), copy=False)
        col = window_columns(x, FH, FW, self.stride, self.pad, ones_row=True)  # (N, C*FH*FW + 1, OH*OW)
        bias = np.broadcast_to(np.reshape(self.b, (-1, 1)), (FN, 1))  # b per filter (or one number for all)
        weights = np.concatenate([self.W.reshape(FN, -1), bias], axis=1, dtype=col.dtype)  # [W b]: (FN, C*FH*FW + 1)
        out = np.matmul(weights, col)  # (FN, C*FH*FW + 1) @ (C*FH*FW + 1, OH*OW), for every image
        self.x, self.col = x, col
        return out.reshape(N, FN, out_h, out_w)

    def backward(self, dout: Any, needs_dx: bool = True) -> Any | None:
        """dL/dx; with needs_dx=False (a network's first layer) only dW and db: no product, no col2im, and None."""
        FN, C, FH, FW = self.W.shape
        N, _, out_h, out_w = dout.shape
        dout = dout.reshape(N, FN, -1)  # (N, FN, OH*OW), forward's layout
        # [dW db] = sum over images of dout[n] @ col[n].T: the book's col.T @ dout, image by image. The row of ones
        # makes db the sum of dout over every window of every image, as b was added to each.
        grads = np.matmul(dout, self.col.transpose(0, 2, 1)).sum(axis=0)  # (FN, C*FH*FW + 1)
        self.dW, self.db = grads[:, :-1].reshape(FN, C, FH, FW), grads[:, -1]
        if not needs_dx:
            return None
        dcol = np.matmul(self.W.reshape(FN, -1).T, dout)  # (N, C*FH*FW, OH*OW): the book's dout @ col_W.T
        # dcol lies as (n, c, y, x, i, j): window_columns' layout. Where windows overlap, their gradients add up.
        return add_windows_back(dcol, self.x.shape, FH, FW, self.stride, self.pad, "ncyxij")


# Pooling.backward reads this many bytes of x at a time (a block of images that fits the CPU's cache).
POOL_BLOCK_BYTES = 1 << 19


class Pooling:
    """Max pooling (book 7.4.4): the largest value of every pool_h x pool_w window, channel by channel."""

    def __init__(self, pool_h: int, pool_w: int, stride: int = 1, pad: int = 0) -> None:
        self.pool_h, self.pool_w, self.stride, self.pad = pool_h, pool_w, stride, pad
        self.x: Any = None
        self.arg_max: Any = None  # the im2col path: each window's first maximum
        self.out: Any = None  # the reshape path: each window's maximum

    def tiles(self, x: Any) -> Any | None:
        """x as (N, C, OH, pool_h, OW, pool_w) tiles, a view, when the windows tile the image (else None).

        With stride == pool size and no padding, the windows do not overlap and need no copying: window (i, j)
        of a channel is x[n, c, i*S:(i+1)*S, j*S:(j+1)*S], and reshape splits H into (OH, pool_h) and W into
        (OW, pool_w) without moving a value. Rows and columns left over at the edge are in no window (as in
        the book's formula) and are cut off first.
        """
        if self.pad != 0 or self.stride != self.pool_h or self.stride != self.pool_w:
            return None
        N, C, H, W = x.shape
        out_h, out_w = H // self.pool_h, W // self.pool_w
        return x[:, :, :out_h * self.pool_h, :out_w * self.pool_w].reshape(N, C, out_h, self.pool_h, out_w, self.pool_w)

    def forward(self, x: Any) -> Any:
        x = np.asarray(x)
        tiles = self.tiles(x)
        if tiles is not None:  # out[n, c, i, j] = max over y, x of x[n, c, i*S + y, j*S + x], without im2col
            # The maximum down each window column first (np.maximum of whole image rows, read in a line), then
            # across the columns (tiles.max(axis=(3, 5)) gives the same, but NumPy reduces over two strided axes
            # some twenty times slower).
            self.x = x
            column_max = functools.reduce(np.maximum, (tiles[:, :, :, wy] for wy in range(self.pool_h)))
            self.out = functools.reduce(np.maximum, (column_max[..., wx] for wx in range(self.pool_w)))
            return self.out.astype(float_dtype(x), copy=False)  # integer images: float64, as im2col makes them
        N, C, H, W = x.shape
        out_h = output_size(H, self.pool_h, self.stride, self.pad)
        out_w = output_size(W, self.pool_w, self.stride, self.pad)
        # im2col's row holds all channels of a window; reshape so that each row is one channel's window.
        col = im2col(x, self.pool_h, self.pool_w, self.stride, self.pad).reshape(-1, self.pool_h * self.pool_w)
        self.x, self.arg_max = x, np.argmax(col, axis=1)  # backward sends the gradient to these positions only
        out = np.max(col, axis=1)  # axis=1: across the window, not across windows
        return out.reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)

    def backward(self, dout: Any) -> Any:
        tiles = self.tiles(self.x)
        if tiles is not None:
            return self._backward_tiles(tiles, dout)
        dout = dout.transpose(0, 2, 3, 1)  # (N, OH, OW, C): the order of forward's rows
        pool_size = self.pool_h * self.pool_w
        dmax = np.zeros((dout.size, pool_size), dtype=float_dtype(dout))
        dmax[np.arange(self.arg_max.size), self.arg_max] = dout.reshape(-1)  # only the max of each window gets it
        dcol = dmax.reshape(dout.shape[0] * dout.shape[1] * dout.shape[2], -1)
        return col2im(dcol, self.x.shape, self.pool_h, self.pool_w, self.stride, self.pad)

    def _backward_tiles(self, tiles: Any, dout: Any) -> Any:
        """dx: each window's dout goes to its first maximum (in the window's row-major order, as argmax picks).

        Position by position (wy, wx) in that order, over every window at once: a window whose maximum is here
        and was not found at an earlier position (a tie: after ReLU, a window of zeros holds its maximum four
        times) sends its dout here, and every other window sends 0.
        """
        N, C, out_h, pool_h, out_w, pool_w = tiles.shape
        dout = np.asarray(dout)
        dx = np.zeros(self.x.shape, dtype=float_dtype(dout))  # rows and columns in no window get 0
        dx_tiles = dx[:, :, :out_h * pool_h, :out_w * pool_w].reshape(tiles.shape)  # a view of dx
        # A few images at a time: their x stays in the CPU's cache through all pool_h * pool_w passes over it,
        # where passes over the whole batch would each read it from memory again (a third faster at batch 100).
        images = max(1, POOL_BLOCK_BYTES // max(tiles[0].nbytes, 1))
        for start in range(0, N, images):
            block = slice(start, start + images)
            not_found = np.ones(self.out[block].shape, dtype=bool)  # windows whose first maximum is still to come
            for wy in range(pool_h):
                for wx in range(pool_w):
                    first = tiles[block, :, :, wy, :, wx] == self.out[block]
                    first &= not_found
                    not_found ^= first
                    np.multiply(first, dout[block], out=dx_tiles[block, :, :, wy, :, wx])
        return dx


# -- chapter 6: batch normalization and dropout (book 6.3, 6.4.3) --------------------------------------------

class BatchNormalization:
    """Normalise every feature over the batch, then scale by gamma and shift by beta (book 6.3; Ioffe & Szegedy 2015).

    Training uses the batch's own mean and variance and folds them into running averages; testing uses those
    running averages (a test batch of one image has no variance of its own). 2-D input (N, D); 4-D is flattened.
    """

    def __init__(self, gamma: np.ndarray, beta: np.ndarray, momentum: float = 0.9,
                 running_mean: np.ndarray | None = None, running_var: np.ndarray | None = None) -> None:
        self.gamma, self.beta, self.momentum = gamma, beta, momentum
        self.running_mean, self.running_var = running_mean, running_var
        self.input_shape: tuple[int, ...] | None = None
        self.batch_size = self.xc = self.xn = self.std = self.dgamma = self.dbeta = None

    def forward(self, x: np.ndarray, train_flg: bool = True) -> np.ndarray:
        self.input_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        if self.running_mean is None:
            self.running_mean, self.running_var = np.zeros(x.shape[1]), np.zeros(x.shape[1])
        if train_flg:
            mu = x.mean(axis=0)
            self.xc = x - mu
            var = np.mean(self.xc ** 2, axis=0)
            self.std = np.sqrt(var + 10e-7)
            self.xn = self.xc / self.std
            self.batch_size = x.shape[0]
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mu
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
            xn = self.xn
        else:
            xn = (x - self.running_mean) / np.sqrt(self.running_var + 10e-7)
        return (self.gamma * xn + self.beta).reshape(*self.input_shape)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        dout = dout.reshape(dout.shape[0], -1)
        self.dbeta = dout.sum(axis=0)
        self.dgamma = np.sum(self.xn * dout, axis=0)
        # Back through xn = xc / std, std = sqrt(var + eps), var = mean(xc²), xc = x - mean(x): every x moves mu and var.
        dxn = self.gamma * dout
        dxc = dxn / self.std
        dstd = -np.sum(dxn * self.xc / (self.std * self.std), axis=0)
        dvar = 0.5 * dstd / self.std
        dxc += (2.0 / self.batch_size) * self.xc * dvar
        dmu = np.sum(dxc, axis=0)
        dx = dxc - dmu / self.batch_size
        return dx.reshape(*self.input_shape)


class Dropout:
    """Drop each unit with probability dropout_ratio while training (book 6.4.3, http://arxiv.org/abs/1207.0580).

    At test time every unit is kept and scaled by (1 - dropout_ratio), the share that was on during training,
    so that the next layer sees inputs of the same expected size.
    """

    def __init__(self, dropout_ratio: float = 0.5) -> None:
        self.dropout_ratio = dropout_ratio
        self.mask: np.ndarray | None = None

    def forward(self, x: np.ndarray, train_flg: bool = True) -> np.ndarray:
        if train_flg:
            self.mask = np.random.rand(*x.shape) > self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        return dout * self.mask  # a dropped unit passed nothing forward, so it gets no gradient back
