"""Smaller guards: sealed-export key cost, invite codes, the /join limit."""

from __future__ import annotations

import io
import math
import os
import struct
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from bot.files import sealed as sealed_file
from bot.files.sealed import SealedWriter, open_lines
from referral_store.desk import Desk, Role
from referral_store.references import ALPHABET
from tests.conftest import Backend
from tests.test_privacy_store import NOW

PASSPHRASE = "correct horse battery staple"


def test_a_sealed_export_names_its_scrypt_cost_of_at_least_2_17(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = SealedWriter(buffer, PASSPHRASE)
    writer.write('{"format": "rjbot-export"}\nsecond line\n')
    writer.close()
    data = buffer.getvalue()
    header = data[len(sealed_file.MAGIC) : len(sealed_file.MAGIC) + 3]
    log_n, r, p = struct.unpack(">BBB", header)
    assert 2**log_n * r >= 2**17 * 8 and p >= 1
    path = tmp_path / "new.sealed"
    path.write_bytes(data)
    assert list(open_lines(path, PASSPHRASE)) == ['{"format": "rjbot-export"}\n', "second line\n"]


def test_a_sealed_export_of_the_first_format_still_opens(tmp_path: Path) -> None:
    salt = os.urandom(16)
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(PASSPHRASE.encode())
    nonce = os.urandom(12)
    body = AESGCM(key).encrypt(nonce, b"old line\n", struct.pack(">Q?", 0, True))
    path = tmp_path / "old.sealed"
    path.write_bytes(
        b"RJBOT-SEALED-EXPORT-1\n" + salt + struct.pack(">I", len(body)) + nonce + body
    )
    assert list(open_lines(path, PASSPHRASE)) == ["old line\n"]


async def test_invite_codes_carry_at_least_64_bits(backend: Backend) -> None:
    async with await backend.open() as store:
        codes = {await Desk(store).invite(Role.FACILITATOR) for _ in range(20)}
    assert len(codes) == 20
    for code in codes:
        letters = code.replace("-", "")
        assert set(letters) <= set(ALPHABET)
        assert len(letters) * math.log2(len(ALPHABET)) >= 64


async def test_join_is_rate_limited_per_account(backend: Backend) -> None:
    async with await backend.open() as store:
        desk = Desk(store)
        code = await desk.invite(Role.MANAGER, now=NOW, valid_for=timedelta(days=2))
        for guess in range(5):
            assert await desk.join(f"WRONG-{guess}", 77, "Eve", now=NOW) is None
        assert await desk.join(code, 77, "Eve", now=NOW) is None, "refused however right"
        other = await desk.join(code, 78, "Ann", now=NOW)
        assert other is not None, "another account is not held back"
        second = await desk.invite(Role.FACILITATOR, now=NOW, valid_for=timedelta(days=2))
        later = NOW + timedelta(hours=1, minutes=1)
        assert await desk.join(second, 77, "Eve", now=later) is not None, "an hour later"
