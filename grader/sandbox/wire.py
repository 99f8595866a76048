"""Length-prefixed messages on a Unix socket: a JSON header followed by .npy blobs.

Reads on the grader's side always have a deadline and a size cap, so a worker that hangs, floods,
or hands its socket to a forked orphan can never block the grader.
"""
from __future__ import annotations

import json
import socket
import struct
import time
from typing import Any

PREFIX = struct.Struct("!II")  # header length, total blob length
MAX_MESSAGE = 80 * 2**20


class ChannelClosed(Exception):
    """The other side went away (exited, crashed or was killed)."""


class ChannelTimeout(Exception):
    """No complete message before the deadline."""


def send(sock: socket.socket, header: dict[str, Any], blobs: list[bytes] = ()) -> None:
    head = json.dumps({**header, "blobs": [len(b) for b in blobs]}, allow_nan=False).encode()
    try:
        sock.sendall(PREFIX.pack(len(head), sum(len(b) for b in blobs)) + head + b"".join(blobs))
    except OSError as error:
        raise ChannelClosed(str(error)) from None


def _read_exactly(sock: socket.socket, size: int, deadline: float | None) -> bytes:
    chunks, remaining = [], size
    while remaining:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChannelTimeout()
            sock.settimeout(left)
        try:
            chunk = sock.recv(min(remaining, 1 << 20))
        except socket.timeout:
            raise ChannelTimeout() from None
        except OSError as error:
            raise ChannelClosed(str(error)) from None
        if not chunk:
            raise ChannelClosed("end of stream")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def receive(sock: socket.socket, deadline: float | None = None) -> tuple[dict[str, Any], list[bytes]]:
    head_size, blob_size = PREFIX.unpack(_read_exactly(sock, PREFIX.size, deadline))
    if head_size + blob_size > MAX_MESSAGE:
        raise ChannelClosed(f"message of {head_size + blob_size} bytes is over the limit")
    try:
        header = json.loads(_read_exactly(sock, head_size, deadline))
        sizes = header.pop("blobs")
        assert type(header) is dict and all(type(n) is int and n >= 0 for n in sizes) and sum(sizes) == blob_size
    except (ValueError, KeyError, AssertionError, AttributeError, TypeError):
        raise ChannelClosed("malformed message") from None
    data = _read_exactly(sock, blob_size, deadline)
    blobs, offset = [], 0
    for n in sizes:
        blobs.append(data[offset:offset + n])
        offset += n
    return header, blobs
