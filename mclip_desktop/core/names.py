"""File names that are not valid UTF-8 (legal on Linux: old cameras, Windows archives and
Shift-JIS CDs make them). Python holds them with surrogate escapes, which open the right file
but cannot be printed or written as JSON; these helpers give the forms people and programs
read: a readable one with replacement characters, and a lossless file URI."""

from __future__ import annotations

from pathlib import PurePath


def is_utf8(path: str) -> bool:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def readable(path: str) -> str:
    """The path for people: bytes that are not UTF-8 show as U+FFFD."""
    if is_utf8(path):
        return path
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def file_uri(path: str) -> str:
    """A ``file:`` URI that percent-encodes the path's bytes: lossless for any name."""
    return PurePath(path).as_uri()


def path_fields(path: str, key: str = "path") -> dict[str, str]:
    """``{key: readable path}``, plus ``{key}_uri`` (lossless) when the name is not UTF-8,
    for JSON output that stays stable for ordinary names."""
    if is_utf8(path):
        return {key: path}
    return {key: readable(path), f"{key}_uri": file_uri(path)}
