"""An encrypted backup: the backup folder as a tar stream, in chunks sealed with AES-256-GCM
under a key derived from the passphrase (scrypt).

File layout: a header (magic, salt, nonce prefix), then chunks ``flag (1 byte) | length
(4 bytes) | ciphertext``. Each chunk's nonce is the prefix, its number and its flag (1 on the
last chunk), and the header is its associated data: a chunk moved, dropped, altered or a file
cut short fails to decrypt (a missing last chunk is noticed too).
"""

from __future__ import annotations

import os
import struct
import tarfile
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

MAGIC = b"SDBAK\x00\x01\n"
_CHUNK = 1 << 20
_SALT, _PREFIX = 16, 7
_HEADER = len(MAGIC) + _SALT + _PREFIX


def _key(passphrase: str, salt: bytes) -> AESGCM:
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return AESGCM(kdf.derive(passphrase.encode("utf-8")))


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", number, 1 if last else 0)


class _Sealer:
    """A write-only file object: what tarfile writes is sealed in chunks into ``out``."""

    def __init__(self, out, passphrase: str) -> None:
        salt, prefix = os.urandom(_SALT), os.urandom(_PREFIX)
        self.header = MAGIC + salt + prefix
        self.out, self.prefix, self.aead = out, prefix, _key(passphrase, salt)
        self.buffer, self.number = bytearray(), 0
        out.write(self.header)

    def write(self, data: bytes) -> int:
        self.buffer += data
        while len(self.buffer) > _CHUNK:
            self._seal(bytes(self.buffer[:_CHUNK]), last=False)
            del self.buffer[:_CHUNK]
        return len(data)

    def finish(self) -> None:
        self._seal(bytes(self.buffer), last=True)
        self.buffer.clear()

    def _seal(self, plain: bytes, last: bool) -> None:
        sealed = self.aead.encrypt(_nonce(self.prefix, self.number, last), plain, self.header)
        self.out.write(struct.pack(">BI", 1 if last else 0, len(sealed)) + sealed)
        self.number += 1


class _Opener:
    """A read-only file object over an encrypted file: each chunk checked as it is read."""

    def __init__(self, source, passphrase: str) -> None:
        self.header = source.read(_HEADER)
        if len(self.header) != _HEADER or not self.header.startswith(MAGIC):
            raise SalonError(Text(msg.BACKUP_NOT_ENCRYPTED_BACKUP))
        salt = self.header[len(MAGIC):len(MAGIC) + _SALT]
        self.prefix = self.header[len(MAGIC) + _SALT:]
        self.source, self.aead = source, _key(passphrase, salt)
        self.buffer, self.number, self.done = bytearray(), 0, False

    def read(self, size: int = -1) -> bytes:
        while not self.done and (size < 0 or len(self.buffer) < size):
            self._next()
        size = len(self.buffer) if size < 0 else min(size, len(self.buffer))
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def _next(self) -> None:
        head = self.source.read(5)
        if len(head) != 5:
            raise SalonError(Text(msg.BACKUP_ARCHIVE_DAMAGED))
        flag, length = struct.unpack(">BI", head)
        sealed = self.source.read(length)
        try:
            plain = self.aead.decrypt(_nonce(self.prefix, self.number, flag == 1), sealed,
                                      self.header)
        except InvalidTag:
            raise SalonError(Text(msg.BACKUP_WRONG_PASSPHRASE)) from None
        self.buffer += plain
        self.number += 1
        self.done = flag == 1


def encrypt_folder(folder: Path, target: Path, passphrase: str) -> None:
    """``folder`` (and everything in it) sealed into the file ``target``, fsynced."""
    with Path(target).open("xb") as out:
        sealer = _Sealer(out, passphrase)
        with tarfile.open(fileobj=sealer, mode="w|") as tar:
            tar.add(folder, arcname=Path(folder).name)
        sealer.finish()
        out.flush()
        os.fsync(out.fileno())


def check_archive(archive: Path, passphrase: str) -> None:
    """Every chunk decrypts (the passphrase is right and nothing was cut or changed)."""
    with Path(archive).open("rb") as source:
        opener = _Opener(source, passphrase)
        while opener.read(_CHUNK):
            pass


def decrypt_archive(archive: Path, into: Path, passphrase: str) -> Path:
    """The backup folder held in ``archive``, unpacked under ``into``; returns its path."""
    with Path(archive).open("rb") as source:
        opener = _Opener(source, passphrase)
        with tarfile.open(fileobj=opener, mode="r|") as tar:
            names = []
            for member in tar:
                names.append(member.name)
                tar.extract(member, into, filter="data")
    tops = {Path(n).parts[0] for n in names if n}
    if len(tops) != 1:
        raise SalonError(Text(msg.BACKUP_ARCHIVE_DAMAGED))
    return Path(into) / tops.pop()


def is_encrypted(path: Path) -> bool:
    path = Path(path)
    if not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC
