"""Extract the article from a page with trafilatura, parsing once and fetching nothing."""

from __future__ import annotations

import functools
import logging
from datetime import date
from typing import Any, Collection, Sequence

import lxml.html
from lxml import etree

from .detect import has_markup
from .flatten import visible_text
from .judge import Paragraph, judge
from .. import patterns
from ..dates import is_date_line, parse_date

#: Under this many characters, trafilatura's text is taken as a failed extraction...
FALLBACK_MAX_CHARS = 200
#: ...when the page shows at least this many times more text: then the visible text is used.
#: A ratio alone would misfire: on the dev split the shortest right extraction, a paywalled
#: teaser of 369 characters, sits on a page that shows 6,186; no article there is under 200.
FALLBACK_MIN_RATIO = 4

# trafilatura's options, measured on the benchmark dev split (see benchmarks/bench_pages.py):
# favor_precision gains 0.9 point of F1 over the default; tables help recall; comments, links,
# images and formatting are left out of an article's text.
TRAFILATURA_OPTIONS: dict[str, Any] = dict(
    favor_precision=True,
    include_comments=False,
    include_tables=True,
    include_images=False,
    include_links=True,  # to judge links; the text is taken without them (and recall gains)
    include_formatting=False,
    deduplicate=False,
    output_format="txt",  # keeps document.body and skips the python format's serialisation
    with_metadata=False,  # done below on the same tree, without the costly author search
)

# lxml's HTML parser never expands DTD entities nor loads DTDs; no_network makes sure that
# nothing referenced by the page is fetched. default_doctype=False keeps the tree as given.
_PARSER_OPTIONS = dict(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
    default_doctype=False,
    no_network=True,
)
_PARSER = lxml.html.HTMLParser(**_PARSER_OPTIONS)
# libxml2 stops a page at a text node over 10 MB, or at elements nested 256 deep, and drops
# the rest without a word (its guards against runaway documents). A page that hits either is
# parsed again without them (see _parse_without_limits).
_PARSER_WITHOUT_LIMITS = lxml.html.HTMLParser(**_PARSER_OPTIONS, huge_tree=True)
#: The nesting the normal parser allows: deeper, the extractor's recursion would overflow.
MAX_DEPTH = 255
#: A script or style text longer than this is emptied: it is what made the page huge, and
#: the date search would read it all many times (20 MB took 14 s).
MAX_SCRIPT_CHARS = 1_000_000
#: How many ``<title>`` and ``<h1>`` elements are taken as the page's names for itself.
MAX_HEADINGS = 4
#: A part of "Headline | Site" is taken as a headline from this many words.
MIN_TITLE_WORDS = 3
_TITLES = etree.XPath("(//head/title | //h1)")
#: The earliest date taken from a page's text, as htmldate's own lower bound.
MIN_DATE = "1995-01-01"
_CONTROLS_TO_SPACE = bytes.maketrans(bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]), b" " * 29)

# trafilatura logs every page it discards; the caller learns that from the result instead.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def extract(html: str, skip: Collection[str] = ()) -> tuple[str, dict]:
    """Return the article text of a page and its metadata: title, author, date, sitename.

    trafilatura runs once, on a tree parsed here with network access and entity loading off
    (trafilatura never fetches a page given as a string; it is given a tree). Paragraphs come
    out one per block, separated by a blank line. Metadata holds only keys with a value;
    ``date`` is ISO 8601 (YYYY-MM-DD). Paragraphs that :mod:`~cleantext.html.judge` took out
    (a repeated headline, related-article links) are listed under ``metadata["removed"]`` as
    ``{"filter", "reason", "text"}``, for the audit trail.

    When trafilatura finds nothing, or a scrap on a page that shows much more text, the page's
    visible text is returned instead, with ``metadata["extraction"] == "fallback"``: the
    text-mode filters and the article classifier can then work over it.

    ``skip`` names judges of :data:`~cleantext.html.judge.PARAGRAPH_JUDGES` to leave out.

    Input with no markup at all (no tag, no doctype) is a ``ValueError``: use this path only
    for HTML (see :func:`looks_like_html` for automatic routing). Empty input gives ``("", {})``.
    """
    if not html or html.isspace():  # isspace stops at the first letter; strip would copy
        return "", {}
    if not has_markup(html):
        raise ValueError("input is not HTML: it holds no tag or doctype")
    tree = parse(html)
    if tree is None:
        return "", {}
    metadata = page_metadata(tree)
    removed: list[dict] = []
    text = article_text(tree, removed, page_titles(tree, metadata.get("title")), skip)
    if len(text) < FALLBACK_MAX_CHARS:
        shown = visible_text(tree)
        if len(shown) >= FALLBACK_MIN_RATIO * max(len(text), 1):
            text = shown
            metadata["extraction"] = "fallback"
            removed = []
    if removed:
        metadata["removed"] = removed
    return text, metadata


