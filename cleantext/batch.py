"""Clean JSON Lines: one record a line in, the same record with its text cleaned out.

Each input line is a JSON object whose ``field`` (default "text") is a string. The output
line is the same object, keys in the same order, with that field replaced by the clean text
and one key added, ``"cleantext"``, holding what cleaning learnt::

    {"id": 7, "text": "...", "cleantext": {"title": ..., "author": ..., "date": ..., "removed": 12}}

Nothing is dropped silently. A line that is not such an object (not UTF-8, not JSON, not an
object, no such field, a field that is not a string, NaN or a number JSON cannot write back,
nesting too deep to read) is *set aside*: written verbatim to the errors stream when there
is one, and reported with its line number. A blank line (only white space) holds no record:
it is passed over and counted. So ``lines in = records out + set aside + blank``.

Output is strict JSON in UTF-8: no NaN, no ASCII escaping, and a lone surrogate (from a
``"\\ud800"`` escape in a key the cleaning does not touch) becomes U+FFFD; a record whose
keys would then become one (``"\\ud800"`` and ``"\\udc00"``) is set aside rather than lose
one. Numbers are written back as Python reads them (``1E5`` comes out as ``100000.0``, the
same value); when a key appears twice in an object, the last one wins, as in every JSON
reader we know. A record that already holds ``"cleantext"`` (cleantext's own output, cleaned
again) has that key's value replaced; the field cannot be named ``"cleantext"``.

Records are read and written one line at a time, so memory stays flat however long the
input is; with ``jobs`` > 1, chunks of lines go to worker processes, a bounded number at a
time, and come back in input order, so the output is byte for byte that of one job.

>>> import io
>>> out, errors = io.BytesIO(), io.BytesIO()
>>> source = io.BytesIO(b'{"id": 1, "text": "Menu\\\\nHello world\\\\n\\\\nIt was a fine day."}\\n[1]\\n')
>>> tally = JsonlCleaner(errors=errors, say=lambda message: None).run(source, out)
>>> out.getvalue().decode()
'{"id":1,"text":"Hello world\\\\n\\\\nIt was a fine day.\\\\n","cleantext":{"title":"Hello world","author":null,"date":null,"removed":1}}\\n'
>>> errors.getvalue(), tuple(tally)
(b'[1]\\n', (2, 1, 1, 0))
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, NamedTuple


from . import clean_document
from . import patterns
from ._output import BinarySink, GuardedWriter, output_path, say_cannot
from ._output import say as _say

__all__ = ["ADDED_KEY", "JsonlCleaner", "Tally", "clean_line"]

#: The key added to each record, holding title, author, date and the removal count.
ADDED_KEY = "cleantext"

# A task for a worker: this many lines or bytes, whichever comes first. Large enough that
# sending it costs little next to cleaning it, small enough that few in flight stay small.
CHUNK_LINES = 256
CHUNK_BYTES = 1 << 20
# Chunks in flight per worker: one being cleaned, one waiting, so no worker idles.
IN_FLIGHT_PER_JOB = 2

_BOM = b"\xef\xbb\xbf"


class Tally(NamedTuple):
    """What became of the input lines: ``lines == records + set_aside + blank``."""

    lines: int = 0
    records: int = 0
    set_aside: int = 0
    blank: int = 0

    def __add__(self, other: "Tally") -> "Tally":  # type: ignore[override]
        return Tally(*(a + b for a, b in zip(self, other)))


def clean_line(raw: bytes, field: str = "text", options: dict | None = None) -> bytes | str | None:
    """Clean one JSON Lines record: the output line (bytes, with "\\n"), or why it was set aside (str).

    A blank line gives None. This is the whole per-record contract; the rest is plumbing.

    >>> clean_line(b'{"text": "By Jane Doe\\\\n\\\\nIt rained."}')
    b'{"text":"It rained.\\\\n","cleantext":{"title":null,"author":"Jane Doe","date":null,"removed":1}}\\n'
    >>> clean_line(b'{"text": 3}')
    "'text' is a number, not a string"
    """
    if field == ADDED_KEY:
        raise ValueError(f"the field cannot be {ADDED_KEY!r}: that key receives what cleaning learnt")
    if not raw.strip():
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"not UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start + 1})"
    try:
        record = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        return f"not JSON: {error.msg} (column {error.colno})"
    except ValueError as error:  # NaN/Infinity, or an integer too long to read
        return f"not JSON: {error}"
    except RecursionError:
        return "not readable: nested too deeply"
    if not isinstance(record, dict):
        return f"not a JSON object but {_kind(record)}"
    if field not in record:
        return f"no {field!r} key"
    value = record[field]
    if not isinstance(value, str):
        return f"{field!r} is {_kind(value)}, not a string"
    doc = clean_document(value, **(options or {}))
    record[field] = doc.text
    record[ADDED_KEY] = {
        "title": doc.title,
        "author": doc.metadata.get("author"),
        "date": doc.metadata.get("date"),
        "removed": len(doc.removed),
    }
    try:
        out = json.dumps(record, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except ValueError:  # 1e999 reads as infinity, which JSON cannot write
        return "holds a number too large for JSON (it reads as infinity)"
    except RecursionError:
        return "not writable: nested too deeply"
    try:
        return out.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        pass
    repaired = patterns.SURROGATE.sub("\ufffd", out)
    # Keys that differ only in lone surrogates ("\ud800" and "\udc00") would become one
    # key, and a reader would keep one value: the record is set aside whole instead.
    try:
        json.loads(repaired, object_pairs_hook=_unique_keys)
    except ValueError as error:
        return str(error)
    except RecursionError:
        return "not writable: nested too deeply"
    return repaired.encode("utf-8") + b"\n"


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    keys = {key for key, _ in pairs}
    if len(keys) < len(pairs):
        raise ValueError("holds keys that would become one when their lone surrogates "
                         "(\\ud800 escapes) are written as U+FFFD")
    return dict(pairs)


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a JSON value")


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string"


# ---- workers ----------------------------------------------------------------------------

_worker_config: tuple[str, dict] = ("text", {})


def _start_worker(field: str, options: dict) -> None:
    global _worker_config
    _worker_config = (field, options)
    # Ctrl-C is the parent's to handle: it stops feeding work and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _clean_chunk(lines: list[bytes]) -> list[bytes | str | None]:
    field, options = _worker_config
    return [clean_line(raw, field, options) for raw in lines]


def _chunks(lines: Iterable[bytes]) -> Iterator[list[bytes]]:
    chunk: list[bytes] = []
    size = 0
    for raw in lines:
        chunk.append(raw)
        size += len(raw)
        if len(chunk) >= CHUNK_LINES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def resolve_jobs(jobs: int) -> int:
    """Return the number of worker processes for ``--jobs``: 0 means one per usable core, and
    more than the cores counts as the cores: more workers would only wait their turn, each
    holding memory (a thousand of them exhaust a machine's)."""
    if jobs < 0:
        raise ValueError("--jobs must be 0 (all cores) or more")
    cores = _usable_cores()
    return cores if jobs == 0 else min(jobs, cores)


def _usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class JsonlCleaner:
    """Clean JSON Lines streams with shared settings, in this process or in a pool of workers.

    Use it as a context manager when ``jobs`` > 1, so that the pool is shut down; the same
    pool serves every stream given to :meth:`run`. ``say`` reports a set-aside line
    (default: one line on stderr); ``progress`` is called with (bytes, records) as they go.
    """

    def __init__(
        self,
        *,
        field: str = "text",
        options: dict | None = None,
        errors: BinarySink | None = None,
        jobs: int = 1,
        say: Callable[[str], None] | None = None,
    ) -> None:
        if field == ADDED_KEY:
            raise ValueError(f"the field cannot be {ADDED_KEY!r}: that key receives what cleaning learnt")
        self.field = field
        self.options = dict(options or {})
        self.errors = errors
        self.jobs = resolve_jobs(jobs)
        self.say = say or _say
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "JsonlCleaner":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close(cancel=exc_info[0] is not None)

    def close(self, *, cancel: bool = False) -> None:
        """Shut the worker pool down; with ``cancel``, drop queued chunks and do not wait."""
        if self._pool is not None:
            self._pool.shutdown(wait=not cancel, cancel_futures=cancel)
            self._pool = None

    def run(
        self,
        source: Iterable[bytes],
        sink: BinarySink,
        *,
        label: str = "stdin",
        progress: Callable[[int, int], None] | None = None,
    ) -> Tally:
        """Clean every line of ``source`` (a binary stream) into ``sink``; return the tally."""
        tally = [0, 0, 0, 0]
        lineno = 0
        for lines, results in self._results(_strip_bom(source)):
            size = 0
            for raw, result in zip(lines, results):
                lineno += 1
                size += len(raw)
                if isinstance(result, bytes):
                    sink.write(result)
                    tally[1] += 1
                elif result is None:
                    tally[3] += 1
                else:
                    tally[2] += 1
                    self._set_aside(raw, f"{label}:{lineno}: {result}")
            tally[0] += len(lines)
            if progress is not None:
                progress(size, tally[1])
        sink.flush()
        if self.errors is not None:
            self.errors.flush()
        return Tally(*tally)

    def _results(self, source: Iterable[bytes]) -> Iterator[tuple[list[bytes], list]]:
        if self.jobs == 1:
            field, options = self.field, self.options
            for raw in source:  # one line at a time: output follows input at once
                yield [raw], [clean_line(raw, field, options)]
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.jobs, initializer=_start_worker, initargs=(self.field, self.options)
            )
        pending: deque[tuple[list[bytes], Future]] = deque()
        limit = self.jobs * IN_FLIGHT_PER_JOB
        try:
            for chunk in _chunks(source):
                pending.append((chunk, self._pool.submit(_clean_chunk, chunk)))
                if len(pending) >= limit:
                    lines, future = pending.popleft()
                    yield lines, future.result()
            while pending:
                lines, future = pending.popleft()
                yield lines, future.result()
        except BaseException:
            for _, future in pending:
                future.cancel()
            self.close(cancel=True)
            raise

    def _set_aside(self, raw: bytes, message: str) -> None:
        self.say(message)
        if self.errors is not None:
            self.errors.write(raw if raw.endswith(b"\n") else raw + b"\n")


