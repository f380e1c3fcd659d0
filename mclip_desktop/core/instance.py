"""A running instance answers the command line: the app or ``watch`` serves ``search`` over
a local socket, so that a search does not start Python, torch and the models from scratch.

The protocol is one JSON line each way per connection. The client sends the command line it
was given; the server checks that it serves the same library with the same models (and the
same language and inference settings), then runs that very command line through the CLI's
own code with its already loaded library and returns stdout, stderr and the exit code. Every
search option, present or future, therefore answers exactly as it would alone.

Anything unexpected (no instance, a stale socket file, another protocol version, another
library, a busy or silent instance) makes the client answer by itself, silently.

Only the user who started the instance may connect: the socket lives in the user's runtime
folder (mode 0700) with mode 0600, and on Linux the server also checks the peer's uid
(SO_PEERCRED). Windows is not served yet: the standard library's named pipes cannot be
restricted to one user, so the command line there always answers by itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import socket
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
RUNTIME_DIR_ENV = "MCLIP_RUNTIME_DIR"
CONNECT_TIMEOUT = 0.25
ANSWER_TIMEOUT = 4.0
_MAX_MESSAGE = 64 * 1024 * 1024
# Environment that changes what a search prints: the language of messages, inference mode.
_ENV_THAT_MATTERS = (
    "MCLIP_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "MCLIP_FAST_INFERENCE",
    "MCLIP_ONEDNN_LINEAR",
)  # fmt: skip
# AF_UNIX paths are limited to 108 bytes on Linux, 104 on macOS.
_MAX_SOCKET_PATH = 100

SUPPORTED = hasattr(socket, "AF_UNIX") and sys.platform != "win32"


@dataclass(frozen=True)
class Identity:
    """What must agree for an instance's answer to equal the command's own."""

    data_dir: str
    image_model: str
    text_model: str
    environment: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, data_dir: str | os.PathLike[str], image_model: str, text_model: str) -> Identity:
        env = tuple((k, os.environ[k]) for k in _ENV_THAT_MATTERS if os.environ.get(k))
        return cls(str(data_dir), image_model, text_model, env)

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["environment"] = [list(pair) for pair in self.environment]
        return data


def runtime_dir() -> Path:
    """The user's own folder for sockets (``MCLIP_RUNTIME_DIR`` overrides, for tests)."""
    env = os.environ.get(RUNTIME_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import warnings

    import platformdirs

    with warnings.catch_warnings():
        # Without XDG_RUNTIME_DIR platformdirs falls back to /tmp/runtime-$UID and warns;
        # the folder is made 0700 below either way.
        warnings.simplefilter("ignore")
        return Path(platformdirs.user_runtime_dir("mclip-desktop", appauthor=False))


def socket_path(data_dir: str | os.PathLike[str]) -> Path:
    """One socket per library, so that instances on different libraries do not collide."""
    digest = hashlib.sha256(os.fsencode(str(data_dir))).hexdigest()[:16]
    return runtime_dir() / f"search-{digest}.sock"


def peer_uid(conn: socket.socket) -> int | None:
    """The uid of the process at the other end, where the platform says (Linux)."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    fmt = "3i"
    raw = conn.getsockopt(socket.SOL_SOCKET, option, struct.calcsize(fmt))
    _pid, uid, _gid = struct.unpack(fmt, raw)
    return int(uid)


def peer_allowed(uid: int | None, own_uid: int) -> bool:
    """Only the instance's own user may ask it. An unknown uid (no SO_PEERCRED) is left to
    the folder's and socket's permissions, which already keep other users out."""
    return uid is None or uid == own_uid


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    info = folder.stat()
    if info.st_uid != os.getuid():
        raise PermissionError(f"{folder} belongs to another user")
    if info.st_mode & 0o077:
        os.chmod(folder, 0o700)


def _read_line(conn: socket.socket) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if chunk.endswith(b"\n") or size > _MAX_MESSAGE:
            break
    return b"".join(chunks)


def _send(conn: socket.socket, message: dict[str, object]) -> None:
    conn.sendall(json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n")


# -- client ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    stdout: str
    stderr: str
    code: int


def _mentions_relative_path(argv: Sequence[str]) -> bool:
    """Whether an argument might be a path relative to the working folder (which the
    instance would read relative to its own)."""
    for arg in argv:
        value = arg.split("=", 1)[1] if arg.startswith("--") and "=" in arg else arg
        if not value or value.startswith("-") or os.path.isabs(value):
            continue
        if os.sep in value or "." in value or value.startswith("~") or os.path.lexists(value):
            return True
    return False


def ask(
    identity: Identity,
    argv: Sequence[str],
    *,
    connect_timeout: float | None = None,
    answer_timeout: float | None = None,
) -> Answer | None:
    """The answer of an instance serving this library, or None: answer by yourself."""
    if not SUPPORTED:
        return None
    connect_timeout = CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    answer_timeout = ANSWER_TIMEOUT if answer_timeout is None else answer_timeout
    try:
        path = socket_path(identity.data_dir)
        if len(os.fsencode(str(path))) > _MAX_SOCKET_PATH or not path.exists():
            return None
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(connect_timeout)
            conn.connect(str(path))
            conn.settimeout(answer_timeout)
            _send(
                conn,
                {
                    "version": PROTOCOL_VERSION,
                    "identity": identity.as_json(),
                    "argv": list(argv),
                    "cwd": os.getcwd(),
                    "relative_paths": _mentions_relative_path(argv),
                },
            )
            conn.shutdown(socket.SHUT_WR)
            reply = json.loads(_read_line(conn) or b"null")
    except (OSError, ValueError, UnicodeError) as exc:
        # Includes a stale socket file (refused), a busy instance (timeout), garbage.
        log.info("No answer from a running instance (%s); answering alone.", exc)
        return None
    if (
        not isinstance(reply, dict)
        or reply.get("version") != PROTOCOL_VERSION
        or reply.get("status") != "ok"
    ):
        log.info("The running instance declined: %s", reply)
        return None
    try:
        return Answer(str(reply["stdout"]), str(reply["stderr"]), int(reply["code"]))
    except (KeyError, TypeError, ValueError):
        return None


# -- server ----------------------------------------------------------------------------

# Runs a command line with the served library; returns (stdout, stderr, exit code), or None
# when it cannot answer it (the client then answers by itself).
Runner = Callable[[Sequence[str]], "tuple[str, str, int] | None"]


class InstanceServer:
    """Serves one library's searches on a Unix socket from a thread of its own.

    ``identity`` is asked for each request, since the GUI can switch models while running.
    ``ready`` says whether the models are loaded; until then requests are declined, so that
    the command line does not wait for a loading instance.
    """

    def __init__(
        self,
        identity: Callable[[], Identity],
        run: Runner,
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        self._identity = identity
        self._run = run
        self._ready = ready
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._path: Path | None = None
        self._inode: tuple[int, int] | None = None
        self._own_uid = os.getuid() if hasattr(os, "getuid") else -1

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def serving(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> bool:
        """Start serving; False (logged) when this platform, a too-long path or another
        live instance on the same library stops it. Never raises: serving is a bonus."""
        if not SUPPORTED:
            return False
        try:
            path = socket_path(self._identity().data_dir)
            if len(os.fsencode(str(path))) > _MAX_SOCKET_PATH:
                log.info("Not serving searches: socket path too long: %s", path)
                return False
            _private_folder(path.parent)
            if path.exists() or path.is_symlink():
                if _answers(path):
                    log.info("Another instance already serves this library at %s", path)
                    return False
                path.unlink()  # stale: its process ended without removing it
            listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            old_umask = os.umask(0o177)
            try:
                listener.bind(str(path))
            finally:
                os.umask(old_umask)
            os.chmod(path, 0o600)
            listener.listen(8)
            listener.settimeout(0.5)
        except OSError as exc:
            log.info("Not serving searches: %s", exc)
            return False
        info = path.stat()
        self._listener, self._path, self._inode = listener, path, (info.st_dev, info.st_ino)
        self._stopping.clear()
        self._thread = threading.Thread(target=self._loop, name="mclip-instance", daemon=True)
        self._thread.start()
        return True

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._path is not None:
            with contextlib.suppress(OSError):
                info = self._path.stat()
                # Only our own socket: a later instance may have replaced a file we lost.
                if (info.st_dev, info.st_ino) == self._inode:
                    self._path.unlink()
            self._path = None

    def __enter__(self) -> InstanceServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _loop(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                if self._stopping.is_set():
                    return
                continue
            with conn:
                try:
                    self._handle(conn)
                except Exception:  # one bad request must not end serving
                    log.exception("Could not answer a search request")

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5.0)
        if not peer_allowed(peer_uid(conn), self._own_uid):
            log.warning("Refused a search request from another user.")
            return
        try:
            request = json.loads(_read_line(conn))
        except (ValueError, UnicodeError):
            _send(conn, {"version": PROTOCOL_VERSION, "status": "bad-request"})
            return
        if not isinstance(request, dict) or request.get("version") != PROTOCOL_VERSION:
            _send(conn, {"version": PROTOCOL_VERSION, "status": "version"})
            return
        status = self._declines(request)
        if status:
            _send(conn, {"version": PROTOCOL_VERSION, "status": status})
            return
        argv = [str(a) for a in request.get("argv", [])]
        answer = self._run(argv)
        if answer is None:
            _send(conn, {"version": PROTOCOL_VERSION, "status": "declined"})
            return
        stdout, stderr, code = answer
        _send(
            conn,
            {"version": PROTOCOL_VERSION, "status": "ok", "stdout": stdout, "stderr": stderr,
             "code": code},
        )  # fmt: skip

    def _declines(self, request: dict[str, object]) -> str | None:
        if request.get("identity") != self._identity().as_json():
            return "other-library"
        if request.get("relative_paths") and request.get("cwd") != os.getcwd():
            return "other-folder"
        if not self._ready():
            return "not-ready"
        return None


def _answers(path: Path) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(CONNECT_TIMEOUT)
            probe.connect(str(path))
        return True
    except OSError:
        return False


def run_captured(main: Callable[..., int], argv: Sequence[str]) -> tuple[str, str, int]:
    """Run a CLI entry point with its output captured, as a runner for the server."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return out.getvalue(), err.getvalue(), code


class LibraryRunner:
    """Runs the CLI's own ``search`` with an already open library, on the server's thread.

    The library's catalog connection belongs to its writer; this runner reads through its own
    connection, and shares the library's models and vector index."""

    def __init__(
        self,
        library: object,
        run_search: Callable[[object, Sequence[str]], tuple[str, str, int] | None],
    ) -> None:
        self._library = library
        self._run_search = run_search
        self._reader: object | None = None

    def __call__(self, argv: Sequence[str]) -> tuple[str, str, int] | None:
        return self._run_search(self._view(), argv)

    def _view(self) -> object:
        import copy

        library = self._library
        if self._reader is None:
            self._reader = library.reader()  # type: ignore[attr-defined]
        reader = self._reader
        view = copy.copy(library)
        # A shallow copy reads through its own connection and shares the library's loaded
        # models, indexes and lock (the same dicts): loaded once, live-updated by indexing.
        view.catalog = reader  # type: ignore[attr-defined]
        view.searcher = library.searcher_for(reader)  # type: ignore[attr-defined]
        view.close = lambda: None  # type: ignore[attr-defined]
        return view

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()  # type: ignore[attr-defined]
            self._reader = None
