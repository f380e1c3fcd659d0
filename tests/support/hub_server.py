"""A local stand-in for the Hugging Face Hub, for tests (standard library only).

``LocalHub`` serves folders on disk as model repos over HTTP on 127.0.0.1, speaking the
subset of the Hub protocol that ``huggingface_hub`` 2.4 uses for ``snapshot_download``:

* ``GET /api/models/{repo_id}`` and ``GET /api/models/{repo_id}/revision/{revision}``
  (``HfApi.model_info`` / ``repo_info``): JSON with ``id``, ``sha`` (the commit) and
  ``siblings``.  ``snapshot_download`` only needs ``sha``.
* ``GET /api/models/{repo_id}/tree/{revision}[/{path}]?recursive=...`` (``list_repo_tree``):
  JSON list of ``{"type": "file", "path", "size", "oid", "lfs": {...}}`` and
  ``{"type": "directory", ...}`` entries.  ``snapshot_download`` downloads what it lists.
* ``HEAD``/``GET /{repo_id}/resolve/{revision}/{path}`` (``hf_hub_download``):
  - regular files: ``200`` with ``Content-Length``, ``ETag: "<git blob sha1>"``,
    ``X-Repo-Commit``, ``Content-Disposition``, ``Accept-Ranges``;
  - LFS files (weights, or anything >= 10 MiB): ``302`` to a second local "CDN" server
    (another port, hence another origin, as on the real Hub) with ``X-Linked-Etag:
    "<sha256>"``, ``X-Linked-Size``, ``X-Repo-Commit``.  ``huggingface_hub`` then GETs the
    CDN URL directly.  No ``X-Xet-*`` headers are sent, so the plain-HTTP path is used
    even though ``hf_xet`` is installed.
* Errors as the Hub reports them: unknown repo -> ``401`` + ``X-Error-Code: RepoNotFound``
  (``RepositoryNotFoundError``), unknown revision -> ``404`` + ``RevisionNotFound``,
  unknown file -> ``404`` + ``EntryNotFound`` (``RemoteEntryNotFoundError``).
* ``Range: bytes=N-`` requests (used to resume downloads) get ``206``.

The commit hash of a repo is derived from its file contents, so it changes when a test
changes a file (see ``LocalHub.commit``).

Pointing ``huggingface_hub`` at the server
------------------------------------------
``huggingface_hub.constants`` reads ``HF_ENDPOINT`` once, at import, into ``ENDPOINT`` and
``HUGGINGFACE_CO_URL_TEMPLATE``.  All download code reads those two module attributes at call
time (``HfApi.__init__`` -> ``constants.ENDPOINT``; ``hf_hub_url`` ->
``constants.HUGGINGFACE_CO_URL_TEMPLATE``), so patching both works even after import.
Entering ``LocalHub`` does that by default (``patch_huggingface_hub=True``, see
``point_huggingface_hub_at``) and restores everything on exit.  It also:

* sets ``os.environ["HF_ENDPOINT"]`` (for subprocesses) and adds 127.0.0.1 to ``NO_PROXY``;
* switches ``HF_HUB_OFFLINE`` off (``constants.HF_HUB_OFFLINE`` and the env var):
  tests/conftest.py sets it to 1 so that nothing else can reach the network;
* sets ``constants.HF_HUB_DISABLE_TELEMETRY``: otherwise the first request of a process
  also fetches ``{ENDPOINT}/api/agent-harnesses`` (for the User-Agent), which would make
  request logs depend on test order;
* closes ``huggingface_hub``'s shared HTTP client so a fresh one picks the settings up.

For a subprocess, pass ``env={**os.environ, **hub.env()}``: then ``HF_ENDPOINT`` is read at
import as in production.  (``utils._http._HUB_ORIGINS`` is also computed at import; it only
decides which redirects keep the auth header, which does not matter here.)

Failure modes
-------------
``hub.offline = True`` closes both listening sockets: connections are refused (as when the
machine is offline) until ``hub.offline = False`` re-opens them on the same ports.
``hub.error_status = 503`` makes every request answer that status (Hub down);
``None`` restores normal service.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import json
import os
import threading
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

LFS_SUFFIXES = (
    ".bin", ".safetensors", ".pt", ".pth", ".ckpt", ".h5", ".onnx", ".msgpack", ".ot", ".model",
    ".pb", ".tflite", ".gz", ".zip", ".tar", ".npy", ".npz", ".parquet", ".arrow", ".pkl",
)  # fmt: skip
LFS_THRESHOLD = 10 * 1024 * 1024  # git-lfs is mandatory on the Hub above 10 MiB

_CHUNK = 1 << 20


@dataclass(frozen=True)
class HubRequest:
    """One HTTP request received by the hub (``server="hub"``) or the CDN (``server="cdn"``)."""

    server: str
    method: str
    path: str  # URL path as sent (percent-encoded), without the query string
    query: str = ""

    @property
    def is_file_download(self) -> bool:
        """A GET that transfers file content (resolve or CDN), as opposed to API / HEAD calls."""
        return self.method == "GET" and (self.server == "cdn" or "/resolve/" in self.path)


@dataclass(frozen=True)
class RepoFileInfo:
    path: str  # posix path inside the repo
    local: Path
    size: int
    blob_id: str  # git blob sha1 (of the LFS pointer for LFS files)
    sha256: str | None  # set for LFS files
    pointer_size: int | None


def _git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def _file_hashes(path: Path, size: int, want_sha256: bool) -> tuple[str, str | None]:
    """(git blob sha1 of the content, sha256 of the content or None)."""
    sha1 = hashlib.sha1(b"blob %d\0" % size)
    sha256 = hashlib.sha256() if want_sha256 else None
    with open(path, "rb") as f:
        while chunk := f.read(8 * _CHUNK):
            if sha256 is not None:
                sha256.update(chunk)
            else:
                sha1.update(chunk)
    if sha256 is not None:
        return "", sha256.hexdigest()
    return sha1.hexdigest(), None


class _Repo:
    """A served repo: a local folder whose listing/hashes are cached by file stat."""

    def __init__(self, repo_id: str, folder: Path, lfs_threshold: int) -> None:
        self.repo_id = repo_id
        self.folder = Path(folder)
        self.lfs_threshold = lfs_threshold
        self._lock = threading.Lock()
        self._hash_cache: dict[tuple[str, int, int], tuple[str, str | None]] = {}

    def is_lfs(self, rel: str, size: int) -> bool:
        return rel.lower().endswith(LFS_SUFFIXES) or size >= self.lfs_threshold

    def snapshot(self) -> tuple[str, dict[str, RepoFileInfo]]:
        """(commit sha, {path: info}) for the folder's current content."""
        if not self.folder.is_dir():
            raise FileNotFoundError(f"repo folder of {self.repo_id} does not exist: {self.folder}")
        files: dict[str, RepoFileInfo] = {}
        with self._lock:
            for local in sorted(self.folder.rglob("*")):
                rel_parts = local.relative_to(self.folder).parts
                if ".git" in rel_parts or not local.is_file():
                    continue
                rel = "/".join(rel_parts)
                st = local.stat()
                lfs = self.is_lfs(rel, st.st_size)
                key = (str(local), st.st_size, st.st_mtime_ns)
                if key not in self._hash_cache:
                    self._hash_cache[key] = _file_hashes(local, st.st_size, want_sha256=lfs)
                blob_id, sha256 = self._hash_cache[key]
                pointer_size = None
                if lfs:
                    pointer = (
                        "version https://git-lfs.github.com/spec/v1\n"
                        f"oid sha256:{sha256}\nsize {st.st_size}\n"
                    ).encode()
                    blob_id = _git_blob_sha1(pointer)
                    pointer_size = len(pointer)
                files[rel] = RepoFileInfo(rel, local, st.st_size, blob_id, sha256, pointer_size)
        listing = "".join(f"{p}\0{i.blob_id}\n" for p, i in files.items())
        commit = hashlib.sha1(f"{self.repo_id}\n{listing}".encode()).hexdigest()
        return commit, files


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins the request threads
    block_on_close = True
    allow_reuse_address = True

    def __init__(self, address, hub: LocalHub, role: str) -> None:
        self.hub = hub
        self.role = role
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers at shutdown
    server_version = "LocalHub/1.0"
    timeout = 30  # a silent client cannot block shutdown for longer than this

    def log_message(self, format, *args) -> None:  # noqa: A002 - silence stderr access log
        pass

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    def do_GET(self) -> None:
        self._dispatch(head=False)

    def do_POST(self) -> None:  # telemetry etc.: not part of the emulated surface
        self._dispatch(head=False)

    # ------------------------------------------------------------------ plumbing

    def _dispatch(self, head: bool) -> None:
        hub = self.server.hub
        split = urllib.parse.urlsplit(self.path)
        hub._record(HubRequest(self.server.role, self.command, split.path, split.query))
        try:
            if hub.error_status is not None:
                self._send_json(
                    hub.error_status, {"error": "Service unavailable (LocalHub.error_status)"}, head
                )
            elif self.server.role == "cdn":
                self._serve_cdn(split.path, head)
            elif self.command == "POST":
                self._send_json(404, {"error": "Not found"}, head)
            elif split.path.startswith("/api/models/"):
                self._serve_api(
                    split.path[len("/api/models/") :], urllib.parse.parse_qs(split.query), head
                )
            else:
                self._serve_resolve(split.path.lstrip("/"), head)
        except (BrokenPipeError, ConnectionResetError):
            pass  # client went away (e.g. a test stopped mid-download)

    def _send(
        self, status: int, headers: Mapping[str, str], body: bytes = b"", head: bool = False
    ) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if body and not head:
            self.wfile.write(body)

    def _send_json(
        self, status: int, obj, head: bool, headers: Mapping[str, str] | None = None
    ) -> None:
        body = json.dumps(obj).encode()
        self._send(
            status,
            {"Content-Type": "application/json; charset=utf-8", **(headers or {})},
            body,
            head,
        )

    def _repo_not_found(self, head: bool) -> None:
        self._send_json(
            401,
            {"error": "Repository not found"},
            head,
            {"X-Error-Code": "RepoNotFound", "X-Error-Message": "Repository not found"},
        )

    def _find_repo(self, rest: str, separators: tuple[str, ...]) -> tuple[_Repo | None, str]:
        """Match the longest known repo id at the start of ``rest``; return (repo, remainder)."""
        for repo_id in sorted(self.server.hub._repos, key=len, reverse=True):
            if rest == repo_id:
                return self.server.hub._repos[repo_id], ""
            for sep in separators:
                if rest.startswith(repo_id + sep):
                    return self.server.hub._repos[repo_id], rest[len(repo_id) :]
        return None, rest

    @staticmethod
    def _resolve_revision(revision: str, commit: str) -> bool:
        return revision in ("main", commit)

    # ------------------------------------------------------------------ /api/models

    def _serve_api(self, rest: str, params: dict[str, list[str]], head: bool) -> None:
        repo, remainder = self._find_repo(rest, ("/",))
        if repo is None:
            self._repo_not_found(head)
            return
        if remainder and not remainder.startswith(("/revision/", "/tree/")):
            self._send_json(404, {"error": "Not found (not emulated by LocalHub)"}, head)
            return
        commit, files = repo.snapshot()
        if remainder == "" or remainder.startswith("/revision/"):
            revision = urllib.parse.unquote(remainder[len("/revision/") :]) if remainder else "main"
            if not self._resolve_revision(revision, commit):
                self._send_json(
                    404, {"error": "Invalid rev id"}, head, {"X-Error-Code": "RevisionNotFound"}
                )
                return
            self._send_json(
                200,
                self._model_info(
                    repo, commit, files, params.get("blobs", [""])[0].lower() == "true"
                ),
                head,
            )
            return
        # /tree/{revision}[/{path}]
        tail = remainder[len("/tree/") :]
        revision, _, sub = tail.partition("/")
        revision, sub = urllib.parse.unquote(revision), urllib.parse.unquote(sub).strip("/")
        if not self._resolve_revision(revision, commit):
            self._send_json(
                404, {"error": "Invalid rev id"}, head, {"X-Error-Code": "RevisionNotFound"}
            )
            return
        recursive = params.get("recursive", ["false"])[0].lower() == "true"
        entries = self._tree(files, sub, recursive)
        if entries is None:
            self._send_json(
                404, {"error": "Entry not found"}, head, {"X-Error-Code": "EntryNotFound"}
            )
            return
        self._send_json(200, entries, head)

    def _model_info(
        self, repo: _Repo, commit: str, files: dict[str, RepoFileInfo], blobs: bool
    ) -> dict:
        siblings = []
        for info in files.values():
            sib: dict = {"rfilename": info.path}
            if blobs:
                sib["size"] = info.size
                sib["blobId"] = info.blob_id
                if info.sha256:
                    sib["lfs"] = {
                        "size": info.size,
                        "sha256": info.sha256,
                        "pointerSize": info.pointer_size,
                    }
            siblings.append(sib)
        author = repo.repo_id.split("/")[0] if "/" in repo.repo_id else None
        return {
            "_id": hashlib.md5(repo.repo_id.encode()).hexdigest()[:24],
            "id": repo.repo_id,
            "modelId": repo.repo_id,
            "author": author,
            "sha": commit,
            "lastModified": "2024-01-01T00:00:00.000Z",
            "createdAt": "2022-03-02T23:29:05.000Z",
            "private": False,
            "disabled": False,
            "gated": False,
            "downloads": 0,
            "likes": 0,
            "library_name": "sentence-transformers",
            "tags": ["sentence-transformers"],
            "siblings": siblings,
            "usedStorage": sum(i.size for i in files.values()),
        }

    @staticmethod
    def _tree(files: dict[str, RepoFileInfo], sub: str, recursive: bool) -> list[dict] | None:
        prefix = f"{sub}/" if sub else ""
        dirs: set[str] = set()
        out: list[dict] = []
        found = not sub
        for path, info in files.items():
            if not path.startswith(prefix):
                continue
            found = True
            rel = path[len(prefix) :]
            parts = rel.split("/")
            for k in range(1, len(parts)):  # parent folders of this file, below ``sub``
                d = prefix + "/".join(parts[:k])
                if (recursive or k == 1) and d not in dirs:
                    dirs.add(d)
                    out.append(
                        {
                            "type": "directory",
                            "oid": hashlib.sha1(d.encode()).hexdigest(),
                            "size": 0,
                            "path": d,
                        }
                    )
            if len(parts) > 1 and not recursive:
                continue
            entry: dict = {"type": "file", "oid": info.blob_id, "size": info.size, "path": path}
            if info.sha256:
                entry["lfs"] = {
                    "oid": info.sha256,
                    "size": info.size,
                    "pointerSize": info.pointer_size,
                }
            out.append(entry)
        return out if found else None

    # ------------------------------------------------------------------ /resolve

    def _serve_resolve(self, rest: str, head: bool) -> None:
        repo, remainder = self._find_repo(rest, ("/resolve/",))
        if repo is None:
            if "/resolve/" in rest:
                self._repo_not_found(head)
            else:
                self._send_json(404, {"error": "Not found"}, head)
            return
        commit, files = repo.snapshot()
        tail = remainder[len("/resolve/") :]
        revision, _, filename = tail.partition("/")
        revision, filename = urllib.parse.unquote(revision), urllib.parse.unquote(filename)
        if not self._resolve_revision(revision, commit):
            self._send_json(
                404, {"error": "Invalid rev id"}, head, {"X-Error-Code": "RevisionNotFound"}
            )
            return
        info = files.get(filename)
        if info is None:
            self._send_json(
                404,
                {"error": "Entry not found"},
                head,
                {"X-Error-Code": "EntryNotFound", "X-Repo-Commit": commit},
            )
            return
        common = {
            "X-Repo-Commit": commit,
            "Accept-Ranges": "bytes",
            "Vary": "Origin, Accept",
        }
        if info.sha256 is not None:
            cdn = self.server.hub.cdn_endpoint
            location = f"{cdn}/repos/{info.sha256}?filename={urllib.parse.quote(filename)}"
            body = f"Found. Redirecting to {location}".encode()
            headers = {
                **common,
                "Location": location,
                "ETag": f'"{info.blob_id}"',
                "X-Linked-Etag": f'"{info.sha256}"',
                "X-Linked-Size": str(info.size),
                "Content-Type": "text/plain; charset=utf-8",
            }
            self._send(302, headers, body, head)
            return
        headers = {
            **common,
            "ETag": f'"{info.blob_id}"',
            "Content-Type": "application/octet-stream",
            "Content-Disposition": _content_disposition(filename),
        }
        self._send_file(info, headers, head)

    # ------------------------------------------------------------------ CDN

    def _serve_cdn(self, path: str, head: bool) -> None:
        sha256 = path.rsplit("/", 1)[-1]
        info = self.server.hub._lfs_object(sha256) if path.startswith("/repos/") else None
        if info is None:
            self._send(404, {"Content-Type": "text/plain"}, b"NoSuchKey", head)
            return
        headers = {
            "ETag": f'"{sha256}"',
            "Content-Type": "application/octet-stream",
            "Content-Disposition": _content_disposition(info.path.rsplit("/", 1)[-1]),
            "Accept-Ranges": "bytes",
            "Last-Modified": email.utils.formatdate(usegmt=True),
        }
        self._send_file(info, headers, head)

    def _send_file(self, info: RepoFileInfo, headers: dict[str, str], head: bool) -> None:
        size = info.size
        start, status = 0, 200
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes=") and "," not in rng:
            first, _, last = rng[len("bytes=") :].partition("-")
            if first.isdigit() and (last == "" or last.isdigit()):
                start = int(first)
                end = int(last) if last else size - 1
                if start >= size or end < start:
                    self._send(416, {"Content-Range": f"bytes */{size}"}, b"", head)
                    return
                size = min(end, info.size - 1) - start + 1
                status = 206
                headers = {
                    **headers,
                    "Content-Range": f"bytes {start}-{start + size - 1}/{info.size}",
                }
        self._send(status, {**headers, "Content-Length": str(size)}, b"", head)
        if head:
            return
        with open(info.local, "rb") as f:
            self.wfile.flush()
            self.connection.sendfile(f, offset=start, count=size)  # falls back to send() if needed


