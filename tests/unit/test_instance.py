"""A running instance answers ``search``: the same output as answering alone, and a silent
fallback to answering alone when no instance, a stale socket, another protocol version,
another library or a busy instance stands in the way. Only the instance's own user gets in."""

from __future__ import annotations

import io
import json
import os
import socket
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mclip_desktop import cli
from mclip_desktop.core import instance
from mclip_desktop.core.library import Library, LibraryConfig
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

pytestmark = pytest.mark.usefixtures("models_loaded_once")


MODEL_OPTIONS = ["--image-model", str(TINY_IMAGE), "--text-model", str(TINY_TEXT)]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("instance")
    synthetic.write_photo_collection(root / "photos", per_class=2, seed=5)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        [*MODEL_OPTIONS, "--data-dir", str(root / "data"), "index", str(root / "photos")],
        out=out,
        err=err,
    )
    assert code == 0, err.getvalue()
    return root / "data"


def search(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([*MODEL_OPTIONS, "--data-dir", str(data), "search", *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> list[instance.Answer | None]:
    """What each client's request to an instance brought back (None: answered alone)."""
    seen: list[instance.Answer | None] = []
    ask = instance.ask

    def recording(*args: object, **kwargs: object) -> instance.Answer | None:
        answer = ask(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(answer)
        return answer

    monkeypatch.setattr(instance, "ask", recording)
    return seen


@pytest.fixture
def served(indexed: Path) -> Iterator[Library]:
    library = Library(LibraryConfig.from_options(str(indexed), str(TINY_IMAGE), str(TINY_TEXT)))
    library.text_encoder()
    service = cli.serve_search(library, lambda: True)  # the text model loaded above
    assert service.start()
    try:
        yield library
    finally:
        service.stop()
        library.close()


QUERIES = [
    ("red circle", "-n", "5"),
    ("blauer Stern", "-n", "3", "--json"),
    ("", "-n", "3"),  # an error: the message and exit code come back as they are
    ("green", "-n", "0"),
]


def test_an_instance_answers_exactly_as_the_command_alone(indexed, served, answered):
    with_instance = [search(indexed, *q) for q in QUERIES]
    assert all(a is not None for a in answered), "the instance did not answer"
    assert len(answered) == len(QUERIES)
    assert with_instance[0][0] == 0 and len(with_instance[0][1].splitlines()) == 5
    assert len(json.loads(with_instance[1][1])) == 3
    assert with_instance[2][0] == 1 and "empty" in with_instance[2][2]

    os.environ[instance.RUNTIME_DIR_ENV] += "-elsewhere"  # restored by the conftest fixture
    alone = [search(indexed, *q) for q in QUERIES]
    assert answered[len(QUERIES) :] == [None] * len(QUERIES)
    assert with_instance == alone


def test_socket_and_folder_are_private(served, indexed):
    path = instance.socket_path(indexed)
    assert stat.S_ISSOCK(path.lstat().st_mode)
    assert stat.S_IMODE(path.lstat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_shared_folder_is_made_private_before_serving(indexed, served):
    folder = instance.socket_path(indexed).parent
    os.chmod(folder, 0o777)
    other = instance.InstanceServer(
        lambda: instance.Identity.of(str(indexed) + "-other", "a", "b"), lambda argv: None
    )
    assert other.start()
    other.stop()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_peer_uid_check_refuses_another_user():
    own = os.getuid()
    assert instance.peer_allowed(own, own)
    assert not instance.peer_allowed(own + 1, own)
    assert not instance.peer_allowed(0, 1000)
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        assert instance.peer_uid(left) == own


def test_the_server_refuses_a_peer_of_another_uid(indexed, served, monkeypatch, answered):
    monkeypatch.setattr(instance, "peer_uid", lambda conn: os.getuid() + 1)
    code, out, err = search(indexed, "red circle", "-n", "2")
    assert answered == [None]
    assert code == 0 and len(out.splitlines()) == 2


def test_a_stale_socket_file_is_answered_alone_and_replaced(indexed, answered):
    path = instance.socket_path(indexed)
    path.parent.mkdir(parents=True, mode=0o700)
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(path))
    dead.close()  # the file stays, nobody listens: a crashed instance
    expected = search(indexed, "red circle", "-n", "3")
    assert answered == [None] and expected[0] == 0

    library = Library(LibraryConfig.from_options(str(indexed), str(TINY_IMAGE), str(TINY_TEXT)))
    library.text_encoder()
    service = cli.serve_search(library, lambda: True)  # the text model loaded above
    try:
        assert service.start()
        assert search(indexed, "red circle", "-n", "3") == expected
        assert answered[-1] is not None
    finally:
        service.stop()
        library.close()
    assert not path.exists()


class FakeInstance:
    """A listener on the library's socket that replies with ``reply`` (or never)."""

    def __init__(self, data: Path, reply: bytes | None) -> None:
        self.path = instance.socket_path(data)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.bind(str(self.path))
        self.sock.listen(4)
        self.reply = reply
        self.release = threading.Event()
        self.thread = threading.Thread(target=self._serve, name="fake-instance")
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            if self.reply is None:
                self.release.wait(30)
            else:
                conn.sendall(self.reply)

    def close(self) -> None:
        self.release.set()
        self.thread.join(30)
        self.sock.close()
        self.path.unlink()


def test_another_protocol_version_is_answered_alone(indexed, answered):
    expected = search(indexed, "yellow star", "-n", "3")
    fake = FakeInstance(
        indexed, b'{"version": 99, "status": "ok", "stdout": "x", "stderr": "", "code": 0}\n'
    )
    try:
        assert search(indexed, "yellow star", "-n", "3") == expected
    finally:
        fake.close()
    assert answered == [None, None]


def test_a_busy_instance_is_answered_alone_within_the_timeout(indexed, answered, monkeypatch):
    expected = search(indexed, "yellow star", "-n", "3")
    monkeypatch.setattr(instance, "ANSWER_TIMEOUT", 1.0)
    fake = FakeInstance(indexed, None)
    try:
        started = time.monotonic()
        assert search(indexed, "yellow star", "-n", "3") == expected
        waited = time.monotonic() - started
    finally:
        fake.close()
    assert answered == [None, None]
    assert waited < 1.0 + 10  # the timeout, plus searching alone on a busy machine


def test_an_instance_with_other_models_or_not_ready_declines(indexed, served):
    config = served.config
    mine = instance.Identity.of(config.data_dir, config.image_model, config.text_model)
    argv = ["--data-dir", str(indexed), "search", "red", "-n", "1"]
    assert instance.ask(mine, argv) is not None
    other_text = instance.Identity.of(config.data_dir, config.image_model, str(TINY_IMAGE))
    assert instance.ask(other_text, argv) is None
    other_language = instance.Identity(
        str(config.data_dir), config.image_model, config.text_model, (("MCLIP_LANGUAGE", "de"),)
    )
    assert instance.ask(other_language, argv) is None


def test_another_library_is_not_answered_by_this_instance(indexed, served, tmp_path, answered):
    code, out, err = search(tmp_path / "empty-library", "red", "-n", "1")
    assert answered == [None]
    assert code == 0 and out == "" and "No photos indexed yet" in err


def raw_request(path: Path, request: dict[str, object]) -> dict[str, object]:
    with socket.socket(socket.AF_UNIX) as conn:
        conn.settimeout(30)
        conn.connect(str(path))
        conn.sendall(json.dumps(request).encode() + b"\n")
        conn.shutdown(socket.SHUT_WR)
        return json.loads(conn.makefile("rb").readline())


def test_a_relative_path_from_another_folder_is_answered_alone(indexed, served, tmp_path):
    config = served.config
    mine = instance.Identity.of(config.data_dir, config.image_model, config.text_model)
    request = {
        "version": instance.PROTOCOL_VERSION,
        "identity": mine.as_json(),
        "argv": ["--data-dir", str(indexed), "search", "--image", "photo.jpg"],
        "cwd": str(tmp_path),
        "relative_paths": True,
    }
    path = instance.socket_path(indexed)
    assert raw_request(path, request)["status"] == "other-folder"
    assert raw_request(path, {**request, "cwd": os.getcwd()})["status"] == "ok"
    assert instance._mentions_relative_path(["search", "--image", "photo.jpg"])
    assert instance._mentions_relative_path(["search", "--image=sub/photo.jpg"])
    assert not instance._mentions_relative_path(["search", "red car", "-n", "3", "--json"])
    assert not instance._mentions_relative_path(["search", "--image", str(tmp_path / "a.jpg")])


def test_a_second_instance_on_the_same_library_leaves_the_first_serving(indexed, served):
    second = instance.InstanceServer(
        lambda: instance.Identity.of(served.config.data_dir, "x", "y"), lambda argv: None
    )
    assert not second.start()
    assert instance.socket_path(indexed).exists()
