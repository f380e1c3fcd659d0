"""Messages for the user, as values: a code and its arguments, worded by each front end.

The core never decides the words a user reads. An error or notice is a ``Message``; the GUI
words it in its interface language, the command line in the user's locale, ``--json`` and
the log in English (``str(message)``). Technical detail (an exception's text) travels in
``detail``: the log and ``--verbose`` show it, the user's message does not.

Wording that depends on the front end (a command-line flag, a button) is a *hint* the front
end adds for a code: the CLI says "Check --text-model.", the GUI offers its own action.

The English texts below are the translation sources: ``resources/build.py --update-ts``
collects them (``QT_TRANSLATE_NOOP`` is the marker Qt's lupdate looks for) into the same .ts
files as the GUI's strings, under the context ``Messages``.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Messages"
_STORED_KEY = "mclip-message"

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks ``text`` for translation in ``context``; the text itself is returned."""
    return text


TEXTS: dict[str, str] = {
    # A message the core did not code (a peer's plain text, or a row written before codes).
    "plain": "{text}",
    # -- reading a file --------------------------------------------------------------------
    "file.not_regular": QT_TRANSLATE_NOOP(
        "Messages", "not a regular file (a pipe, socket or device)"
    ),
    "file.too_large": QT_TRANSLATE_NOOP("Messages", "file too large to be a photo ({size_mb} MB)"),
    "file.grew": QT_TRANSLATE_NOOP(
        "Messages", "file too large to be a photo (it grew while being read)"
    ),
    "file.disappeared": QT_TRANSLATE_NOOP(
        "Messages", "the file disappeared before it could be read"
    ),
    "file.permission_denied": QT_TRANSLATE_NOOP(
        "Messages", "permission denied: check the file's permissions"
    ),
    "file.is_folder": QT_TRANSLATE_NOOP("Messages", "this is a folder, not a photo"),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "cannot read the file ({reason})"),
    "file.missing": QT_TRANSLATE_NOOP("Messages", "there is no such file"),
    "file.unexpected": QT_TRANSLATE_NOOP("Messages", "cannot read the file"),
    # -- decoding a photo ------------------------------------------------------------------
    "photo.empty": QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes)"),
    "photo.no_pixels": QT_TRANSLATE_NOOP("Messages", "the image has no pixels ({width}x{height})"),
    "photo.too_large": QT_TRANSLATE_NOOP(
        "Messages", "image too large to decode safely ({width}x{height} pixels)"
    ),
    "photo.too_many_pixels": QT_TRANSLATE_NOOP(
        "Messages", "image has too many pixels to be decoded safely"
    ),
    "photo.unknown_format": QT_TRANSLATE_NOOP(
        "Messages",
        "not a photo format mclip-desktop can read (damaged file, or another file type)",
    ),
    "photo.needs_heif": QT_TRANSLATE_NOOP(
        "Messages", "HEIC/HEIF photo, which this installation cannot read: install pillow-heif"
    ),
    "photo.needs_avif": QT_TRANSLATE_NOOP(
        "Messages", "AVIF photo, which this installation cannot read: update Pillow"
    ),
    "photo.truncated": QT_TRANSLATE_NOOP("Messages", "the file is truncated or damaged"),
    "photo.out_of_memory": QT_TRANSLATE_NOOP("Messages", "not enough memory to decode this image"),
    "photo.damaged": QT_TRANSLATE_NOOP("Messages", "the image data is damaged"),
    "photo.unsupported": QT_TRANSLATE_NOOP(
        "Messages", "a kind of image this version cannot decode"
    ),
    "photo.undecodable": QT_TRANSLATE_NOOP("Messages", "cannot decode the image"),
    "photo.unreachable": QT_TRANSLATE_NOOP("Messages", "the photo is not reachable"),
    # -- queries ---------------------------------------------------------------------------
    "query.unusable": QT_TRANSLATE_NOOP("Messages", "Cannot use {path} as a query image: {reason}"),
    "query.empty_text": QT_TRANSLATE_NOOP("Messages", "The search text is empty."),
    "query.empty_term": QT_TRANSLATE_NOOP("Messages", "A search term is empty."),
    "query.weight_unusable": QT_TRANSLATE_NOOP(
        "Messages", "The weight in '{term}' is not a usable number."
    ),
    "query.weight_not_number": QT_TRANSLATE_NOOP(
        "Messages", "The weight '{weight}' in '{term}' is not a number."
    ),
    "query.not_in_library": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not an indexed photo of the library."
    ),
    # -- albums ---------------------------------------------------------------------------
    "album.no_name": QT_TRANSLATE_NOOP("Messages", "An album needs a name."),
    "album.empty_label": QT_TRANSLATE_NOOP(
        "Messages", "A label of the album '{name}' is empty; give some words."
    ),
    "album.bad_strictness": QT_TRANSLATE_NOOP(
        "Messages", "The strictness {value} is not a number between 0 (loose) and 1 (strict)."
    ),
    "album.no_example": QT_TRANSLATE_NOOP(
        "Messages", "The example photo {path} does not exist or is not a file."
    ),
    "album.example_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The example photo {path} cannot be read ({why})."
    ),
    "album.unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no album named '{name}' (albums: {known})."
    ),
    "album.unknown_none": QT_TRANSLATE_NOOP(
        "Messages", "There is no album named '{name}'; there are no albums yet."
    ),
    "album.removed": QT_TRANSLATE_NOOP(
        "Messages", "This album no longer exists; it may have been removed meanwhile."
    ),
    "album.exists": QT_TRANSLATE_NOOP(
        "Messages",
        "An album named '{name}' exists already; choose another name or remove it first.",
    ),
    "album.photo_not_in_library": QT_TRANSLATE_NOOP(
        "Messages", "The photo {path} is not in the library."
    ),
    "album.bad_date": QT_TRANSLATE_NOOP(
        "Messages", "{option} {value} is not a date; write it as YYYY-MM-DD."
    ),
    "album.no_folder": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} does not exist or is not a folder."
    ),
    "album.export_needs_folder": QT_TRANSLATE_NOOP(
        "Messages", "Give the folder to export into, or ask for XMP sidecars instead."
    ),
    "album.export_not_folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} exists and is not a folder; choose a folder to export to."
    ),
    "album.export_unwritable": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} cannot be written ({why}); choose another folder."
    ),
    "album.export_failed": QT_TRANSLATE_NOOP(
        "Messages", "{count} files could not be written (see above)."
    ),
    "query.terms_cancel": QT_TRANSLATE_NOOP(
        "Messages", "The search terms cancel each other out; change a weight or a term."
    ),
    "fetch.scheme": QT_TRANSLATE_NOOP(
        "Messages", "Only http and https addresses can be fetched, not {scheme}: {url}"
    ),
    "fetch.too_large": QT_TRANSLATE_NOOP(
        "Messages", "The image at {url} is larger than {size_mb} MB."
    ),
    "fetch.failed": QT_TRANSLATE_NOOP(
        "Messages", "Could not fetch {url}. Check the address and the network connection."
    ),
    # -- models ----------------------------------------------------------------------------
    "model.not_a_model": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {path} does not hold a sentence-transformers model (no modules.json).",
    ),
    "model.folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "The model folder {path} does not exist."
    ),
    "model.not_on_hub": QT_TRANSLATE_NOOP(
        "Messages", "There is no model named '{model}' on the Hugging Face hub."
    ),
    "model.offline": QT_TRANSLATE_NOOP(
        "Messages",
        "The model '{model}' is not on this computer and could not be downloaded. Connect to "
        "the internet once so it can be downloaded, or use a local folder that holds the model.",
    ),
    "model.load_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The model '{model}' in {path} could not be loaded. Delete it from the cache to "
        "download it again, or use another folder.",
    ),
    "model.not_clip_image": QT_TRANSLATE_NOOP(
        "Messages",
        "The model '{model}' is not a CLIP image model; use one such as clip-ViT-B-32.",
    ),
    "model.wrong_dimension": QT_TRANSLATE_NOOP(
        "Messages",
        "The text model '{text_model}' makes {text_dim}-d vectors but the photos were indexed "
        "with {image_dim}-d vectors by '{image_model}'. Use a text model trained for that "
        "image model.",
    ),
    # -- folders ---------------------------------------------------------------------------
    "folder.missing": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} does not exist or is not a folder."
    ),
    "folder.not_watched": QT_TRANSLATE_NOOP("Messages", "{path} is not a watched folder."),
    # -- the catalog -----------------------------------------------------------------------
    "catalog.missing": QT_TRANSLATE_NOOP("Messages", "There is no catalog at {path} yet."),
    "catalog.newer": QT_TRANSLATE_NOOP(
        "Messages",
        "The catalog {path} was written by a newer version of mclip-desktop (schema "
        "{version}, this version knows {known}). It was left untouched: update mclip-desktop.",
    ),
    "catalog.backup_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The catalog {path} needs an upgrade (schema {version} to {known}), but no backup "
        "could be written first. Nothing was changed: free some space or make the folder "
        "writable, then start again.",
    ),
    "catalog.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding the catalog {path} is full. Work finished before this is kept; "
        "free some space and start again.",
    ),
    "service.cannot_write": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the login service file {path}: {reason}."
    ),
    "service.linux_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The login service is written for Linux (systemd); on macOS see the README (launchd).",
    ),
    "catalog.read_only": QT_TRANSLATE_NOOP(
        "Messages", "The catalog {path} is read-only. Make its folder writable."
    ),
    "catalog.write_failed": QT_TRANSLATE_NOOP("Messages", "The catalog {path} cannot be written."),
    "catalog.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The catalog {path} stayed locked by another mclip-desktop for too long. Close the "
        "other window or command and try again.",
    ),
    "catalog.folder_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The data folder {path} is read-only. mclip-desktop keeps its catalog and index "
        "there and must be able to write: make it writable.",
    ),
    "catalog.folder_disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk holding {path} is full. Free some space."
    ),
    "catalog.cannot_open": QT_TRANSLATE_NOOP(
        "Messages", "Cannot open the catalog {path}. Check that its folder is writable."
    ),
    "catalog.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The catalog {path} is damaged. A backup made before an upgrade may sit beside it.",
    ),
    "catalog.unusable": QT_TRANSLATE_NOOP(
        "Messages",
        "The catalog {path} cannot be used. If the disk is full or read-only, free some "
        "space or make it writable.",
    ),
    # -- the search index ------------------------------------------------------------------
    "index.save_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not save the search index {path}. The previous index file is kept and is "
        "brought up to date from the catalog at the next start; check the data folder.",
    ),
    "index.save_failed_disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not save the search index {path}: the disk is full. The previous index file "
        "is kept and is brought up to date from the catalog at the next start; free some "
        "space.",
    ),
    # -- live indexing ---------------------------------------------------------------------
    "watch.out_of_watches": QT_TRANSLATE_NOOP(
        "Messages",
        "The system ran out of folder watches, so some folders are checked for changes "
        "every few seconds instead. To raise the limit on Linux: echo "
        "fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf "
        "&& sudo sysctl --system",
    ),
    "watch.out_of_watchers": QT_TRANSLATE_NOOP(
        "Messages",
        "The system ran out of folder watchers, so some folders are checked for changes "
        "every few seconds instead. To raise the limit on Linux: echo "
        "fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf "
        "&& sudo sysctl --system",
    ),
    "watch.polling": QT_TRANSLATE_NOOP(
        "Messages", "Cannot watch {path} for changes; it is checked every few seconds instead."
    ),
    "watch.unwatchable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot watch {path}; rescans still find its changes."
    ),
    "models.switching": QT_TRANSLATE_NOOP(
        "Messages",
        "Switching models: the photos were embedded with '{old}' and are now embedded again "
        "with '{new}'. Searches use the old vectors until this is complete.",
    ),
    "models.switched": QT_TRANSLATE_NOOP(
        "Messages", "Switched models: searches now use '{model}'."
    ),
    "watch.folder_back": QT_TRANSLATE_NOOP("Messages", "{path} is back; checking it for changes."),
    "watch.folder_offline": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not reachable; its photos are kept until it is back."
    ),
    "watch.stopped": QT_TRANSLATE_NOOP("Messages", "Indexing stopped: {reason}"),
    "watch.stopped_unexpectedly": QT_TRANSLATE_NOOP(
        "Messages", "Indexing stopped after an unexpected error."
    ),
    "watch.save_failed": QT_TRANSLATE_NOOP(
        "Messages", "The search index could not be saved: {reason}"
    ),
}