def _content_disposition(filename: str) -> str:
    name = filename.rsplit("/", 1)[-1]
    return f"inline; filename*=UTF-8''{urllib.parse.quote(name)}; filename=\"{name}\";"


class LocalHub:
    """Serve ``repos`` (``{"org/name": folder}``) as Hugging Face model repos on 127.0.0.1.

    Use as a context manager::

        with LocalHub({"sentence-transformers/clip-ViT-B-32": folder}) as hub:
            path = snapshot_download("sentence-transformers/clip-ViT-B-32", cache_dir=...)
            assert [r for r in hub.requests if r.is_file_download]

    Attributes / members:
        endpoint: ``http://127.0.0.1:PORT`` (what ``HF_ENDPOINT`` would be).
        cdn_endpoint: where LFS files are redirected to (a second port).
        requests: copy of the list of :class:`HubRequest` received so far (both servers).
        file_downloads: the subset of ``requests`` that transferred file content.
        offline: set True to refuse connections, False to serve again (same ports).
        error_status: set to e.g. 503 to answer every request with that status.
    """

    def __init__(
        self,
        repos: Mapping[str, Path | str],
        *,
        patch_huggingface_hub: bool = True,
        lfs_threshold: int = LFS_THRESHOLD,
        host: str = "127.0.0.1",
    ) -> None:
        self._repos = {
            rid: _Repo(rid, Path(folder), lfs_threshold) for rid, folder in repos.items()
        }
        self._patch = patch_huggingface_hub
        self._host = host
        self._requests: list[HubRequest] = []
        self._req_lock = threading.Lock()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._ports: tuple[int, int] | None = None
        self._offline = False
        self.error_status: int | None = None
        self._restore: contextlib.ExitStack | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> LocalHub:
        if self._ports is not None:
            raise RuntimeError("LocalHub already started")
        for repo in self._repos.values():  # hash now, not inside a request with a 10 s timeout
            repo.snapshot()
        self._listen(0, 0)
        if self._patch:
            self._restore = contextlib.ExitStack()
            self._restore.enter_context(point_huggingface_hub_at(self.endpoint))
        return self

    def stop(self) -> None:
        try:
            self._close_servers()
        finally:
            if self._restore is not None:
                self._restore.close()
                self._restore = None

    def __enter__(self) -> LocalHub:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _listen(self, hub_port: int, cdn_port: int) -> None:
        try:
            hub = _Server((self._host, hub_port), self, "hub")
            try:
                cdn = _Server((self._host, cdn_port), self, "cdn")
            except BaseException:
                hub.server_close()
                raise
        except OSError as exc:
            raise RuntimeError(
                f"LocalHub could not listen on {self._host}:{hub_port}/{cdn_port}: {exc}"
            ) from exc
        self._servers = [hub, cdn]
        self._ports = (hub.server_address[1], cdn.server_address[1])
        self._threads = []
        for srv in self._servers:
            t = threading.Thread(
                target=srv.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"LocalHub-{srv.role}-{srv.server_address[1]}",
                daemon=True,
            )
            t.start()
            self._threads.append(t)

    def _close_servers(self) -> None:
        for srv in self._servers:
            srv.shutdown()  # returns once serve_forever has exited
        for srv in self._servers:
            srv.server_close()  # closes the socket and joins request threads
        for t in self._threads:
            t.join()
        self._servers, self._threads = [], []

    # ------------------------------------------------------------------ state

    @property
    def endpoint(self) -> str:
        if self._ports is None:
            raise RuntimeError("LocalHub not started")
        return f"http://{self._host}:{self._ports[0]}"

    @property
    def cdn_endpoint(self) -> str:
        if self._ports is None:
            raise RuntimeError("LocalHub not started")
        return f"http://{self._host}:{self._ports[1]}"

    @property
    def offline(self) -> bool:
        return self._offline

    @offline.setter
    def offline(self, value: bool) -> None:
        value = bool(value)
        if value == self._offline:
            return
        if self._ports is None:
            raise RuntimeError("LocalHub not started")
        if value:
            self._close_servers()
        else:
            self._listen(*self._ports)
        self._offline = value

    @property
    def requests(self) -> list[HubRequest]:
        with self._req_lock:
            return list(self._requests)

    @property
    def file_downloads(self) -> list[HubRequest]:
        return [r for r in self.requests if r.is_file_download]

    def clear_requests(self) -> None:
        with self._req_lock:
            self._requests.clear()

    def _record(self, req: HubRequest) -> None:
        with self._req_lock:
            self._requests.append(req)

    def commit(self, repo_id: str) -> str:
        """The commit hash currently served for ``repo_id`` (the snapshot folder name)."""
        return self._repos[repo_id].snapshot()[0]

    def files(self, repo_id: str) -> dict[str, int]:
        """``{path: size}`` of the files served for ``repo_id``."""
        return {p: i.size for p, i in self._repos[repo_id].snapshot()[1].items()}

    def _lfs_object(self, sha256: str) -> RepoFileInfo | None:
        for repo in self._repos.values():
            for info in repo.snapshot()[1].values():
                if info.sha256 == sha256:
                    return info
        return None

    def env(self) -> dict[str, str]:
        """Environment variables that point a *new* Python process at this hub."""
        return {
            "HF_ENDPOINT": self.endpoint,
            "HF_HUB_DISABLE_TELEMETRY": "1",
            "HF_HUB_OFFLINE": "0",
            "NO_PROXY": _no_proxy_value(),
            "no_proxy": _no_proxy_value(),
        }


