from mclip_desktop.cli import entry

entry()