@dataclass(frozen=True)
class Message:
    """What happened, as a code and arguments; worded only when shown.

    An argument may itself be a Message (a reason inside a notice); it is worded with it."""

    code: str
    args: Mapping[str, Any] = field(default_factory=dict)
    detail: str | None = None

    def __post_init__(self) -> None:
        if self.code not in TEXTS:
            raise ValueError(f"unknown message code {self.code!r}")

    @classmethod
    def plain(cls, text: str) -> Message:
        return cls("plain", {"text": text})

    def english(self) -> str:
        return word(self, _untranslated)

    def with_detail(self) -> str:
        """English, with the technical detail: for the log and ``--verbose``."""
        text = self.english()
        return f"{text} [{self.detail}]" if self.detail else text

    def __str__(self) -> str:
        return self.english()

    # -- the catalog's error column --------------------------------------------------------

    def to_stored(self) -> str:
        """A form for the catalog that can be worded again later, in any language. It
        carries its English text too, for anyone reading the catalog without this code."""
        body: dict[str, Any] = {
            _STORED_KEY: 1,
            "code": self.code,
            "args": {k: _stored_arg(v) for k, v in self.args.items()},
            "text": self.english(),
        }
        if self.detail:
            body["detail"] = self.detail
        return json.dumps(body, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_stored(cls, stored: str | None) -> Message:
        """The message stored by ``to_stored``; free text (rows written before messages had
        codes, or a code this version does not know) reads as it was written."""
        if stored and stored.startswith("{"):
            try:
                body = json.loads(stored)
                if isinstance(body, dict) and body.get(_STORED_KEY) == 1:
                    args = {k: _loaded_arg(v) for k, v in body.get("args", {}).items()}
                    if body.get("code") in TEXTS:
                        return cls(body["code"], args, body.get("detail"))
                    return cls.plain(str(body.get("text", "")))
            except (ValueError, TypeError, KeyError):
                pass
        return cls.plain(stored or "")


def _stored_arg(value: Any) -> Any:
    if isinstance(value, Message):
        return {_STORED_KEY: 1, "code": value.code, "args": value.args, "detail": value.detail}
    return value if isinstance(value, (int, float, str)) or value is None else str(value)


def _loaded_arg(value: Any) -> Any:
    if isinstance(value, dict) and value.get(_STORED_KEY) == 1 and value.get("code") in TEXTS:
        args = {k: _loaded_arg(v) for k, v in value.get("args", {}).items()}
        return Message(value["code"], args, value.get("detail"))
    return value


def _untranslated(context: str, text: str) -> str:
    return text


class _Fields(dict[str, Any]):
    """Arguments for str.format: a field the text names but the message lacks stays visible
    instead of failing, so that a translation with a mistake still says something."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def word(
    message: Message,
    translate: Translate,
    hints: Mapping[str, str] | None = None,
    hint_context: str = "",
    extra: Callable[[Message], Mapping[str, Any]] | None = None,
) -> str:
    """The message in the words ``translate`` gives (``translate(context, english)``), with
    the front end's hint for its code appended, if it has one. ``extra`` adds arguments the
    front end's hints use (a command-line flag for a model's role)."""
    args = _Fields()
    for key, value in message.args.items():
        args[key] = (
            word(value, translate, hints, hint_context, extra)
            if isinstance(value, Message)
            else value
        )
    if extra is not None:
        args.update(extra(message))
    template = TEXTS[message.code]
    text = template if message.code == "plain" else translate(CONTEXT, template)
    text = _format(text, args) or _format(template, args)
    hint = (hints or {}).get(message.code)
    if hint:
        text = f"{text} {_format(translate(hint_context, hint), args) or _format(hint, args)}"
    return text


def _format(text: str, args: Mapping[str, Any]) -> str:
    try:
        return string.Formatter().vformat(text, (), args)
    except (ValueError, IndexError, AttributeError):
        return ""


def english(message: Message | str) -> str:
    return message.english() if isinstance(message, Message) else message
