"""Tell HTML from text by its first bytes, cheaply."""

from __future__ import annotations

from .. import patterns

#: How far into the text the start of a document may lie (after a BOM, blanks, comments).
LOOKAHEAD = 2048


def looks_like_html(text: str | bytes) -> bool:
    """Return whether the text (or the bytes) starts like an HTML document.

    It must open, after a BOM, blank lines, comments or an XML declaration, with a doctype or
    an ``<html>``, ``<head>`` or ``<body>`` tag. Prose that mentions ``<html>`` later on, or a
    fragment such as ``<p>hi</p>``, is not taken for a page.

    >>> looks_like_html("\\ufeff<!-- x -->\\n<!DOCTYPE html><title>t</title>")
    True
    >>> looks_like_html("Put <html> at the top of the file.")
    False
    >>> looks_like_html(b"\\xef\\xbb\\xbf<!DOCTYPE html>")
    True
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        from .decode import decode_html  # only the start: a BOM or ASCII markup decides

        text = decode_html(bytes(text[: 4 * LOOKAHEAD]))
    head = text[:LOOKAHEAD].lstrip("\ufeff")
    prologue = patterns.HTML_PROLOGUE.match(head)
    assert prologue is not None  # a starred group: it matches, if only the empty string
    return patterns.HTML_START.match(head, prologue.end()) is not None


def has_markup(text: str) -> bool:
    """Return whether the text holds at least one tag or doctype anywhere."""
    return patterns.HTML_ANY_TAG.search(text) is not None
