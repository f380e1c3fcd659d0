"""The desktop app. PySide6 is imported here and nowhere else."""
