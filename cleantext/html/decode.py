"""Decode the bytes of a web page: BOM, declared charset, UTF-8, then a guess; never failing."""

from __future__ import annotations

import codecs

from ..decode import decode
from .. import patterns

#: How many bytes at the start of a page are searched for a charset declaration.
DECLARATION_WINDOW = 4096
#: How many bytes are looked at to guess an undeclared encoding.
DETECTION_WINDOW = 65536
#: In words with non-ASCII letters, Western text has at most this share of them.
LATIN_MAX_SHARE = 0.5


# Labels that browsers read as another encoding (WHATWG Encoding Standard).
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254", "tis-620": "cp874",
    "x-sjis": "shift_jis", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "ks_c_5601-1987": "euc-kr", "unicode": "utf-16-le", "utf-16": "utf-16-le",
}


def declared_charset(data: bytes) -> str | None:
    """Return the Python codec of the charset the page declares near its start, if any known."""
    window = data[:DECLARATION_WINDOW]
    found = patterns.HTML_META_CHARSET.search(window) or patterns.XML_ENCODING.search(window)
    if not found:
        return None
    label = found.group(1).decode("ascii", "replace").strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """Decode a page's bytes: BOM, declared charset, UTF-8, then a guess; never raise.

    A byte order mark wins. Then the charset the page declares (``<meta charset>`` or
    ``http-equiv`` content-type, in the first few KB) is used, unless it is a single-byte
    encoding while the bytes are valid UTF-8 with multi-byte sequences: such pages were saved
    as UTF-8 and mislabelled, and UTF-8 cannot happen by accident. When the declaration is
    missing, unknown or fails, strict UTF-8 is tried, then cp1252 if the page reads as
    Western text, else charset detection (charset_normalizer, which trafilatura already
    depends on), replacing what cannot be read. The result never holds a lone surrogate.

    >>> decode_html('<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251"))
    '<meta charset="windows-1251"><p>Привет</p>'
    """
    data = bytes(data)
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _clean(decode(data).text)
    declared = declared_charset(data)
    if declared and declared.startswith("utf-16"):
        declared = None  # a page read as ASCII cannot be UTF-16: the label is wrong
    if declared and declared != "utf-8" and not _is_utf8(data):
        try:
            return _clean(data.decode(declared))
        except UnicodeDecodeError:
            pass
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    guessed = _detect(data)
    if guessed:
        return _clean(guessed)
    return _clean(decode(data).text)


def _is_utf8(data: bytes) -> bool:
    """Return whether the bytes are valid UTF-8 that uses multi-byte sequences."""
    if not patterns.UTF8_MULTIBYTE.search(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str | None:
    """Guess the encoding of undeclared, non-UTF-8 bytes: cp1252 if it reads as Western text."""
    latin = data.decode("cp1252", errors="replace")
    if _reads_as_latin(latin):
        return latin
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: without it, cp1252 is the guess
        return latin
    try:
        best = from_bytes(data[:DETECTION_WINDOW]).best()
    except Exception:  # a detector bug must not stop decoding
        return latin
    if best is None:
        return latin
    return data.decode(best.encoding, errors="replace")


def _reads_as_latin(text: str) -> bool:
    """Return whether the non-ASCII letters of a cp1252 reading sit inside ASCII words.

    French, German or Spanish words hold one accented letter among plain ones ("était");
    Cyrillic, Greek or CJK bytes read as cp1252 give words made of accented letters only
    ("Ïðèâåò"), which detection then reads properly.
    """
    words = patterns.NON_ASCII_WORD.findall(text[:DETECTION_WINDOW])
    if not words:
        return True
    letters = sum(len(word) for word in words)
    foreign = sum(len(patterns.NON_ASCII.findall(word)) for word in words)
    return foreign <= LATIN_MAX_SHARE * letters


def _clean(text: str) -> str:
    """Replace lone surrogates (which a UTF-16 decode can leave) with U+FFFD."""
    if text.isascii():
        return text
    return patterns.SURROGATE.sub("\ufffd", text)
