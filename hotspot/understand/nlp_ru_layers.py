"""Two of slovnet's layers with the same arithmetic and less copying, for the Russian parser (``nlp_ru``).

natasha's three models (morphology, syntax, names) each read a sentence's word
vectors and run a stack of three 1-d convolutions over them; both steps were
mostly copying, not arithmetic:

- ``CNNEncoder``: slovnet makes each convolution's windows from a copy of the
  input turned sequence-last, then copies them again three values at a time
  (the kernel's width) into the matrix it multiplies. Here the input stays
  sequence-first, as the layers make it, and each of the kernel's three
  offsets is copied into the same matrix in one strided copy. The matrix, the
  weights and the multiplication are slovnet's, and every later step (ReLU,
  batch norm, masking) does the same float32 operations on the same values (in
  place, where slovnet makes a new array for each).
- ``NavecEmbedding``: a word's 300 values are 100 chunks of 3 read from 100
  code books; slovnet gathers them with a two-array fancy index, five times
  slower than one ``take`` from the code books laid end to end, which reads
  the same values.

So the output is bit for bit slovnet's (``tests/understand/test_nlp_ru_layers.py``).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np


class _Layer(NamedTuple):
    """One ``CNNEncoderLayer``: convolution weights (filters × in·kernel, as slovnet reshapes them) and batch norm."""

    weight_t: Any  # (in · kernel) × filters: slovnet's ``weight.reshape(filters, in * kernel).T``, the same view
    bias: Any
    in_dim: int
    kernel: int
    padding: int
    mean: Any
    std: Any
    scale: Any
    shift: Any


class CNNEncoder:
    """A drop-in for slovnet's ``CNNEncoder`` (``encoder(input, pad_mask)``: batch × words × dim in and out)."""

    def __init__(self, encoder: Any) -> None:
        self.layers = []
        for layer in encoder.layers:
            conv, norm = layer.conv, layer.norm
            filters, in_dim, kernel = conv.weight.shape
            self.layers.append(_Layer(conv.weight.array.reshape(filters, in_dim * kernel).T, conv.bias.array, in_dim,
                                      kernel, conv.padding, norm.mean.array, norm.std.array, norm.weight.array,
                                      norm.bias.array))

    def __call__(self, input: Any, mask: Any) -> Any:
        x = input
        for layer in self.layers:
            x = _convolve(x, layer)
            # slovnet's ReLU and BatchNorm1d ((x - mean) / std * weight + bias), the same operations in place
            np.clip(x, 0, None, out=x)
            np.subtract(x, layer.mean, out=x)
            np.divide(x, layer.std, out=x)
            np.multiply(x, layer.scale, out=x)
            np.add(x, layer.shift, out=x)
            x[mask] = 0  # a padding position is zero after every layer
        return x


def _convolve(x: Any, layer: _Layer) -> Any:
    """slovnet's ``Conv1d`` on batch × words × channels (it reads channels × words): batch × windows × filters.

    Window ``w`` of the zero-padded input holds, for each channel ``i`` and offset ``k``, the word
    ``w + k - padding``; slovnet lays it out channel-major (``i * kernel + k``) and so does this matrix."""
    batch, length, in_dim = x.shape
    kernel, padding = layer.kernel, layer.padding
    count = length + 2 * padding - kernel + 1
    windows = np.empty((batch, count, in_dim, kernel), dtype=x.dtype)
    for k in range(kernel):
        first, last = max(0, padding - k), min(count, length + padding - k)  # windows whose offset k is a word
        windows[:, :first, :, k] = 0
        windows[:, first:last, :, k] = x[:, first + k - padding:last + k - padding, :]
        windows[:, last:, :, k] = 0
    output = np.matmul(windows.reshape(batch * count, in_dim * kernel), layer.weight_t)
    np.add(output, layer.bias, out=output)
    return output.reshape(batch, count, -1)


class NavecEmbedding:
    """A drop-in for slovnet's ``NavecEmbedding`` (``embedding(word_ids)``: ids in, ids' shape × dim float32 out)."""

    def __init__(self, embedding: Any) -> None:
        self.indexes = embedding.indexes.array  # word id → its centroid in each of the code books
        books, centroids, chunk = embedding.codes.array.shape
        self.codes = embedding.codes.array.reshape(books * centroids, chunk)  # the code books end to end
        self.first = np.arange(books) * centroids  # where each code book starts
        self.dim = books * chunk

    def __call__(self, input: Any) -> Any:
        rows = self.indexes[input.reshape(-1)] + self.first
        return self.codes.take(rows, axis=0).reshape(*input.shape, self.dim)
