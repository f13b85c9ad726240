"""Writers that turn a failed write (a full disk) into one line for the command to print."""

from __future__ import annotations


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
            raise OutputError(f"cannot write {self.name}: {error.strerror or error}") from None
