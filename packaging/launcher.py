"""Entry point of the PyInstaller bundle: the same ``main`` as the ``mclip-desktop`` script."""

import multiprocessing
import sys

from mclip_desktop.cli import main

if __name__ == "__main__":
    # torch and the decode pool may start helper processes; frozen apps must allow for it.
    multiprocessing.freeze_support()
    sys.exit(main())
