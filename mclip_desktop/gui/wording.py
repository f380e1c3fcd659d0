"""Core messages in the interface language.

A message's text comes from the same .ts files as every other string of the window
(context ``Messages``); the hints below say how to act on it *in the window*, never with a
command-line flag."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.messages import QT_TRANSLATE_NOOP, Message, word

log = logging.getLogger(__name__)

HINT_CONTEXT = "GuiMessages"

HINTS: dict[str, str] = {
    "model.not_a_model": QT_TRANSLATE_NOOP(
        "GuiMessages", "Choose the folder that holds modules.json."
    ),
    "model.folder_missing": QT_TRANSLATE_NOOP(
        "GuiMessages", "Choose the folder where the model is now."
    ),
    "model.not_on_hub": QT_TRANSLATE_NOOP(
        "GuiMessages", "Choose a folder that holds the model instead."
    ),
    "model.not_clip_image": QT_TRANSLATE_NOOP(
        "GuiMessages", "Choose the folder of a CLIP image model."
    ),
    "catalog.missing": QT_TRANSLATE_NOOP("GuiMessages", "Add a folder of photos to start one."),
    "watch.stopped_unexpectedly": QT_TRANSLATE_NOOP(
        "GuiMessages", "Restart mclip-desktop to resume."
    ),
}


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def gui_text(message: Message | BaseException) -> str:
    """The words for a core message or error, in the interface language. Anything else
    (a bug) is logged with its traceback and shown as a short, translated line."""
    if isinstance(message, MclipError):
        message = message.message
    if isinstance(message, BaseException):
        log.error("Unexpected error", exc_info=message)
        return QCoreApplication.translate(
            "GuiMessages", "An unexpected error occurred; its details were logged."
        )
    if message.detail:
        log.info("%s", message.with_detail())
    return word(message, _translate, HINTS, HINT_CONTEXT)
