"""Tell the article from the boilerplate in a page flattened to text.

``classify(lines)`` judges a list of lines; :func:`judge` is the same as a pipeline filter,
registered as ``article.judge``.
"""

from __future__ import annotations

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
    a repeat of the title that an earlier filter removed still counts. Sets
    ``metadata["language"]`` to the guessed ISO code.
    """
    title = doc.title
    # Copies of the title that an earlier filter took out still mark where the article
    # starts; they are judged as context, and removing them again is a no-op.
    blocks = [
        block for block in doc.blocks
        if block.role != "title" and (block.removal is None or block.text == title)
    ]
    if not any(block.removal is None for block in blocks):
        return doc
    texts = [block.text for block in blocks]
    language = doc.metadata.get("language")
    guessed = not language
    if guessed:
        language = guess_language(language_sample(texts))
    # The title, when an earlier filter found it, tells where the headline repeats.
    reasons = classify(texts, language=language, title=title, story_heads=_story_heads(doc))
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


# What take.bylines and take.dates give the lines they take out: a byline next to a date
# line is the head of a story.
_BYLINE = Removal(take.bylines.step_name, take.REASON_BYLINE)
_DATE_LINE = Removal(take.dates.step_name, take.REASON_DATE_LINE)


def _story_heads(doc: Document) -> list[int]:
    """Return where each byline-and-date pair stands among the lines judge sees: the index of the line after it.

    Pages that load the next article under this one print its head as this one's: the
    lines after a second pair are another story.
    """
    removals = [block.removal for block in doc.blocks]
    if removals.count(_BYLINE) < 2:  # one C-level pass: most pages have one byline or none
        return []
    title = doc.title
    heads, seen = [], 0  # seen: the lines judge sees before block i
    for i, block in enumerate(doc.blocks):
        removal = removals[i]
        if block.role != "title" and (removal is None or block.text == title):
            seen += 1
        elif removal == _BYLINE and _DATE_LINE in removals[i - 1 : i] + removals[i + 1 : i + 2]:
            heads.append(seen)
    return heads


#: The same filter under a name that reads well in an import.
judge_article = judge
