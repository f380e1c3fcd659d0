"""Fetching an image dragged from a web browser: http(s) only, with a size cap and a timeout.
The bytes are then decoded by the same restricted decoder as the user's files."""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from mclip_desktop.core.errors import ImageReadError

MAX_BYTES = 30 * 1024 * 1024
TIMEOUT = 15.0


def fetch_image(url: str, folder: Path, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT) -> Path:
    """Download ``url`` into ``folder`` and return the file. Raises ImageReadError."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise ImageReadError("fetch.scheme", scheme=scheme or "?", url=url)
    request = urllib.request.Request(url, headers={"User-Agent": "mclip-desktop"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ImageReadError("fetch.too_large", url=url, size_mb=max_bytes // 2**20)
            data = response.read(max_bytes + 1)
    except ImageReadError:
        raise
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ImageReadError("fetch.failed", detail=str(reason), url=url) from exc
    if len(data) > max_bytes:
        raise ImageReadError("fetch.too_large", url=url, size_mb=max_bytes // 2**20)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"dropped-{hashlib.blake2b(data, digest_size=8).hexdigest()}.img"
    target.write_bytes(data)
    return target
