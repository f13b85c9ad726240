"""Ctrl-C while the ``cleantext`` command starts: exit 130 with one line, never a traceback.

Both ways in, the console script (``cleantext.cli:entry_point``) and ``python -m cleantext``,
import this package first, and its imports (regex, ftfy, lxml, the filters) take most of a
second; only then does :func:`cleantext.cli.main` catch KeyboardInterrupt. So the package's
first act is :func:`guard`: when this process is the command, a SIGINT from then until
``main`` starts ends it at once, as ``main`` would. A program that merely imports cleantext
keeps Python's own Ctrl-C handling: the guard looks at how the process was started.
"""

from __future__ import annotations

import os
import signal
import sys

#: What the command prints when interrupted, at start-up or later (see cli.main).
MESSAGE = "cleantext: interrupted"
#: The exit status of a command ended by Ctrl-C (128 + SIGINT), as shells report it.
STATUS = 130

_guarded = False


def started_as_command() -> bool:
    """Return whether this process is the cleantext command rather than a program importing it."""
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is not None and multiprocessing.parent_process() is not None:
        return False  # a worker started by the command: the command handles Ctrl-C
    argv = sys.argv
    if argv and argv[0] == "-m":  # python -m cleantext, while the package is being imported
        orig = getattr(sys, "orig_argv", [])
        for i, arg in enumerate(orig):
            if arg == "-m":
                return i + 1 < len(orig) and orig[i + 1] == "cleantext"
            if arg.startswith("-m"):
                return arg[2:] == "cleantext"
        return False
    # The console script: its name, less what pip adds on Windows.
    name = os.path.basename(argv[0]) if argv else ""
    for suffix in ("-script.pyw", "-script.py", ".exe"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name == "cleantext"


def _interrupted(signum, frame) -> None:
    # Nothing has been written to stdout yet; _exit does not run half-imported modules' code.
    os.write(2, (MESSAGE + "\n").encode())
    os._exit(STATUS)


def guard() -> None:
    """When this process is the command, make Ctrl-C exit 130 with one line until release()."""
    global _guarded
    if _guarded or not started_as_command():
        return
    try:
        if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
            return  # Ctrl-C ignored (a background job) or handled by someone else: leave it
        signal.signal(signal.SIGINT, _interrupted)
    except ValueError:  # not the main thread
        return
    _guarded = True


def release() -> None:
    """Give Ctrl-C back to Python (KeyboardInterrupt), which cli.main catches from here on."""
    global _guarded
    if _guarded:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        _guarded = False
