"""Messages as values: codes and arguments that survive the catalog, words chosen by each
front end, translations complete, and query images refused from their header alone."""

from __future__ import annotations

import os
import re
import string

import pytest

from mclip_desktop.cli_text import HINTS, CliText, languages
from mclip_desktop.core import images
from mclip_desktop.core.errors import ImageReadError, MclipError, ModelUnavailableError
from mclip_desktop.core.messages import TEXTS, Message
from tests.support import synthetic

LANGUAGES = ("zh_CN", "de", "es", "fr", "ja")
# The command line's own flags; a message meant for every front end must not name them.
CLI_FLAG = re.compile(r"--(image|text-model|image-model|data-dir|json|verbose|repair)\b")


def sample(code: str) -> Message:
    """The message of ``code`` with a made-up value for every field its text names."""
    fields = {name for _, name, _, _ in string.Formatter().parse(TEXTS[code]) if name}
    args = {name: f"<{name}>" for name in fields}
    if "reason" in args:
        args["reason"] = Message("photo.truncated")
    return Message(code, {**args, "role": "image"}, detail="OSError: [Errno 5] raw detail")


CODES = sorted(code for code in TEXTS if code != "plain")


def test_a_message_survives_the_catalog_and_old_rows_read_as_written():
    message = Message(
        "query.unusable",
        {"path": "/p/q.jpg", "reason": Message("file.unreadable", {"reason": "I/O error"})},
        detail="OSError: [Errno 5]",
    )
    stored = message.to_stored()
    assert Message.from_stored(stored) == message
    # Readable without this code, too: the English text is stored beside the code.
    assert "Cannot use /p/q.jpg as a query image: cannot read the file (I/O error)" in stored
    old = "the file is truncated or damaged"  # a row written before messages had codes
    assert Message.from_stored(old).english() == old
    assert Message.from_stored(None).english() == ""
    # A code this version does not know (written by a newer one) shows its English text.
    newer = stored.replace('"code": "query.unusable"', '"code": "query.from_the_future"')
    assert Message.from_stored(newer).english() == message.english()


def test_errors_carry_their_message_and_read_in_english():
    error = ModelUnavailableError(
        "model.folder_missing", path="/m/clip", model="/m/clip", role="text"
    )
    assert error.message.code == "model.folder_missing"
    assert str(error) == "The model folder /m/clip does not exist."
    assert isinstance(error, MclipError)
    plain = MclipError("a peer's plain sentence")
    assert plain.message.code == "plain" and str(plain) == "a peer's plain sentence"
    with pytest.raises(ValueError, match="unknown message code"):
        Message("no.such.code")


@pytest.mark.parametrize("code", CODES)
def test_every_message_words_fully_and_names_no_flag(code):
    message = sample(code)
    english = message.english()
    assert "{" not in english, english
    assert "raw detail" not in english  # the detail is for the log only
    assert "raw detail" in message.with_detail()
    # Core texts serve the GUI as well: command-line advice lives in the CLI's hints.
    assert not CLI_FLAG.search(english), english


def test_cli_hints_add_the_flag_for_the_model_in_question():
    text = CliText({})
    image = Message("model.folder_missing", {"path": "/m", "model": "/m", "role": "image"})
    words = Message("model.folder_missing", {"path": "/m", "model": "/m", "role": "text"})
    assert text.message(image) == "The model folder /m does not exist. Check --image-model."
    assert text.message(words).endswith("Check --text-model.")
    assert all(code in TEXTS for code in HINTS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_command_line_has_every_message_in_every_language(language):
    """The compiled catalogs (built from the .ts files) hold every core message and hint."""
    text = CliText({"LANG": f"{language}.UTF-8"})
    english = CliText({})
    untranslated = []
    for code in CODES:
        message = sample(code)
        worded = text.message(message)
        assert "{" not in worded, (code, worded)
        if worded == english.message(message) or "truncated" in worded:
            untranslated.append(code)
    assert not untranslated, f"{language}: not translated: {untranslated}"


def test_locale_follows_mclip_language_then_the_gettext_order():
    assert languages({}) == []
    assert languages({"LANG": "de_DE.UTF-8"}) == ["de_DE.UTF-8"]
    assert languages({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}) == ["fr_FR.UTF-8"]
    assert languages({"LC_MESSAGES": "fr_FR", "LC_ALL": "es_ES.UTF-8"}) == ["es_ES.UTF-8"]
    assert languages({"LC_ALL": "es_ES", "LANGUAGE": "ja:de"}) == ["ja", "de"]
    assert languages({"LANGUAGE": "ja", "MCLIP_LANGUAGE": "zh-CN"}) == ["zh_CN"]
    assert languages({"LANG": "fr_FR.UTF-8", "MCLIP_LANGUAGE": "system"}) == ["fr_FR.UTF-8"]
    # A region of a shipped language, and a list whose first language is not shipped.
    empty = Message("photo.empty")
    assert CliText({"LANG": "de_AT.UTF-8"}).message(empty) == "leere Datei (0 Byte)"
    assert CliText({"LANGUAGE": "pt_BR:fr"}).message(empty) == "fichier vide (0 octet)"
    assert CliText({"LANG": "C.UTF-8"}).message(empty) == "empty file (0 bytes)"


# -- query images are checked from their header, before any model loads ------------------


def refusal(path: object) -> Message:
    with pytest.raises(ImageReadError) as caught:
        images.check_query_image(path)  # type: ignore[arg-type]
    message = caught.value.message
    assert message.code == "query.unusable" and message.args["path"] == str(path)
    return message.args["reason"]


def test_query_image_checks_name_what_is_wrong(tmp_path):
    assert refusal(tmp_path / "missing.jpg").code == "file.missing"
    assert refusal(tmp_path).code == "file.is_folder"
    (tmp_path / "empty.jpg").write_bytes(b"")
    assert refusal(tmp_path / "empty.jpg").code == "photo.empty"
    (tmp_path / "notes.jpg").write_text("a shopping list, not a photo\n" * 50)
    assert refusal(tmp_path / "notes.jpg").code == "photo.unknown_format"
    os.mkfifo(tmp_path / "pipe.jpg")
    assert refusal(tmp_path / "pipe.jpg").code == "file.not_regular"  # and did not hang
    photo = tmp_path / "photo.jpg"
    synthetic.make_photo("red", "circle", width=320, height=240, seed=1).save(photo)
    images.check_query_image(photo)  # a real photo passes
