"""The command's side of output: where results go, one-line messages, and writers that turn
a failed write (a full disk) into such a line. Shared by :mod:`cli` and :mod:`batch`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol


def output_path(folder: Path | str, name: str, fmt: str = "text") -> Path:
    """Where ``-o FOLDER`` puts input ``name``'s result: the same name ("stdin" for "-"), .json for json."""
    base = "stdin" if name == "-" else Path(name).name
    return Path(folder) / (Path(base).stem + ".json" if fmt == "json" else base)


def say(message: str, *, prefix: bool = True) -> None:
    """Print one line on stderr, "cleantext: " first unless ``prefix`` is false."""
    sys.stderr.write(("cleantext: " if prefix else "") + message + "\n")
    sys.stderr.flush()


def why(error: OSError) -> str:
    """Return what an OSError says went wrong: "No space left on device", without its number."""
    return str(error.strerror or error)


def say_cannot(path: str | Path, error: OSError) -> None:
    """One line for a file that cannot be read or written: its name and why."""
    say(f"{path}: {why(error)}")


class BinarySink(Protocol):
    """Where results and set-aside lines go: a binary file, sys.stdout.buffer, a GuardedWriter."""

    def write(self, data: bytes, /) -> object: ...

    def flush(self) -> None: ...


class OutputError(Exception):
    """A result or a set-aside line could not be written: reported in one line, exit status 1.

    Its message is the whole line: "cannot write the output: No space left on device".
    """


class GuardedWriter:
    """A stream whose failed write or flush raises OutputError naming it; a closed pipe stays BrokenPipeError.

    ``name`` says what the stream is in the message: "the output", "--errors bad.jsonl".
    """

    def __init__(self, stream, name: str) -> None:
        self.stream = stream
        self.name = name

    def write(self, data):
        return self._guarded(self.stream.write, data)

    def flush(self) -> None:
        self._guarded(self.stream.flush)

    def close(self) -> None:
        self._guarded(self.stream.close)

    def _guarded(self, method, *args):
        try:
            return method(*args)
        except BrokenPipeError:
            raise  # the reader went away (| head): the command ends quietly
        except OSError as error:
            raise OutputError(f"cannot write {self.name}: {why(error)}") from None
