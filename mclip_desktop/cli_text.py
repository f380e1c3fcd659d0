"""The command line's words: core messages and the CLI's own lines in the user's locale.

The language follows ``MCLIP_LANGUAGE`` (as in the desktop app), else the usual gettext
order: ``LANGUAGE`` (a colon-separated list), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``. The
translations are the GUI's own .ts files, compiled by ``resources/build.py`` into gettext
catalogs, so the command line reads them with the standard library and starts without Qt.

Only what a person reads is translated; ``--json`` output stays English.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from mclip_desktop.core.messages import QT_TRANSLATE_NOOP, Message, word

DOMAIN = "mclip_desktop"
LANGUAGE_ENV = "MCLIP_LANGUAGE"
HINT_CONTEXT = "CliMessages"
CONTEXT = "Cli"
_FOLLOW_SYSTEM = {"", "system", "auto", "default"}
_LOCALE_ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

# How to act on a core message from the command line: appended to its text.
HINTS: dict[str, str] = {
    "model.not_a_model": QT_TRANSLATE_NOOP(
        "CliMessages", "Point {flag} at the folder that holds modules.json."
    ),
    "model.folder_missing": QT_TRANSLATE_NOOP("CliMessages", "Check {flag}."),
    "model.not_on_hub": QT_TRANSLATE_NOOP("CliMessages", "Check {flag}."),
    "model.offline": QT_TRANSLATE_NOOP("CliMessages", "Give a local folder with {flag} FOLDER."),
    "model.load_failed": QT_TRANSLATE_NOOP(
        "CliMessages", "Give another folder with {flag} FOLDER."
    ),
    "model.not_clip_image": QT_TRANSLATE_NOOP("CliMessages", "Check {flag}."),
    "model.wrong_dimension": QT_TRANSLATE_NOOP(
        "CliMessages", "Check --text-model and --image-model."
    ),
    "folder.not_watched": QT_TRANSLATE_NOOP(
        "CliMessages", "'mclip-desktop folders list' shows them."
    ),
    "catalog.missing": QT_TRANSLATE_NOOP("CliMessages", "Run 'mclip-desktop index FOLDER' first."),
    "catalog.newer": QT_TRANSLATE_NOOP("CliMessages", "Or use another --data-dir."),
    "catalog.read_only": QT_TRANSLATE_NOOP("CliMessages", "Or choose another with --data-dir."),
    "catalog.write_failed": QT_TRANSLATE_NOOP(
        "CliMessages", "Run 'mclip-desktop check' to see what is wrong."
    ),
    "catalog.folder_read_only": QT_TRANSLATE_NOOP(
        "CliMessages", "Or choose another with --data-dir (or MCLIP_DATA_DIR)."
    ),
    "catalog.folder_disk_full": QT_TRANSLATE_NOOP("CliMessages", "Or choose another --data-dir."),
    "catalog.cannot_open": QT_TRANSLATE_NOOP("CliMessages", "Or choose another with --data-dir."),
    "catalog.damaged": QT_TRANSLATE_NOOP(
        "CliMessages", "Run 'mclip-desktop check' to see what is wrong."
    ),
    "catalog.unusable": QT_TRANSLATE_NOOP("CliMessages", "Or choose another --data-dir."),
    "watch.stopped_unexpectedly": QT_TRANSLATE_NOOP(
        "CliMessages", "Run 'mclip-desktop watch' again to resume."
    ),
}

_FLAGS = {"image": "--image-model", "text": "--text-model"}


def _extra(message: Message) -> Mapping[str, Any]:
    role = message.args.get("role")
    return {"flag": _FLAGS[role]} if role in _FLAGS else {}


def languages(environ: Mapping[str, str]) -> list[str]:
    """The languages asked for, best first; empty: English."""
    chosen = (environ.get(LANGUAGE_ENV) or "").strip()
    if chosen.lower() not in _FOLLOW_SYSTEM:
        return [chosen.replace("-", "_")]
    for name in _LOCALE_ENV:
        value = environ.get(name)
        if value:
            return [part for part in value.split(":") if part]
    return []


@lru_cache(maxsize=8)
def _catalog(wanted: tuple[str, ...]) -> gettext.NullTranslations:
    if not wanted:
        return gettext.NullTranslations()
    from mclip_desktop import resources

    return gettext.translation(
        DOMAIN, localedir=str(resources.locale_dir()), languages=list(wanted), fallback=True
    )


class CliText:
    """Words for one run of the command line, in the language its environment asks for."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self._catalog = _catalog(tuple(languages(os.environ if environ is None else environ)))

    def _translate(self, context: str, text: str) -> str:
        return self._catalog.pgettext(context, text)

    def message(self, message: Message) -> str:
        return word(message, self._translate, HINTS, HINT_CONTEXT, _extra)

    def __call__(self, text: str, **args: Any) -> str:
        """One of the CLI's own lines (marked with ``QT_TRANSLATE_NOOP("Cli", ...)``)."""
        translated = self._translate(CONTEXT, text)
        try:
            return translated.format(**args)
        except (KeyError, IndexError, ValueError):
            return text.format(**args)
