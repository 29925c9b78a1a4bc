"""Personal fields sealed with AES-GCM before they reach the SQLite file.

A keyring holds one or more 256-bit keys, newest first: new data is sealed with
the first, and any key in the ring can open what it sealed (each token names
its key), so a rotation can re-seal everything while both keys are present.
Each token is bound to where it is stored (table, column, row), so a sealed
value copied into another row does not open.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "v1"
KEY_BYTES = 32


class DataKeyError(Exception):
    """The data key is missing, malformed, or does not open the data."""


class KeyEpochError(DataKeyError):
    """The store was re-keyed while this process ran: it refuses to write under the old key."""


@lru_cache(maxsize=16)
def _key_id(key: bytes) -> str:
    # Asked on every seal and open: hashed once per key.
    return hashlib.sha256(b"rjbot key id" + key).hexdigest()[:8]


@lru_cache(maxsize=16)
def _cipher(key: bytes) -> AESGCM:
    """One cipher object per key, built once (it is stateless: each call takes its nonce)."""
    return AESGCM(key)


def new_key() -> str:
    """A fresh key as text (URL-safe base64), for a key file or RJBOT_DATA_KEY."""
    return base64.urlsafe_b64encode(secrets.token_bytes(KEY_BYTES)).decode()


def parse_keys(text: str) -> list[bytes]:
    """Keys from text: one per line or comma-separated, newest first."""
    keys = []
    for part in text.replace(",", "\n").split():
        try:
            key = base64.urlsafe_b64decode(part.encode())
        except ValueError:
            raise DataKeyError("a data key is not valid base64") from None
        if len(key) != KEY_BYTES:
            raise DataKeyError(f"a data key must be {KEY_BYTES} bytes (base64 of 32 random bytes)")
        keys.append(key)
    if not keys:
        raise DataKeyError("no data key given")
    return keys


@dataclass(frozen=True)
class Keyring:
    keys: tuple[bytes, ...]

    @property
    def current(self) -> bytes:
        return self.keys[0]

    @property
    def current_id(self) -> str:
        return _key_id(self.current)

    def holds(self, key_id: str) -> bool:
        return any(_key_id(k) == key_id for k in self.keys)

    def with_current(self, key_id: str) -> Keyring:
        """The same keys with ``key_id`` first: new data is sealed with the store's own key."""
        first = [k for k in self.keys if _key_id(k) == key_id]
        if not first:
            raise DataKeyError("no key in the keyring opens this data: is RJBOT_DATA_KEY right?")
        return Keyring((first[0], *(k for k in self.keys if _key_id(k) != key_id)))

    @staticmethod
    def key_of(token: str) -> str:
        """The id of the key a token was sealed with."""
        return token.split(".", 2)[1] if token.count(".") >= 2 else ""

    def seal(self, plaintext: str, where: str) -> str:
        nonce = os.urandom(12)
        sealed = _cipher(self.current).encrypt(nonce, plaintext.encode(), where.encode())
        token = base64.urlsafe_b64encode(nonce + sealed).decode()
        return f"{PREFIX}.{_key_id(self.current)}.{token}"

    def open(self, token: str, where: str) -> str:
        try:
            prefix, key_id, body = token.split(".", 2)
        except ValueError:
            raise DataKeyError("a stored value is not sealed") from None
        key = next((k for k in self.keys if _key_id(k) == key_id), None)
        if prefix != PREFIX or key is None:
            raise DataKeyError("no key in the keyring opens this data: is RJBOT_DATA_KEY right?")
        raw = base64.urlsafe_b64decode(body.encode())
        try:
            return _cipher(key).decrypt(raw[:12], raw[12:], where.encode()).decode()
        except InvalidTag:
            raise DataKeyError("stored data failed its integrity check") from None

    def needs_reseal(self, token: str) -> bool:
        return token.split(".", 2)[1:2] != [_key_id(self.current)]

    def owner(self, chat_key: str) -> str:
        """A keyed hash that finds a person's referrals without storing who they are."""
        return _owner(self.current, chat_key)


@lru_cache(maxsize=65536)
def _owner(key: bytes, chat_key: str) -> str:
    return hmac.new(key, b"owner:" + chat_key.encode(), "sha256").hexdigest()


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key")


def load_keyring(
    db_path: Path, env_keys: str | None = None, key_file: Path | None = None
) -> Keyring:
    """The keyring from ``env_keys`` (RJBOT_DATA_KEY), a key file, or a new key file.

    A first run with neither makes a key file beside the database, readable only by
    its owner, so the embedded default works with no set-up; keep it out of backups
    that leave the machine with the database.
    """
    if env_keys:
        return Keyring(tuple(parse_keys(env_keys)))
    path = key_file or key_file_for(db_path)
    if not path.exists():
        if key_file is not None:
            raise DataKeyError(f"key file {path} does not exist")
        if db_path.exists() and db_path.stat().st_size > 0:
            raise DataKeyError(
                f"{db_path} exists but its key file {path} is missing; set RJBOT_DATA_KEY "
                "or RJBOT_DATA_KEY_FILE"
            )
        _create_key_file(path)
    return Keyring(tuple(parse_keys(_read_key_file(path))))


def _create_key_file(path: Path) -> None:
    """Make the first key, unless another process just did: theirs is then the key."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    with os.fdopen(descriptor, "w") as handle:
        handle.write(new_key() + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _read_key_file(path: Path) -> str:
    # A key file another process has just created may not be written yet.
    for _ in range(50):
        text = path.read_text()
        if text.strip():
            return text
        time.sleep(0.02)
    return text


def write_key_file(path: Path, keys: list[str]) -> None:
    """Write keys (newest first) atomically, readable only by the owner."""
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write("\n".join(keys) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
