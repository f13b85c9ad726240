"""Turn bytes of any encoding, or none, into text: at the edge, once, without ever failing."""

from __future__ import annotations

import codecs
from typing import NamedTuple

from . import patterns

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class Decoded(NamedTuple):
    text: str
    encoding: str
    replaced: int  # how many undecodable byte sequences became U+FFFD


def decode(data: bytes) -> Decoded:
    """Decode bytes: by their BOM, else as UTF-8, else as cp1252, replacing what cannot be read.

    Bytes that hold valid multi-byte UTF-8 sequences are UTF-8, a damaged byte here and
    there becoming U+FFFD. Bytes with no UTF-8 sequence at all but high bytes are taken as
    cp1252, the usual encoding of old Western pages. The number of replaced sequences is
    returned so that a caller can say so.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom):], encoding)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 0)
    except UnicodeDecodeError:
        pass
    as_utf8 = _decoded(data, "utf-8")
    if patterns.DECODED_NON_ASCII.search(as_utf8.text):
        return as_utf8
    return _decoded(data, "cp1252")


def _decoded(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    # U+FFFD already in the input (EF BF BD in UTF-8) is not a replacement of ours.
    genuine = data.count("\ufffd".encode(encoding)) if encoding.startswith("utf") else 0
    return Decoded(text, encoding, text.count("\ufffd") - genuine)
