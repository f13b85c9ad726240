"""Flatten a parsed page to its visible text, one block element per paragraph."""

from __future__ import annotations


from lxml import etree
from .. import patterns

# Elements whose content is never shown as text.
INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object", "select", "option"})
# Elements that start a new paragraph of text (as a browser lays them out).
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "thead", "tfoot", "tr", "ul", "body", "html", "center", "caption", "legend",
})
# Elements that end a line without ending the paragraph.
LINE_BREAKS = frozenset({"br", "td", "th"})

_PARAGRAPH = "\x00"  # a marker no parsed text holds: lxml refuses NUL in text


def visible_text(tree: etree._Element) -> str:
    """Return the text a reader sees: scripts, styles and hidden templates left out.

    Block elements (``p``, ``div``, ``li``, headings, ...) become paragraphs separated by a
    blank line; ``br`` and table cells end a line. Runs of spaces and source line breaks
    collapse to one space, as they do on screen (not inside ``pre``). Hidden attributes and
    CSS are not looked at.
    """
    parts: list[str] = []
    _walk(tree, parts, False)
    text = "".join(parts)
    paragraphs = []
    for chunk in text.split(_PARAGRAPH):
        lines = [patterns.FLAT_BLANKS.sub(" ", line).strip() for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _walk(element: etree._Element, parts: list[str], pre: bool) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in INVISIBLE or not tag:
        # comments and processing instructions show nothing; their tail is still text
        if element.tail:
            parts.append(_shown(element.tail, pre))
        return
    pre = pre or tag == "pre"
    block = tag in BLOCKS
    if block:
        parts.append(_PARAGRAPH)
    if element.text:
        parts.append(_shown(element.text, pre))
    for child in element:
        _walk(child, parts, pre)
    if block:
        parts.append(_PARAGRAPH)
    elif tag in LINE_BREAKS:
        parts.append("\n")
    if element.tail:
        parts.append(_shown(element.tail, pre))


def _shown(text: str, pre: bool) -> str:
    return text if pre else patterns.FLAT_SPACES.sub(" ", text)