def _strip_bom(lines: Iterable[bytes]) -> Iterator[bytes]:
    # A UTF-8 byte order mark (Windows tools write one) is not part of the first record.
    iterator = iter(lines)
    for first in iterator:
        yield first[len(_BOM):] if first.startswith(_BOM) else first
        break
    yield from iterator


# ---- the command line's side --------------------------------------------------------------


def clean_jsonl_files(
    names: list[str],
    *,
    output_dir=None,
    field: str = "text",
    options: dict | None = None,
    errors_path: str | None = None,
    jobs: int = 1,
    progress: bool = False,
    quiet: bool = False,
    stdout: BinarySink | None = None,
) -> int:
    """Run ``cleantext --jsonl``: clean each named file ("-" is stdin); return the exit status.

    Without ``output_dir`` every result goes to stdout, one file after the other, as
    ``cat`` would join them; with it, each file's result goes to a file of the same name
    there (``stdout`` stands for sys.stdout.buffer). Status 1 when a file could not be read
    or written, or a line was set aside.
    """

    stdout = sys.stdout.buffer if stdout is None else stdout
    status = 0
    total = Tally()
    # A write that fails (a full disk) stops the run with one line naming the file.
    errors = GuardedWriter(open(errors_path, "wb"), f"--errors {errors_path}") if errors_path else None  # noqa: SIM115
    try:
        with JsonlCleaner(field=field, options=options, errors=errors, jobs=jobs) as cleaner:
            for name in names:
                label = "stdin" if name == "-" else name
                try:
                    source = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
                except OSError as error:
                    say_cannot(name, error)
                    status = 1
                    continue
                try:
                    opened = None  # the file opened in output_dir, closed below; stdout is the caller's
                    if output_dir is None:
                        sink = stdout
                    else:
                        target = output_path(output_dir, name)
                        try:
                            sink = opened = GuardedWriter(open(target, "wb"), str(target))  # noqa: SIM115
                        except OSError as error:  # a folder of that name there, say
                            say_cannot(target, error)
                            status = 1
                            continue
                    try:
                        with _progress_bar(source, label, enabled=progress) as bar:
                            total += cleaner.run(source, sink, label=label, progress=bar)
                    finally:
                        if opened is not None:
                            opened.close()
                finally:
                    if source is not sys.stdin.buffer:
                        source.close()
    finally:
        if errors is not None:
            errors.close()
    if total.blank and not quiet:
        _say(f"{total.blank} blank line(s) passed over")
    if total.set_aside:
        where = f", written to {errors_path}" if errors_path else ""
        _say(f"{total.set_aside} of {total.lines} line(s) set aside{where}")
        status = 1
    return status


class _progress_bar:
    """A tqdm bar on stderr (bytes with MB/s, and records), or nothing when disabled."""

    def __init__(self, source, label: str, *, enabled: bool) -> None:
        self.bar = None
        if not enabled:
            return
        from tqdm import tqdm

        try:
            size = os.fstat(source.fileno()).st_size or None
        except (OSError, AttributeError, ValueError):
            size = None
        self.bar = tqdm(total=size, desc=label, unit="B", unit_scale=True, unit_divisor=1000,
                        file=sys.stderr, dynamic_ncols=True, leave=True)

    def __enter__(self):
        return self if self.bar is not None else None

    def __call__(self, size: int, records: int) -> None:
        bar = self.bar
        assert bar is not None  # __enter__ hands this out only when there is a bar
        bar.update(size)
        bar.set_postfix_str(f"{records} records", refresh=False)

    def __exit__(self, *exc_info) -> None:
        if self.bar is not None:
            self.bar.close()
