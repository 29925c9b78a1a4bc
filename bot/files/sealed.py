"""An export sealed with a passphrase, written and read a chunk at a time.

The file is a magic line, the scrypt parameters (log2 N, r, p), a random salt,
then chunks: a 4-byte length, then AES-GCM over at most 64 KiB of text with a
random nonce. Each chunk's associated data is its number and whether it is the
last, so chunks cannot be reordered, dropped or cut off without the reader
noticing. The key comes from the passphrase through scrypt with N = 2^17 (128 MiB
of memory per guess); the parameters travel in the header, so a later, costlier
setting still opens older files, and files of the first format (N = 2^15, no
parameters) open too.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC_V1 = b"RJBOT-SEALED-EXPORT-1\n"
MAGIC = b"RJBOT-SEALED-EXPORT-2\n"
CHUNK = 64 * 1024
# scrypt's cost: log2 N, r, p. Written into each file; the first format used (15, 8, 1).
COST = (17, 8, 1)
_V1_COST = (15, 8, 1)
_PARAMS = struct.Struct(">BBB")
# What a reader accepts from a header: dearer than this would let a file exhaust memory.
_MAX_LOG_N, _MAX_R, _MAX_P = 20, 16, 4
_SALT = 16
_TAG = 16  # AES-GCM's tag, after each chunk's text


class SealedFileError(ValueError):
    """The passphrase is wrong, or the file is damaged or cut short."""


def _key(passphrase: str, salt: bytes, cost: tuple[int, int, int] = COST) -> bytes:
    if len(passphrase) < 12:
        raise SealedFileError("the passphrase must be at least 12 characters")
    log_n, r, p = cost
    return Scrypt(salt=salt, length=32, n=2**log_n, r=r, p=p).derive(passphrase.encode())


def is_sealed(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(MAGIC)) in (MAGIC, MAGIC_V1)


class SealedWriter:
    """A text stream that seals what is written to ``handle``; ``close`` seals the last chunk."""

    def __init__(self, handle: IO[bytes], passphrase: str) -> None:
        salt = os.urandom(_SALT)
        self._aead = AESGCM(_key(passphrase, salt, COST))
        self._handle = handle
        self._buffer = bytearray()
        self._index = 0
        handle.write(MAGIC + _PARAMS.pack(*COST) + salt)

    def write(self, text: str) -> int:
        self._buffer += text.encode("utf-8")
        while len(self._buffer) > CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(text)

    def close(self) -> None:
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _seal(self, plain: bytes, *, last: bool) -> None:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plain, _aad(self._index, last))
        self._handle.write(struct.pack(">I", len(sealed)) + nonce + sealed)
        self._index += 1


def _aad(index: int, last: bool) -> bytes:
    return struct.pack(">Q?", index, last)


def open_lines(path: Path, passphrase: str, *, max_line: int = 4 * 2**20) -> Iterator[str]:
    """The text lines of a sealed export, opened a chunk at a time.

    A chunk longer than the writer makes, or a line longer than ``max_line``, is refused
    before it is read whole, so a damaged or hostile file cannot exhaust memory.
    """
    with path.open("rb") as handle:
        magic = handle.read(len(MAGIC))
        if magic == MAGIC_V1:
            cost = _V1_COST
        elif magic == MAGIC:
            params = handle.read(_PARAMS.size)
            if len(params) < _PARAMS.size:
                raise SealedFileError(f"{path.name} is cut short")
            cost = _PARAMS.unpack(params)
            log_n, r, p = cost
            if not (10 <= log_n <= _MAX_LOG_N and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
                raise SealedFileError(f"{path.name} asks for key settings rjbot does not use")
        else:
            raise SealedFileError(f"{path.name} is not a sealed rjbot export")
        aead = AESGCM(_key(passphrase, handle.read(_SALT), cost))
        pending, index, finished = b"", 0, False
        while not finished:
            size = handle.read(4)
            if len(size) < 4:
                raise SealedFileError(f"{path.name} is cut short")
            length = struct.unpack(">I", size)[0]
            if length > CHUNK + _TAG:
                raise SealedFileError(f"{path.name} is damaged at part {index + 1}")
            body = handle.read(12 + length)
            plain = None
            for last in (False, True):
                try:
                    plain = aead.decrypt(body[:12], body[12:], _aad(index, last))
                except InvalidTag:
                    continue
                finished = last
                break
            if plain is None:
                raise SealedFileError(
                    "the passphrase is wrong, or the file is damaged"
                    if index == 0
                    else f"{path.name} is damaged at part {index + 1}"
                )
            index += 1
            pending += plain
            *lines, pending = pending.split(b"\n")
            if len(pending) > max_line:
                raise SealedFileError(f"{path.name} has a line longer than {max_line} bytes")
            for line in lines:
                yield line.decode("utf-8") + "\n"
        if handle.read(1):
            raise SealedFileError(f"{path.name} has data after its end")
        if pending:
            yield pending.decode("utf-8")