def parse(html: str) -> lxml.html.HtmlElement | None:
    """Parse a page into an lxml tree, safely: no network, no entities, no surrogates."""
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate would cut trafilatura's output short: it becomes U+FFFD.
        data = patterns.SURROGATE.sub("\ufffd", html).encode("utf-8")
    # Control characters, which lxml refuses in text, become spaces: one C pass over the
    # bytes (UTF-8 never uses bytes under 0x80 inside a multi-byte character).
    data = data.translate(_CONTROLS_TO_SPACE)
    try:
        tree = lxml.html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError):  # "Document is empty" and the like
        return None
    if any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in _PARSER.error_log):
        unlimited = _parse_without_limits(data)
        return tree if unlimited is None else unlimited
    return tree


def _parse_without_limits(data: bytes) -> lxml.html.HtmlElement | None:
    """Parse a page that hit libxml2's limits again without them; None if it nests too deep.

    A 12 MB inline script (a bundle, a base64 image, an app's state) no longer ends the page
    before its article. A page nested deeper than :data:`MAX_DEPTH` keeps the normal parse,
    cut at that depth: the extractor recurses over the tree.
    """
    try:
        tree = lxml.html.document_fromstring(data, parser=_PARSER_WITHOUT_LIMITS)
    except (etree.ParserError, ValueError):
        return None
    depth = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            return None
    for element in tree.iter("script", "style"):
        if element.text and len(element.text) > MAX_SCRIPT_CHARS:
            element.text = ""
    return tree


def article_text(
    tree: lxml.html.HtmlElement, removed: list | None = None, titles: Sequence[str] = (), skip: Collection[str] = ()
) -> str:
    """Run trafilatura on the tree (it works on a copy) and return its kept paragraphs.

    Paragraphs that :func:`~cleantext.html.judge.judge` marks are left out of the text and
    appended to ``removed`` (when given) as ``{"filter", "reason", "text"}``.
    """
    from trafilatura import bare_extraction
    from trafilatura.xml import xmltotxt

    document = bare_extraction(tree, **TRAFILATURA_OPTIONS)
    assert not isinstance(document, dict)  # a dict only with as_dict=True
    if document is None or document.body is None:
        return ""
    paragraphs = []
    for element in document.body:
        linked = _unlink(element)
        text = xmltotxt(element, False).strip()
        if text:
            paragraphs.append(Paragraph(element.tag, text, linked / max(len(text), 1)))
    judge(paragraphs, titles, skip)
    kept = []
    for paragraph in paragraphs:
        if paragraph.removal is None:
            kept.append(paragraph.text)
        elif removed is not None:
            removed.append({"filter": paragraph.removal.filter, "reason": paragraph.removal.reason, "text": paragraph.text})
    return "\n\n".join(kept)


