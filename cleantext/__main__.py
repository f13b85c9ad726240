"""Run the command line: ``python -m cleantext``."""

from .cli import entry_point

entry_point()
