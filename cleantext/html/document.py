"""Clean a page into a Document: extract the article, then run the text pipeline over it."""

from __future__ import annotations

from typing import Collection, Sequence

from ..model import Block, Document, Removal
from ..pipeline import Pipeline, document_filter, is_fix
from .extract import extract

#: Steps that judge which lines of a text dump are the article: trafilatura has done that on
#: the page, so they run only over a fallback's visible text. Measured on the dev split's
#: pages, the article classifier over trafilatura's text cost 1.6 points of recall; and
#: what repeats inside trafilatura's article is the article's own (the question put to
#: each guest, each day's meal plan), not a pasted teaser: of the 163 lines drop.repeats
#: took there, 155 were in the hand-made bodies.
TEXT_DUMP_STEPS = ("article.judge", "drop.repeats")

# Paragraphs the HTML judge took out come from trafilatura as they are, without the fixes
# that clean the kept text: a tab or other control character there would be the only one
# in the Document, breaking the contract that output holds none but the newline.
_CONTROLS_TO_SPACE = {code: " " for code in [*range(0x00, 0x0A), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


@document_filter
def page_title(doc: Document) -> Document:
    """Mark the first line as the title: the HTML path put the page's title there."""
    if doc.blocks:
        doc.blocks[0].role = "title"
    return doc


def html_document(html: str, chosen: Pipeline, *, keep: Sequence[str] = (), skip: Collection[str] = ()) -> Document:
    """Extract a page's article and clean it with a pipeline; return the Document.

    The page's title (from its metadata) goes first, as the title, so that the fixes mend
    it like the body and the text filters neither take a body line for the headline nor
    keep a repeat of it. Author, date and sitename from the page win over what the filters
    read in the text. Paragraphs the HTML judge removed come last in ``doc.removed``; a
    page trafilatura could not read keeps ``metadata["extraction"] == "fallback"``, and only
    then do the text-dump steps (:data:`TEXT_DUMP_STEPS`) run. ``skip`` names the HTML
    judges to leave out (``html.headline``, ``html.related_links``).
    """
    body, metadata = extract(html, skip)
    if metadata.get("extraction") != "fallback":
        dump_steps = [name for name in TEXT_DUMP_STEPS if name in chosen.names()]
        if dump_steps:
            chosen = chosen.without(*dump_steps)
    title = " ".join(metadata.pop("title", "").split())
    removed = metadata.pop("removed", [])
    if title:
        steps = list(chosen.steps)
        first_filter = next((i for i, step in enumerate(steps) if not is_fix(step)), len(steps))
        steps.insert(first_filter, page_title)
        chosen = Pipeline(tuple(steps))
        body = f"{title}\n\n{body}" if body else title
    doc = chosen(body, keep=keep)
    if title and not any(block.role == "title" for block in doc.blocks):
        page_title(doc)  # a pipeline of fixes only still has the title apart
    doc.metadata.update(metadata)
    for item in removed:
        text = item["text"].translate(_CONTROLS_TO_SPACE)
        doc.blocks.append(Block(text, text, Removal(item["filter"], item["reason"])))
    return doc