def _unlink(element: etree._Element) -> int:
    """Replace the links in a trafilatura element by their text; return how many characters they held.

    When a link opens a paragraph, trafilatura trims the text after it as if it were the
    paragraph's start ("<p><ref>word</ref>but"): the space goes back there. Elsewhere a word
    glued to a link is the page's own ("<a>MacBook</a>s") and stays.
    """
    linked = 0
    for ref in element.iter("ref"):
        text = "".join(ref.itertext())
        linked += len(text)
        tail = ref.tail
        opens = ref.getprevious() is None and not (ref.getparent().text or "").strip()
        if opens and tail and text and text[-1].isalnum() and tail[0].isalnum():
            ref.tail = " " + tail
    etree.strip_tags(element, "ref")
    return linked


def page_titles(tree: lxml.html.HtmlElement, title: str | None) -> list[str]:
    """Return what the page calls itself: its metadata title, ``<title>`` and ``<h1>`` texts."""
    titles = [title] if title else []
    for heading in _TITLES(tree)[:MAX_HEADINGS]:
        text = " ".join(heading.text_content().split())
        if text:
            titles.append(text)
            # "Headline | Site" or "Headline - Site": the headline alone counts too
            titles.extend(part for part in patterns.PAGE_TITLE_SEPARATOR.split(text) if len(part.split()) >= MIN_TITLE_WORDS)
    return titles


def page_metadata(tree: lxml.html.HtmlElement) -> dict:
    """Return title, author, date and sitename as trafilatura finds them, only those found.

    The author comes from meta tags and JSON-LD only: trafilatura's search of the page body
    for a byline copies the whole tree and costs a third of the extraction; the text filters
    take bylines from the body instead.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        extract_meta_json,
        examine_meta,
        extract_sitename,
        extract_title,
        extract_url,
    )

    found = examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # a lone word there is usually a site handle (as trafilatura judges)
    try:
        found = extract_meta_json(tree, found)
    except Exception:  # trafilatura's JSON-LD reader can trip on odd data; the rest stands
        pass
    title = found.title or extract_title(tree)
    url = found.url or extract_url(tree)
    today = date.today().isoformat()
    try:
        when = find_date(
            tree,
            url=url,
            original_date=True,
            # The extensive search hands what htmldate's own parsers cannot read to dateparser,
            # which compiles every one of its locales on first use: 4 s once per process for a
            # footer's "Copyright 2021 Ju" (issue 6). On the dev split's 88 pages the fast search
            # misses one date, in a header; page_date_line finds it.
            extensive_search=False,
            max_date=today,
            outputformat="%Y-%m-%d",
        )
    except Exception:  # htmldate on a malformed page: no date rather than no article
        when = None
    when = when or page_date_line(tree, today)
    sitename = found.sitename or extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    metadata = {"title": title, "author": found.author, "date": when, "sitename": sitename}
    return {key: value.strip() for key, value in metadata.items() if value and value.strip()}


def page_date_line(tree: lxml.html.HtmlElement, latest: str) -> str | None:
    """Return the date of the page's first date line no later than ``latest``, or None.

    This stands in for htmldate's extensive search, without dateparser: the text of an
    element that :func:`~cleantext.dates.is_date_line` accepts ("publiziert am 25. September
    2018"), read by :func:`~cleantext.dates.parse_date`. It reads the whole page, as the
    date often sits in a header that trafilatura leaves out of the article. The first date
    line wins: on the 72 dev split pages that hold a date line, it is the date htmldate
    reads in their meta tags on 59 (67 within a day); the oldest would be on 54, the newest
    on 47 (sidebars list older posts, comments newer ones).
    """

    @functools.cache  # a page may repeat a text thousands of times: each is read once
    def date_of(line: str) -> str | None:
        # parse_date first: it costs a third of is_date_line and turns most texts down
        found = parse_date(line)
        return found if found and MIN_DATE <= found <= latest and is_date_line(line) else None

    for element in tree.iter():
        # A script's or a style's text is code; the text after it (its tail) is the page's.
        texts = (element.tail,) if element.tag in ("script", "style") else (element.text, element.tail)
        for text in texts:
            line = text.strip() if text else ""
            found = date_of(line) if 0 < len(line) <= patterns.MAX_DATE_CHARS else None
            if found:
                return found
    return None
