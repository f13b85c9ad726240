"""Tell the article from the boilerplate in a page flattened to text.

``classify(lines)`` judges a list of lines; :func:`judge` is the same as a pipeline filter,
registered as ``article.judge``.
"""

from __future__ import annotations

import bisect

from .. import take
from ..model import Document, Removal
from ..pipeline import document_filter
from .classify import classify, language_sample, sample_lines
from .language import guess_language

__all__ = ["classify", "guess_language", "judge", "judge_article"]


@document_filter
def judge(doc: Document) -> Document:
    """Drop the lines around the article: menus, related links, comments, notices.

    Sees only the blocks earlier filters kept, and judges them together: the article is the
    densest run of prose, and headings like "Related" or "Comments" end it. Run it after
    title detection (the title tells where the headline repeats, where the article starts);
    a repeat of the title that an earlier filter removed still counts, and so do the places
    of the bylines and date lines that take.bylines and take.dates took out: a paragraph
    right above them is the standfirst, and a second byline next to a date starts another
    story. Sets ``metadata["language"]`` to the guessed ISO code.
    """
    title = doc.title
    # Copies of the title that an earlier filter took out still mark where the article
    # starts; they are judged as context, and removing them again is a no-op.
    visible = [
        i for i, block in enumerate(doc.blocks)
        if block.role != "title" and (block.removal is None or block.text == title)
    ]
    blocks = [doc.blocks[i] for i in visible]
    if not any(block.removal is None for block in blocks):
        return doc
    texts = [block.text for block in blocks]
    language = doc.metadata.get("language")
    guessed = not language
    if guessed:
        language = guess_language(language_sample(texts))
    # The title, when an earlier filter found it, tells where the headline repeats.
    heads, story_heads = _heads(doc, visible)
    reasons = classify(texts, language=language, title=title, heads=heads, story_heads=story_heads)
    if guessed:
        gone = {i for i, block in enumerate(blocks) if block.removal is not None}
        language = _settle_language(texts, reasons, language, title, gone)
    if language:
        doc.metadata.setdefault("language", language)
    for block, reason in zip(blocks, reasons):
        if reason:
            block.drop(judge.step_name, reason)
    return doc


# A guess from the kept lines that differs from the page's again and again is a page
# split between languages; each round only takes lines out, and this bounds them.
MAX_LANGUAGE_ROUNDS = 3


def _settle_language(
    texts: list[str], reasons: list, language: str | None, title: str | None, gone: set[int]
) -> str | None:
    """Judge the kept lines again while their own language guess differs from the page's; return the last guess.

    A run over the output guesses the language from the kept lines only: menus and
    comments in another language are gone, and a different guess means other stopwords
    and other verdicts. Judging the kept lines with their own guess now makes that run a
    no-op. When the lines the page's guess was read from are all kept, the guess over the
    kept lines reads the same sample: nothing to do (most pages). ``gone``: lines that
    earlier filters removed (copies of the title), judged as context only.
    """
    lines = list(range(len(texts)))  # the lines judged this round, as indexes into texts
    for _ in range(MAX_LANGUAGE_ROUNDS):
        kept = [i for i in lines if reasons[i] is None and i not in gone]
        kept_set = set(kept)
        if not kept or all(lines[j] in kept_set for j in sample_lines([texts[i] for i in lines])):
            return language
        kept_texts = [texts[i] for i in kept]
        again = guess_language(language_sample(kept_texts))
        if again == language:
            return language
        language = again
        for i, reason in zip(kept, classify(kept_texts, language=language, title=title)):
            if reason:
                reasons[i] = reason
        lines = kept
    return language


# What take.bylines and take.dates give the lines they take out.
_BYLINE = Removal(take.bylines.step_name, take.REASON_BYLINE)
_DATE_LINE = Removal(take.dates.step_name, take.REASON_DATE_LINE)


def _heads(doc: Document, visible: list[int]) -> tuple[list[int], list[int]]:
    """Return where the lines that earlier filters took out as bylines or dates stood among the lines judge sees.

    Each is the index (into ``visible``, the blocks judge sees) of the line right after a
    story's head: its byline, its date line, or both. The second list holds those whose
    head has both, a byline next to a date: pages that load the next article under this
    one print its head as this one's.
    """
    removals = [block.removal for block in doc.blocks]
    found: dict[int, set] = {}  # index of the line after -> the kinds of head line before it
    for removal in (_BYLINE, _DATE_LINE):
        at = -1
        while True:  # list.index: a C-level scan, where most lines are no head
            try:
                at = removals.index(removal, at + 1)
            except ValueError:
                break
            after = bisect.bisect_left(visible, at)
            if after < len(visible):  # a byline or date after the last line heads nothing
                found.setdefault(after, set()).add(removal)
    heads = sorted(found)
    return heads, [i for i in heads if len(found[i]) == 2]


#: The same filter under a name that reads well in an import.
judge_article = judge
