"""Keeps None, True and False alive whatever a Qt binding does to their reference counts.

PySide6 6.12.0 changes the reference count of None (and of True and False) without holding
the GIL in calls such as ``QPainter.save()``, ``restore()`` and ``drawPixmap()``. While any
other Python thread runs (thumbnail workers, the live indexer, a search), the two threads'
updates race and some are lost; after some 100k painted thumbnails the count reaches zero and
the process aborts with ``Fatal Python error: none_dealloc`` (or ``bool_dealloc``), seen
while scrolling a 100k-photo library. PySide6 6.11 does not do this, and Python 3.12 made
these objects immortal (PEP 683), which makes the race harmless. On Python 3.11 the same
effect is had by giving them a reference count that lost updates cannot bring to zero.
"""

from __future__ import annotations

import ctypes
import sys

# Far beyond what lost updates can take away (one per painted cell would need centuries),
# and far below where a signed 64-bit count could overflow.
_RESERVE = 1 << 48


def make_immortal() -> None:
    """Done once, before the GUI starts other threads."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # immortal already
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _RESERVE:
            refcount.value += _RESERVE
