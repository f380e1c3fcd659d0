"""Images dragged from a web browser: fetched over http(s) only, with a size cap."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from mclip_desktop.core import fetch
from mclip_desktop.core.errors import ImageReadError
from tests.support import synthetic


@pytest.fixture
def web(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    synthetic.make_photo("blue", "star", width=320, height=240, seed=3).save(root / "star.jpg")
    (root / "big.bin").write_bytes(b"\0" * 300_000)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_dropped_url_is_fetched_into_the_query_folder(web, tmp_path):
    base, root = web
    path = fetch.fetch_image(f"{base}/star.jpg", tmp_path / "queries")
    assert path.read_bytes() == (root / "star.jpg").read_bytes()


def test_oversized_download_is_refused(web, tmp_path):
    base, _ = web
    with pytest.raises(ImageReadError, match="larger than"):
        fetch.fetch_image(f"{base}/big.bin", tmp_path / "queries", max_bytes=100_000)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.jpg", "javascript:alert(1)"])
def test_only_http_and_https_are_fetched(url, tmp_path):
    with pytest.raises(ImageReadError, match="Only http and https"):
        fetch.fetch_image(url, tmp_path)


def test_unreachable_address_gives_a_clear_error(web, tmp_path):
    base, _ = web
    with pytest.raises(ImageReadError, match="Could not fetch"):
        fetch.fetch_image(f"{base}/missing.jpg", tmp_path)
