"""The HTML input path: detect a page, decode its bytes, extract its article.

>>> from cleantext.html import looks_like_html, extract
>>> looks_like_html("<!doctype html><p>x</p>")
True
"""

from __future__ import annotations

from .decode import declared_charset, decode_html
from .detect import has_markup, looks_like_html
from .document import html_document
from .extract import extract, parse, visible_text

__all__ = [
    "declared_charset",
    "decode_html",
    "extract",
    "has_markup",
    "html_document",
    "looks_like_html",
    "parse",
    "visible_text",
]
