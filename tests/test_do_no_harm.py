"""Do no harm: clean prose full of chrome-like words comes out as the fixes alone leave it.

The corpus (fixtures/do_no_harm/*.txt, one file per language) holds paragraphs with "close",
"Share", "Print", dates inside sentences, "By the end of ...", handles in prose, photo
mentions, refrains and headings. Each paragraph alone, and each file as one article under a
headline, must come out exactly as the "normalise" preset (the fixes, no filter) gives it:
zero false positives. A failure names the filter and its reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cleantext

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "do_no_harm"
LANGUAGES = sorted(path.stem for path in CORPUS.glob("*.txt"))
HEADLINE = "A headline that stands above the article"


def paragraphs(language: str) -> list[str]:
    text = (CORPUS / f"{language}.txt").read_text(encoding="utf-8")
    return [p.strip("\n") for p in text.split("\n\n") if p.strip()]


PARAGRAPHS = [(lang, i, p) for lang in LANGUAGES for i, p in enumerate(paragraphs(lang))]

# False positives found and not fixed yet, run as strict xfail (so a fix turns them green
# and must remove them from here). Keyed by the paragraph's first words.
KNOWN_HARM: dict[str, str] = {}


def known_harm(paragraph: str) -> str | None:
    return next((why for start, why in KNOWN_HARM.items() if paragraph.startswith(start)), None)


def _param(lang: str, i: int, paragraph: str):
    why = known_harm(paragraph)
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(paragraph, id=f"{lang}-{i}", marks=marks)


def unharmed(language: str) -> list[str]:
    return [p for p in paragraphs(language) if not known_harm(p)]


def normalised(text: str) -> str:
    return cleantext.pipeline("normalise")(text).text


def harm(doc) -> str:
    return "; ".join(f"{r.filter} ({r.reason}): {r.text!r}" for r in doc.removed) or "text changed"


def test_corpus_size():
    assert len(LANGUAGES) >= 10
    assert len(PARAGRAPHS) >= 200
    assert len(KNOWN_HARM) <= 3  # the target is zero: do not grow this list
    assert any(lang in ("zh", "ja", "ko") for lang in LANGUAGES)


@pytest.mark.parametrize("paragraph", [_param(*item) for item in PARAGRAPHS])
def test_paragraph_alone_is_unchanged(paragraph):
    doc = cleantext.clean_document(paragraph)
    assert doc.text == normalised(paragraph), harm(doc)
    assert doc.removed == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_is_unchanged(language):
    article = HEADLINE + "\n\n" + "\n\n".join(unharmed(language)) + "\n"
    doc = cleantext.clean_document(article)
    assert doc.removed == [], harm(doc)
    assert doc.title == HEADLINE
    assert doc.text == normalised(article)


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_with_crlf_and_nbsp_is_unchanged(language):
    # The same article as a Windows tool with no-break spaces would save it.
    article = HEADLINE + "\n\n" + "\n\n".join(unharmed(language)) + "\n"
    messy = article.replace(", ", ",\u00a0").replace("\n", "\r\n")
    doc = cleantext.clean_document(messy)
    assert doc.removed == [], harm(doc)
    assert doc.text == normalised(article)
