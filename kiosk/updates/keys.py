"""Ed25519 key pairs for signing content bundles, and the trusted public keys a kiosk checks."""
from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.updates.errors import BundleRejected

PRIVATE_NAME = "kiosk-content.key"
PUBLIC_NAME = "kiosk-content.pub"


@dataclass(frozen=True)
class KeyPair:
    private_path: Path
    public_path: Path
    public_base64: str  # the line to put in update_public_keys


def generate_key_pair(out_dir: Path) -> KeyPair:
    """Write a new private key (PEM, mode 600) and its public key (base64); never overwrites."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    private_path, public_path = out_dir / PRIVATE_NAME, out_dir / PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise FileExistsError(f"{path} already exists; not overwriting a key")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public = public_base64(key.public_key())
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    public_path.write_text(public + "\n", encoding="ascii")
    return KeyPair(private_path, public_path, public)


def public_base64(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The signing key from a PEM file; ValueError with a plain message if it is not one."""
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{path} is not an unencrypted PEM private key ({exc})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key")
    return key


def parse_public_key(entry: str) -> Ed25519PublicKey:
    """A public key given as base64 (32 raw bytes), a PEM block, or the path of a file of either."""
    text = entry.strip()
    key = _from_text(text)
    if key is None and text and Path(text).expanduser().is_file():
        key = _from_text(Path(text).expanduser().read_text(encoding="ascii", errors="replace").strip())
    if key is None:
        raise ValueError("not an Ed25519 public key (base64, PEM or a file of either)")
    return key


def _from_text(text: str) -> Ed25519PublicKey | None:
    if text.startswith("-----BEGIN"):
        try:
            key = serialization.load_pem_public_key(text.encode("ascii", errors="replace"))
        except ValueError:
            return None
        return key if isinstance(key, Ed25519PublicKey) else None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return Ed25519PublicKey.from_public_bytes(raw) if len(raw) == 32 else None


def trusted_keys(entries: tuple[str, ...] | list[str]) -> list[Ed25519PublicKey]:
    """Every configured key; a kiosk with none, or with a broken one, refuses all bundles."""
    if not entries:
        raise BundleRejected("no trusted public key is configured (setting update_public_keys)")
    keys = []
    for number, entry in enumerate(entries, start=1):
        try:
            keys.append(parse_public_key(entry))
        except (ValueError, OSError) as exc:
            raise BundleRejected(f"trusted key {number} in update_public_keys is unusable: {exc}") from exc
    return keys


def signed_by(signature: bytes, data: bytes, keys: list[Ed25519PublicKey]) -> int | None:
    """Index of the trusted key whose signature this is, or None."""
    for index, key in enumerate(keys):
        try:
            key.verify(signature, data)
        except InvalidSignature:
            continue
        return index
    return None
