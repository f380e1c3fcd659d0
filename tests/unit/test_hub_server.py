"""Tests of tests/support/hub_server.py: huggingface_hub's real download path against LocalHub.

Also pins down the behaviour the product relies on: which exceptions ``snapshot_download``
raises offline / for unknown repos, and what it calls on a custom ``tqdm_class``.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import httpx2
import pytest
from huggingface_hub import constants, get_hf_file_metadata, hf_hub_url, snapshot_download
from huggingface_hub.errors import (
    EntryNotFoundError,
    HfHubHTTPError,
    LocalEntryNotFoundError,
    RepositoryNotFoundError,
)
from tqdm.auto import tqdm as auto_tqdm
from tqdm.std import tqdm as std_tqdm

from tests.support.hub_server import LocalHub

REPO_ID = "test-org/fake-model"
BIN_SIZE = 1_000_003  # ~1 MB, odd so chunking shows up


def _make_repo(root: Path) -> Path:
    repo = root / "repo"
    (repo / "0_Module").mkdir(parents=True)
    (repo / "modules.json").write_text(json.dumps([{"idx": 0, "name": "0", "path": "0_Module"}]))
    (repo / "README.md").write_text("# fake\n")
    (repo / "0_Module" / "config.json").write_text('{"hidden_size": 8}\n')
    (repo / "0_Module" / "vocab.txt").write_text("".join(f"tok{i}\n" for i in range(500)))
    (repo / "0_Module" / "model.bin").write_bytes(random.Random(0).randbytes(BIN_SIZE))
    return repo


def _sizes(repo: Path) -> dict[str, int]:
    return {
        p.relative_to(repo).as_posix(): p.stat().st_size for p in repo.rglob("*") if p.is_file()
    }


@pytest.fixture(autouse=True)
def _no_tqdm_monitor(monkeypatch):
    """Creating any tqdm bar (even a disabled one, e.g. huggingface_hub's default bars) starts
    tqdm's global "tqdm_monitor" thread, which the conftest's thread check would report."""
    monkeypatch.setattr(std_tqdm, "monitor_interval", 0)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return _make_repo(tmp_path)


@pytest.fixture
def recording_tqdm():
    """A tqdm.auto.tqdm subclass recording every bar, writing to a StringIO, no monitor thread."""

    class RecordingTqdm(auto_tqdm):
        monitor_interval = 0  # tqdm would otherwise start a "tqdm_monitor" thread
        bars: list[RecordingTqdm] = []

        def __init__(self, *args, **kwargs):
            kwargs.setdefault("file", io.StringIO())
            self.init_kwargs = dict(kwargs)
            self.updates: list[float] = []
            super().__init__(*args, **kwargs)
            RecordingTqdm.bars.append(self)

        def update(self, n=1):
            self.updates.append(n)
            return super().update(n)

    return RecordingTqdm


def test_snapshot_download_through_local_hub_reports_progress(repo, tmp_path, recording_tqdm):
    cache = tmp_path / "cache"
    with LocalHub({REPO_ID: repo}) as hub:
        assert constants.ENDPOINT == hub.endpoint
        path = snapshot_download(REPO_ID, cache_dir=cache, tqdm_class=recording_tqdm)
        requests = hub.requests
        commit = hub.commit(REPO_ID)
    assert constants.ENDPOINT != hub.endpoint  # restored on exit

    snapshot = Path(path)
    assert snapshot == cache.resolve() / "models--test-org--fake-model" / "snapshots" / commit
    sizes = _sizes(repo)
    for rel in sizes:
        assert (snapshot / rel).read_bytes() == (repo / rel).read_bytes(), rel
    assert (cache / "models--test-org--fake-model" / "refs" / "main").read_text() == commit

    # Protocol actually used: model info, tree listing, HEAD + GET per file; the LFS file
    # (model.bin) is redirected to the CDN origin.
    paths = [(r.server, r.method, r.path) for r in requests]
    assert ("hub", "GET", f"/api/models/{REPO_ID}/revision/main") in paths
    assert ("hub", "GET", f"/api/models/{REPO_ID}/tree/{commit}") in paths
    assert ("hub", "HEAD", f"/{REPO_ID}/resolve/{commit}/0_Module/model.bin") in paths
    assert any(r.server == "cdn" and r.method == "GET" for r in requests)
    assert ("hub", "GET", f"/{REPO_ID}/resolve/{commit}/0_Module/config.json") in paths
    assert len([r for r in requests if r.is_file_download]) == len(sizes)

    # Progress: three bars are created on tqdm_class.
    bars = {b.init_kwargs.get("desc"): b for b in recording_tqdm.bars}
    files_bar = bars[f"Fetching {len(sizes)} files"]
    assert files_bar.total == len(sizes) and files_bar.n == len(sizes)
    bytes_bar = next(
        b for b in recording_tqdm.bars if b.init_kwargs.get("desc", "").startswith("Reconstructing")
    )
    transfer_bar = bars["Downloading bytes"]
    total = sum(sizes.values())
    assert bytes_bar.init_kwargs["unit"] == "B" and bytes_bar.init_kwargs["total"] == 0
    assert (
        bytes_bar.total == total and bytes_bar.n == total
    )  # totals added from Content-Length/X-Linked-Size
    assert sum(bytes_bar.updates) == total
    assert transfer_bar.n == total and transfer_bar.total == total
    assert bytes_bar.desc.startswith("Reconstruction complete")
    assert transfer_bar.desc.startswith("Download complete")


def test_second_load_uses_cache_and_works_with_server_stopped(repo, tmp_path, recording_tqdm):
    cache = tmp_path / "cache"
    with LocalHub({REPO_ID: repo}) as hub:
        first = snapshot_download(REPO_ID, cache_dir=cache, tqdm_class=recording_tqdm)

        # Online again: only the model-info call, no file transferred, not even a HEAD.
        hub.clear_requests()
        again = snapshot_download(REPO_ID, cache_dir=cache, tqdm_class=recording_tqdm)
        assert again == first
        assert [(r.method, r.path) for r in hub.requests] == [
            ("GET", f"/api/models/{REPO_ID}/revision/main")
        ]

        hub.offline = True  # connection refused from now on
        hub.clear_requests()
        assert snapshot_download(REPO_ID, cache_dir=cache, local_files_only=True) == first
        # Without local_files_only the refused connection falls back to the cache as well.
        assert snapshot_download(REPO_ID, cache_dir=cache, tqdm_class=recording_tqdm) == first
        assert hub.requests == []

        hub.offline = False  # and serving again on the same endpoint
        assert snapshot_download(REPO_ID, cache_dir=cache, tqdm_class=recording_tqdm) == first
        assert hub.file_downloads == []

    # Server gone for good (and huggingface_hub pointed back at its default): still loads.
    assert snapshot_download(REPO_ID, cache_dir=cache, local_files_only=True) == first


def test_server_down_and_nothing_cached_raises_local_entry_not_found(repo, tmp_path):
    with LocalHub({REPO_ID: repo}) as hub:
        hub.offline = True
        with pytest.raises(LocalEntryNotFoundError) as excinfo:
            snapshot_download(REPO_ID, cache_dir=tmp_path / "cache")
    err = excinfo.value
    # Class hierarchy the product can rely on:
    assert isinstance(err, FileNotFoundError) and isinstance(err, OSError)
    assert isinstance(err, EntryNotFoundError)
    assert not isinstance(err, HfHubHTTPError)
    assert isinstance(err.__cause__, httpx2.ConnectError)  # not an OSError subclass!
    assert not (tmp_path / "cache" / "models--test-org--fake-model" / "snapshots").exists()


def test_hub_answering_503_and_nothing_cached_raises_local_entry_not_found(repo, tmp_path):
    with LocalHub({REPO_ID: repo}) as hub:
        hub.error_status = 503
        with pytest.raises(LocalEntryNotFoundError) as excinfo:
            snapshot_download(REPO_ID, cache_dir=tmp_path / "cache")
        assert len(hub.requests) == 1  # model info is not retried: fails fast
    assert isinstance(excinfo.value.__cause__, HfHubHTTPError)
    assert excinfo.value.__cause__.response.status_code == 503


def test_local_files_only_and_nothing_cached_raises_local_entry_not_found(repo, tmp_path):
    with LocalHub({REPO_ID: repo}) as hub:
        with pytest.raises(LocalEntryNotFoundError):
            snapshot_download(REPO_ID, cache_dir=tmp_path / "cache", local_files_only=True)
        assert hub.requests == []


def test_unknown_repo_raises_repository_not_found(repo, tmp_path):
    with LocalHub({REPO_ID: repo}) as hub:
        with pytest.raises(RepositoryNotFoundError) as excinfo:
            snapshot_download("test-org/does-not-exist", cache_dir=tmp_path / "cache")
        assert [r.path for r in hub.requests] == [
            "/api/models/test-org/does-not-exist/revision/main"
        ]
    err = excinfo.value
    assert isinstance(err, HfHubHTTPError) and isinstance(err, OSError)
    assert not isinstance(err, LocalEntryNotFoundError)
    assert err.response.status_code == 401


def test_minimal_duck_typed_progress_class_is_enough(repo, tmp_path):
    """Pins the exact interface snapshot_download uses on tqdm_class (no tqdm inheritance)."""
    calls: list[tuple[str, str]] = []

    class Progress:
        def __init__(self, **kwargs):
            self.desc = kwargs.get("desc", "")
            self.total = kwargs.get("total")
            self.n = kwargs.get("initial", 0) or 0
            self.closed = False
            calls.append(("__init__", self.desc))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.close()

        def update(self, n=1):
            self.n += n or 0

        def refresh(self):
            pass

        def close(self):
            self.closed = True

        def set_description(self, desc=None, refresh=True):
            calls.append(("set_description", desc))
            self.desc = desc

        def set_description_str(self, desc=None, refresh=True):
            calls.append(("set_description_str", desc))
            self.desc = desc

    bars: list[Progress] = []

    class Recording(Progress):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            bars.append(self)

    with LocalHub({REPO_ID: repo}):
        snapshot_download(REPO_ID, cache_dir=tmp_path / "cache", tqdm_class=Recording)
    total = sum(_sizes(repo).values())
    by_desc = {b.desc: b for b in bars}
    assert by_desc["Reconstruction complete"].n == total == by_desc["Reconstruction complete"].total
    assert by_desc["Download complete"].n == total
    files = by_desc[f"Fetching {len(_sizes(repo))} files"]
    assert files.n == files.total and files.closed


def test_resolve_metadata_and_range_requests(repo, tmp_path):
    with LocalHub({REPO_ID: repo}) as hub:
        commit = hub.commit(REPO_ID)
        small = get_hf_file_metadata(hf_hub_url(REPO_ID, "0_Module/config.json"))
        assert (
            small.commit_hash == commit
            and small.size == (repo / "0_Module/config.json").stat().st_size
        )
        big = get_hf_file_metadata(hf_hub_url(REPO_ID, "0_Module/model.bin"))
        assert (
            big.size == BIN_SIZE
            and big.location.startswith(hub.cdn_endpoint)
            and len(big.etag) == 64
        )
        with httpx2.Client() as client:
            r = client.get(big.location, headers={"Range": "bytes=1000-"})
        assert (
            r.status_code == 206 and r.content == (repo / "0_Module/model.bin").read_bytes()[1000:]
        )
        with pytest.raises(EntryNotFoundError):
            get_hf_file_metadata(hf_hub_url(REPO_ID, "nope.txt"))


def test_changed_file_gives_new_commit(repo, tmp_path):
    with LocalHub({REPO_ID: repo}) as hub:
        first = snapshot_download(REPO_ID, cache_dir=tmp_path / "cache")
        (repo / "README.md").write_text("# changed\n")
        second = snapshot_download(REPO_ID, cache_dir=tmp_path / "cache")
        assert first != second and Path(second).name == hub.commit(REPO_ID)
        assert [r.path.rsplit("/", 1)[-1] for r in hub.file_downloads][-1] == "README.md"


def test_subprocess_with_hf_endpoint_env(repo, tmp_path):
    """The other way to point huggingface_hub at the hub: HF_ENDPOINT set before import."""
    code = (
        "import sys; from huggingface_hub import snapshot_download; "
        "print(snapshot_download(sys.argv[1], cache_dir=sys.argv[2]))"
    )
    with LocalHub({REPO_ID: repo}, patch_huggingface_hub=False) as hub:
        env = {**os.environ, **hub.env(), "HF_HUB_DISABLE_PROGRESS_BARS": "1"}
        out = subprocess.run(
            [sys.executable, "-c", code, REPO_ID, str(tmp_path / "cache")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        assert Path(out.stdout.strip()).name == hub.commit(REPO_ID)
        assert hub.file_downloads
