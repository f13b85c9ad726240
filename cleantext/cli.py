"""The ``cleantext`` command: a filter from scraped text to clean text."""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO, NoReturn, Sequence

from . import __version__, _start, clean_document
from ._output import GuardedWriter, OutputError, output_path, say_cannot, why
from ._output import say as _say
from .decode import decode
from .html import looks_like_html
from .pipeline import summary
from .presets import PRESETS, named_steps

EXAMPLES = """\
examples:
  cleantext page.txt                       clean one file to stdout
  cat page.txt | cleantext > clean.txt     as a filter
  cleantext --format json page.txt         title, body, metadata and what was removed
  cleantext --explain page.txt             show on stderr why each line went
  cleantext --skip take.title page.txt     leave a step out (see --list)
  cleantext --keep '^Editor.s note' p.txt  never remove lines matching a pattern
  cleantext a.txt b.txt                    one after the other to stdout, a blank line between
  cleantext -o out/ a.txt b.txt            clean many files into a folder
  cleantext --jsonl --jobs 0 < in.jsonl > out.jsonl --errors bad.jsonl
                                           JSON Lines, every core; bad lines set aside

exit status: 0 done; 1 done, but some input was bad; 2 usage error; 130 interrupted.
"""


class UsageError(Exception):
    """A mistake in the command line: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(message)

    def _print_message(self, message: str, file=None) -> None:
        # argparse's own version drops a failed write: --help on a full disk printed
        # nothing and exited 0. --help and --version go through the guarded writer instead.
        if message:
            file = file or sys.stderr
            GuardedWriter(file, "the output" if file is sys.stdout else "stderr").write(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cleantext",
        description="Turn scraped web text into clean article text: title and body, "
        "with site chrome (menus, dates, bylines, captions, share bars) taken out.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help='input files; stdin when none or "-"; several go to stdout one after the other '
                        "(text: a blank line between; json: one line each) unless -o")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text: the clean text (default); json: title, body, text, metadata, removed")
    parser.add_argument("--preset", default="default", choices=sorted(PRESETS),
                        help="which pipeline to run (default: %(default)s; normalise: fixes only)")
    parser.add_argument("--skip", action="append", default=[], metavar="NAME",
                        help="leave out a step by name; repeatable (see --list)")
    parser.add_argument("--keep", action="append", default=[], metavar="REGEX",
                        help="never remove a line that matches this regular expression; repeatable")
    parser.add_argument("--keep-quotes", action="store_true", help="keep curly quotes as they are")
    parser.add_argument("--input", choices=("auto", "text", "html"), default="auto",
                        help="auto (default): a page with a doctype or <html> near the start takes the "
                        "HTML path (trafilatura, then the filters); text or html force a path")
    parser.add_argument("--explain", action="store_true",
                        help="print each fix applied and each removal (filter, reason, text) to stderr")
    parser.add_argument("-o", "--output-dir", type=Path, metavar="DIR",
                        help="write each FILE's result to DIR under the same name (.json with --format json)")
    batch = parser.add_argument_group("JSON Lines and many files")
    batch.add_argument("--jsonl", action="store_true",
                       help="each input line is a JSON object: clean its --field, add a \"cleantext\" key "
                       "(title, author, date, removed), write it out in the same order")
    batch.add_argument("--field", default="text", metavar="NAME",
                       help="with --jsonl: the key holding the text (default: %(default)s)")
    batch.add_argument("--errors", metavar="FILE",
                       help="with --jsonl: write each line that is not such an object here, verbatim")
    batch.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                       help="with --jsonl: worker processes (default 1; 0: one per core; "
                       "more than the cores counts as the cores)")
    batch.add_argument("-q", "--quiet", action="store_true",
                       help="no progress bar, no count of blank lines (bad lines, and their count, are still reported)")
    parser.add_argument("--list", action="store_true", help="list every step with what it does, and exit")
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status instead of exiting."""
    try:
        _start.release()  # Ctrl-C is KeyboardInterrupt again, caught below
        return _run(build_parser().parse_args(argv))
    except UsageError as error:
        _say(f"error: {error} (see cleantext --help)")
        return 2
    except KeyboardInterrupt:
        _say("interrupted")
        return _start.STATUS
    except (BrokenPipeError, OutputError) as error:
        return _stop_writing(error)


