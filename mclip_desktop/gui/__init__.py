"""The desktop app. PySide6 is imported here and nowhere else."""

from mclip_desktop.gui.singletons import make_immortal

make_immortal()  # before any Qt call; see singletons.py
