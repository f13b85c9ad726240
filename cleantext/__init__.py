"""cleantext: turn scraped web text into clean article text, keeping what it took out.

>>> import cleantext
>>> doc = cleantext.clean_document("close\\nHello world\\n\\nBy Jane Doe\\n\\nIt was a “fine” day.\\n")
>>> doc.title, doc.body, doc.metadata["author"]
('Hello world', 'It was a "fine" day.', 'Jane Doe')
>>> [(r.filter, r.reason, r.text) for r in doc.removed]
[('drop.ui_labels', 'interface label', 'close'), ('take.bylines', 'byline', 'By Jane Doe')]
"""

from __future__ import annotations

from . import _start

# First, before the imports that take most of a second: when this process is the cleantext
# command, Ctrl-C from here until cli.main runs exits 130 with one line (see _start).
_start.guard()

from typing import Callable, Iterable, Sequence  # noqa: E402

from .decode import decode  # noqa: E402
from .html import decode_html, html_document, looks_like_html  # noqa: E402
from .model import Block, Document, Removal, Removed  # noqa: E402
from .pipeline import Pipeline, document_filter, line_rule, text_fix  # noqa: E402
from .presets import PRESETS, named_steps, pipeline, steps  # noqa: E402

__all__ = [
    "Block",
    "Document",
    "PRESETS",
    "Pipeline",
    "Removal",
    "Removed",
    "clean",
    "clean_document",
    "document_filter",
    "line_rule",
    "pipeline",
    "steps",
    "text_fix",
]

__version__ = "0.1.0"


def clean_document(
    text: str | bytes,
    *,
    input: str = "auto",
    preset: str | Pipeline = "default",
    skip: Iterable[str] = (),
    extra: Sequence[Callable] = (),
    keep: Sequence[str] = (),
    keep_quotes: bool = False,
) -> Document:
    """Clean scraped text and return the Document: title, body, text, metadata, removed.

    ``preset`` names a pipeline ("default", "normalise") or is a Pipeline of your own;
    ``skip`` leaves out steps by name (see ``cleantext --list``); ``extra`` appends your own
    steps; ``keep`` is a list of regular expressions: a line that matches one is never
    removed; ``keep_quotes`` keeps curly quotes as they are. Bytes are decoded first
    (BOM, UTF-8, cp1252), never failing.

    ``input`` is "auto" (a doctype or ``<html>`` near the start takes the HTML path),
    "text" or "html" (input with no markup at all is then a ValueError). The HTML path
    decodes bytes by the page's BOM or declared charset, extracts the article with
    trafilatura (no network, no entity expansion), then runs the same fixes and filters
    over it, with the page's title, author, date and site name in ``title`` and
    ``metadata``.
    """
    if input not in ("auto", "text", "html"):
        raise ValueError(f"input must be 'auto', 'text' or 'html', not {input!r}")
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        is_html = input == "html" or (input == "auto" and looks_like_html(data))
        text = decode_html(data) if is_html else decode(data).text
    elif isinstance(text, str):
        is_html = input == "html" or (input == "auto" and looks_like_html(text))
    else:
        raise TypeError(f"clean_document() takes str or bytes, not {type(text).__name__}")
    chosen = pipeline(preset) if isinstance(preset, str) else preset
    skipped = list(skip) + (["fix.quotes"] if keep_quotes else [])
    if skipped:
        # A known step outside the pipeline (the other preset's, the HTML path's judges) is no error.
        chosen = chosen.without(*[name for name in skipped if name in chosen.names() or name not in named_steps()])
    if extra:
        chosen = chosen.then(*extra)
    if is_html:
        return html_document(text, chosen, keep=keep, skip=frozenset(skipped))
    return chosen(text, keep=keep)


def clean(text: str | bytes, **options) -> str:
    """Clean scraped text and return title and body as one text (see :func:`clean_document`)."""
    return clean_document(text, **options).text
