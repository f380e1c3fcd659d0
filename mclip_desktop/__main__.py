import sys

from mclip_desktop.cli import main

sys.exit(main())
