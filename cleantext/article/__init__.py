"""Tell the article from the boilerplate in a page flattened to text.

``classify(lines)`` judges a list of lines; :func:`judge` is the same as a pipeline filter,
registered as ``article.judge``.
"""

from __future__ import annotations

from ..model import Document
from ..pipeline import document_filter
from .classify import classify, language_sample
from .language import guess_language

__all__ = ["classify", "guess_language", "judge", "judge_article"]


@document_filter
def judge(doc: Document) -> Document:
    """Drop the lines around the article: menus, related links, comments, notices.

    Sees only the blocks earlier filters kept, and judges them together: the article is the
    densest run of prose, and headings like "Related" or "Comments" end it. Run it after
    title detection (the title tells where the headline repeats, where the article starts)
    and before the repeat filter (which would drop that repeat first). Sets
    ``metadata["language"]`` to the guessed ISO code.
    """
    blocks = [block for block in doc.kept() if block.role != "title"]
    if not blocks:
        return doc
    texts = [block.text for block in blocks]
    language = doc.metadata.get("language") or guess_language(language_sample(texts))
    if language:
        doc.metadata.setdefault("language", language)
    # The title, when an earlier filter found it, tells where the headline repeats.
    reasons = classify(texts, language=language, title=doc.title)
    for block, reason in zip(blocks, reasons):
        if reason:
            block.drop(judge.step_name, reason)
    return doc


#: The same filter under a name that reads well in an import.
judge_article = judge
