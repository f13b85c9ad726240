"""Judge trafilatura's paragraphs with what only the page knows: which words are links.

trafilatura keeps, now and then, the "Related: <headline>" links and link lists that sites
put inside the article. Text alone cannot tell such a headline from a short paragraph; the
page can, because the headline is a link. These rules mark paragraphs removed, with a reason;
they never delete, so the removed paragraphs go to the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Sequence

from ..model import Removal
from .. import patterns

#: Share of a paragraph's characters inside links from which it counts as a link.
LINKED = 0.8
#: A label that introduces related links is linked at least this much with its headline.
LABEL_LINKED = 0.5
#: A list counts as a list of links (related articles, not content) from this share of links.
LIST_LINKED = 0.9
#: ...when each of its items is a headline: not a sentence, at most this many words.
HEADLINE_MAX_WORDS = 15
#: A label line on its own ("Don't miss", "You may also like:") has at most this many words.
LABEL_MAX_WORDS = 6

FILTER = "html.related_links"
HEADLINE_FILTER = "html.headline"
#: The repeated headline is looked for among this many first paragraphs.
HEADLINE_WITHIN = 3



@dataclass(slots=True)
class Paragraph:
    """One element of trafilatura's output: its kind, text and share of linked text."""

    tag: str
    text: str
    linked: float
    removal: Removal | None = None


def is_related_label(text: str) -> bool:
    """Return whether a line starts with a label such as "Related:" or "Read more:".

    >>> is_related_label("Read more: Tencent profit falls"), is_related_label("Also on rt.com Journalists")
    (True, True)
    >>> is_related_label("Related reading suggests otherwise, said the author.")
    False
    """
    match = patterns.RELATED_LABEL.match(text)
    if not match:
        return False
    label = match.group().rstrip()
    return label.endswith((":", "|", "-", "\u2013", "\u2014", ">", "»")) or "." in label


def _ends_sentence(text: str) -> bool:
    return patterns.SENTENCE_END_AT_LINE_END.search(text[-8:]) is not None  # the tail only: paragraphs are long


def _is_label(paragraph: Paragraph) -> bool:
    """A short line that is not a sentence: "DON'T MISS", "You may also like:"."""
    text = paragraph.text
    return len(text) <= 12 * LABEL_MAX_WORDS and len(patterns.PLAIN_WORD.findall(text)) <= LABEL_MAX_WORDS and not _ends_sentence(text)


def _is_label_alone(paragraph: Paragraph) -> bool:
    """A line that is only a label for related links: "DON'T MISS", "Related stories"."""
    match = patterns.RELATED_LABEL.match(paragraph.text)
    return match is not None and not paragraph.text[match.end():].strip(" .:|>»…\u2013\u2014-")


def is_link_list(paragraph: Paragraph) -> bool:
    """Return whether a list is all links to headlines: the related-articles list."""
    if paragraph.tag != "list" or paragraph.linked < LIST_LINKED:
        return False
    items = [line.lstrip("-*• ").strip() for line in paragraph.text.split("\n") if line.strip()]
    return len(items) >= 2 and all(
        len(patterns.PLAIN_WORD.findall(item)) <= HEADLINE_MAX_WORDS and not _ends_sentence(item) for item in items
    )


def _is_link_like(paragraph: Paragraph) -> bool:
    """A list or non-sentence paragraph that is mostly links."""
    if paragraph.linked < LINKED:
        return False
    return paragraph.tag == "list" or not _ends_sentence(paragraph.text)


def _key(text: str) -> str:
    return " ".join(patterns.PLAIN_WORD.findall(text.casefold()))


def headline(paragraphs: list[Paragraph], titles: str | Sequence[str] | None) -> None:
    """Mark the headline when the text repeats it: the page's title is kept apart already.

    ``titles`` are the page's names for itself: the title from its metadata, its ``<title>``
    and its ``<h1>`` headings. Only one of the first few paragraphs, and only an exact
    repeat of one of them (case and punctuation aside): a first sentence that starts like
    the title stays.
    """
    if isinstance(titles, str):
        titles = [titles]
    keys = {_key(title) for title in titles or ()} - {""}
    if not keys:
        return
    for paragraph in paragraphs[:HEADLINE_WITHIN]:
        if _key(paragraph.text) in keys:
            paragraph.removal = Removal(HEADLINE_FILTER, "headline repeated from the title")
            return


def judge(paragraphs: list[Paragraph], titles: Sequence[str] = (), skip: Collection[str] = ()) -> None:
    """Mark the repeated headline, then related-article links (see :func:`related_links`).

    ``skip`` holds the names of the judges to leave out (:data:`PARAGRAPH_JUDGES`), as
    ``cleantext --skip`` gives them.
    """
    if HEADLINE_FILTER not in skip:
        headline(paragraphs, titles)
    if FILTER not in skip:
        related_links(paragraphs)


def related_links(paragraphs: list[Paragraph]) -> None:
    """Mark related-article links: a labelled link, and the links and labels that follow it.

    A paragraph starting with a label ("Related:", "Read more:", "See also:", "Also on
    site.com") that is at least half links is a link to another article. After it, a run of
    link lists, linked non-sentences and short labels goes too. A short label ending in a
    colon ("You may also like:") or made of a label alone ("DON'T MISS") goes with the links
    that follow it. A list whose items are all linked headlines is a list of links. Prose
    that merely starts with "Related" or "More" keeps: it is not a link.
    """
    i = 0
    while i < len(paragraphs):
        paragraph = paragraphs[i]
        opens = paragraph.linked >= LABEL_LINKED and is_related_label(paragraph.text)
        if is_link_list(paragraph):
            paragraph.removal = Removal(FILTER, "list of links")
            i += 1
            continue
        if not opens and (_is_label_alone(paragraph) or (_is_label(paragraph) and paragraph.text.rstrip().endswith(":"))):
            # a label alone opens a run only if links follow it, or if it ends the text:
            # then the links it announced were left out already
            last = i + 1 == len(paragraphs)
            opens = (last and _is_label_alone(paragraph)) or (not last and _is_link_like(paragraphs[i + 1]))
        if not opens:
            i += 1
            continue
        paragraph.removal = Removal(FILTER, "related-article link")
        i += 1
        while i < len(paragraphs) and (
            _is_link_like(paragraphs[i])
            or (paragraphs[i].linked >= LABEL_LINKED and is_related_label(paragraphs[i].text))
            or (_is_label(paragraphs[i]) and i + 1 < len(paragraphs) and _is_link_like(paragraphs[i + 1]))
        ):
            paragraphs[i].removal = Removal(FILTER, "related-article link")
            i += 1


#: The HTML path's judges of trafilatura's paragraphs, by the name their removals carry: steps
#: that ``cleantext --list`` shows and ``--skip`` leaves out, like the text pipeline's.
PARAGRAPH_JUDGES = {HEADLINE_FILTER: headline, FILTER: related_links}