def _stop_writing(error: BrokenPipeError | OutputError) -> int:
    """End output after a failed write: one line unless the reader went away; return the status."""
    _silence_stdout()  # else Python's flush at exit fails again, and says so
    if isinstance(error, BrokenPipeError):
        return 0  # `cleantext big.txt | head`: the command ends quietly
    _say(str(error))
    return 1


def _run(args: argparse.Namespace) -> int:
    if args.list:
        return _list_steps(args.preset)
    unknown = [name for name in args.skip if name not in named_steps()]
    if unknown:
        raise UsageError(f"unknown step {unknown[0]!r} for --skip")
    options = {"preset": args.preset, "skip": args.skip, "keep": args.keep, "keep_quotes": args.keep_quotes,
               "input": args.input}
    _check_patterns(args.keep)
    files = args.files or ["-"]
    if args.jobs < 0:
        raise UsageError("--jobs takes 0 (one per core) or more")
    if args.jsonl:
        return _run_jsonl(args, files, options)
    for flag, given in (("--field", args.field != "text"), ("--errors", args.errors is not None),
                        ("--jobs", args.jobs != 1)):
        if given:
            raise UsageError(f"{flag} goes with --jsonl")
    _check_outputs(files, args.output_dir, args.format)
    if args.output_dir is not None:
        _make_output_dir(args.output_dir)
    stdout = GuardedWriter(sys.stdout, "the output")
    separator = ""  # before each document on stdout but the first: a blank line, or none in JSON Lines
    status = 0
    for name in files:
        data = _read(name)
        if data is None:
            status = 1
            continue
        try:
            doc = _clean_bytes(name, data, options)
        except ValueError as error:  # --input html on something that is no page
            _say(f"{_label(name)}: {error}")
            status = 1
            continue
        if args.explain:
            _explain(name, doc)
        output = (json.dumps(doc.to_dict(), ensure_ascii=False) + "\n") if args.format == "json" else doc.text
        if args.output_dir is None:
            stdout.write(separator + output)
            stdout.flush()
            separator = "\n" if args.format == "text" else ""
        elif not _write(args.output_dir, name, args.format, output):
            status = 1
    return status


def _clean_bytes(name: str, data: bytes, options: dict):
    """Clean one input's bytes: a page goes to the HTML path whole, text is decoded here."""
    if options["input"] == "html" or (options["input"] == "auto" and looks_like_html(data)):
        return clean_document(data, **{**options, "input": "html"})
    decoded = decode(data)
    if decoded.replaced:
        _say(f"{_label(name)}: {decoded.replaced} undecodable byte sequence(s) replaced with U+FFFD")
    return clean_document(decoded.text, **{**options, "input": "text"})


def _run_jsonl(args: argparse.Namespace, files: list[str], options: dict) -> int:
    from .batch import ADDED_KEY, clean_jsonl_files  # the batch machinery loads only when used

    if args.format != "text" or args.explain:
        raise UsageError("--jsonl writes JSON Lines: --format and --explain do not go with it")
    if args.field == ADDED_KEY:  # its clean text would be overwritten by the added key
        raise UsageError(f"--field cannot be {ADDED_KEY!r}: cleantext adds that key to each record")
    _check_outputs(files, args.output_dir, "text", errors=args.errors)
    if args.output_dir is not None:
        _make_output_dir(args.output_dir)
    if args.errors is not None:
        _check_errors_file(args.errors)
    return clean_jsonl_files(
        files,
        output_dir=args.output_dir,
        field=args.field,
        options=options,
        errors_path=args.errors,
        jobs=args.jobs,
        progress=not args.quiet and sys.stderr.isatty(),
        quiet=args.quiet,
        stdout=GuardedWriter(sys.stdout.buffer, "the output"),
    )


def _read(name: str) -> bytes | None:
    stream: BinaryIO
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        with open(name, "rb") as stream:
            return stream.read()
    except OSError as error:
        say_cannot(name, error)
        return None


