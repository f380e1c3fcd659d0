"""Entry point of the PyInstaller bundle: the same ``entry`` as the ``mclip-desktop`` script."""

import multiprocessing

from mclip_desktop.cli import entry

if __name__ == "__main__":
    # torch and the decode pool may start helper processes; frozen apps must allow for it.
    multiprocessing.freeze_support()
    entry()