def _no_proxy_value() -> str:
    current = [
        v for v in (os.environ.get("NO_PROXY") or os.environ.get("no_proxy") or "").split(",") if v
    ]
    for host in ("127.0.0.1", "localhost"):
        if host not in current:
            current.append(host)
    return ",".join(current)


@contextlib.contextmanager
def point_huggingface_hub_at(endpoint: str) -> Iterator[None]:
    """Make the already-imported (or later imported) ``huggingface_hub`` talk to ``endpoint``.

    Patches ``huggingface_hub.constants.ENDPOINT`` and ``HUGGINGFACE_CO_URL_TEMPLATE`` (the only
    two values the download path derives from ``HF_ENDPOINT``), clears ``HF_HUB_OFFLINE`` and
    sets ``HF_HUB_DISABLE_TELEMETRY`` (see the module docstring), mirrors that in ``os.environ``
    (``HF_ENDPOINT``, ``HF_HUB_OFFLINE=0``, ``NO_PROXY``) and resets the shared HTTP client;
    everything is restored on exit.
    """
    from huggingface_hub import constants
    from huggingface_hub.utils import _http

    endpoint = endpoint.rstrip("/")
    saved_consts = (
        constants.ENDPOINT,
        constants.HUGGINGFACE_CO_URL_TEMPLATE,
        constants.HF_HUB_DISABLE_TELEMETRY,
        constants.HF_HUB_OFFLINE,
    )
    env_keys = ("HF_ENDPOINT", "HF_HUB_OFFLINE", "NO_PROXY", "no_proxy")
    saved_env = {k: os.environ.get(k) for k in env_keys}
    no_proxy = _no_proxy_value()
    constants.ENDPOINT = endpoint
    constants.HUGGINGFACE_CO_URL_TEMPLATE = endpoint + "/{repo_id}/resolve/{revision}/{filename}"
    # With telemetry on, the first request of a process also GETs {ENDPOINT}/api/agent-harnesses
    # (to build the User-Agent), which would make request logs depend on test order.
    constants.HF_HUB_DISABLE_TELEMETRY = True
    # tests/conftest.py sets HF_HUB_OFFLINE=1 so that nothing reaches the real hub; the local
    # hub is the exception. (``constants.HF_HUB_OFFLINE`` is what ``is_offline_mode()`` reads.)
    constants.HF_HUB_OFFLINE = False
    os.environ.update(
        {"HF_ENDPOINT": endpoint, "HF_HUB_OFFLINE": "0", "NO_PROXY": no_proxy, "no_proxy": no_proxy}
    )
    _http.close_session()  # the next client is created with the new proxy settings
    try:
        yield
    finally:
        (
            constants.ENDPOINT,
            constants.HUGGINGFACE_CO_URL_TEMPLATE,
            constants.HF_HUB_DISABLE_TELEMETRY,
            constants.HF_HUB_OFFLINE,
        ) = saved_consts
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        _http.close_session()