def _write(folder: Path, name: str, fmt: str, output: str) -> bool:
    """Write one result into ``folder``; False, said in one line, when it cannot be (a folder there)."""
    target = output_path(folder, name, fmt)
    try:
        target.write_text(output, encoding="utf-8")
    except OSError as error:
        say_cannot(target, error)
        return False
    return True


def _make_output_dir(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--output-dir {folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"cannot make --output-dir {folder}: {why(error)}") from None


def _check_errors_file(path: str) -> None:
    # A bad line may come last: that its place cannot be written must be known before the first.
    try:
        with open(path, "ab"):  # "a": the file is emptied only when the run starts
            pass
    except OSError as error:
        raise UsageError(f"cannot write --errors {path}: {why(error)}") from None


def _check_outputs(files: Sequence[str], folder: Path | None, fmt: str, errors: str | None = None) -> None:
    """Refuse an output that is an input, or that two inputs share, before anything is read or written.

    Opening an output empties it: were it an input, that input would be lost unread; and of two
    inputs written to one file, only the last one's result would be left.
    """
    inputs = {key: name for name in files if (key := _identity(name)) is not None}
    errors_key = None if errors is None else _identity(errors)
    if errors_key in inputs:
        raise UsageError(f"--errors {errors} is also an input file")
    if folder is None:
        return  # every result goes to stdout
    written: dict[object, str] = {}
    for name in files:
        target = output_path(folder, name, fmt)
        key = _identity(target)
        if key is None:
            continue
        if key in inputs:
            whose = "its input" if inputs[key] == name else "the input"
            raise UsageError(f"output {target} would overwrite {whose} {_label(inputs[key])}")
        if key == errors_key:
            raise UsageError(f"output {target} of input {_label(name)} is also the --errors file")
        if key in written:
            raise UsageError(f"inputs {_label(written[key])} and {_label(name)} would both be written to {target}")
        written[key] = name


def _identity(path: str | Path) -> object:
    """What makes two paths one file: a regular file's device and inode, or, for a file not there
    yet, its resolved path. None for the rest (a terminal, a pipe, /dev/null): they never clash."""
    try:
        info = os.fstat(sys.stdin.fileno()) if path == "-" else os.stat(path)
    except FileNotFoundError:
        return os.path.realpath(path)
    except (OSError, ValueError, AttributeError):  # a stdin with no file behind it (a stand-in)
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def _check_patterns(patterns: Sequence[str]) -> None:
    import regex

    for pattern in patterns:
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise UsageError(f"--keep {pattern!r} is not a regular expression: {error}") from None


def _explain(name: str, doc) -> None:
    label = _label(name)
    for fix_name in doc.fixes:
        _say(f"{label}: fixed by {fix_name}", prefix=False)
    for item in doc.removed:
        _say(f"{label}: removed by {item.filter} ({item.reason}): {item.text}", prefix=False)


def _list_steps(preset: str) -> int:
    in_preset = set(PRESETS[preset].names())
    stdout = GuardedWriter(sys.stdout, "the output")
    for name, step in named_steps().items():
        mark = "*" if name in in_preset else " "
        stdout.write(f"{mark} {name:22} {summary(step)}\n")
    stdout.write(f"(* = in the {preset!r} preset)\n")
    stdout.flush()
    return 0


def _label(name: str) -> str:
    return "stdin" if name == "-" else name


def _silence_stdout() -> None:
    # Python flushes stdout at exit; pointing it at /dev/null keeps that flush quiet.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def entry_point() -> None:
    """Console-script entry: exit with main()'s status, once what is left on stdout is written.

    ``--help`` and ``--version`` write into stdout's buffer and exit from inside argparse:
    what is left there is flushed here, not at the interpreter's exit, so that a full disk
    is one line too, not Python's "Exception ignored" report.
    """
    status: int | str | None  # SystemExit.code can be any of them
    try:
        status = main()
    except SystemExit as done:
        status = done.code
    try:
        GuardedWriter(sys.stdout, "the output").flush()
    except (BrokenPipeError, OutputError) as error:
        status = _stop_writing(error) or status  # a closed pipe keeps the status
    sys.exit(status)
