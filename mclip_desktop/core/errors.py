"""Errors that reach the user. Each carries a ``Message`` (a code and its arguments) that the
front end words in the user's language; ``str(error)`` is the English text, for the log."""

from __future__ import annotations

from typing import Any

from mclip_desktop.core.messages import TEXTS, Message


class MclipError(Exception):
    """An error with a message for the user, shown without a traceback.

    Raised with a Message, or with a code and its arguments; plain text is accepted too and
    shown as it is (it cannot be translated)."""

    def __init__(self, message: Message | str, detail: str | None = None, **args: Any) -> None:
        if isinstance(message, Message):
            self.message = message
        elif message in TEXTS:
            self.message = Message(message, args, detail)
        else:
            self.message = Message("plain", {"text": message}, detail)
        super().__init__(self.message.english())

    def __str__(self) -> str:
        return self.message.english()


class ModelUnavailableError(MclipError):
    """A model is neither cached nor downloadable, or its files cannot be loaded."""


class CatalogError(MclipError):
    """The catalog cannot be opened or used safely."""


class ImageReadError(MclipError):
    """An image file cannot be decoded."""
