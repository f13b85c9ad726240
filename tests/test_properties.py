"""Properties that hold for any text: accepted, idempotent, nothing lost, tidy output.

The strategy mixes arbitrary text with the things scraped pages are made of: chrome lines
from the case corpus and the lexicon, lone surrogates, control characters, every kind of
line break, HTML entities, mojibake, no-break spaces and runs of blank lines. The profile
("ci" by default, see conftest) is derandomized, so a failure reproduces.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

import cleantext
from cleantext import lexicon

CASES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "cases"


def _corpus_lines() -> list[str]:
    lines = set()
    for path in CASES_DIR.glob("*.json"):
        for case in json.loads(path.read_text(encoding="utf-8")):
            lines.update(line for line in case["input"].splitlines() if line.strip())
    return sorted(lines)


CHROME = sorted(lexicon.UI_LABELS) + [
    "July 14, 2023", "Updated 3 hours ago", "5 min read", "14. Juli 2023, 10:32 Uhr", "il y a 2 heures",
    "By Jane Doe", "Von Anna Schmidt", "Par Jean Dupont", "Por María García", "Di Marco Rossi",
    "Facebook Twitter LinkedIn Email", "Follow us on Instagram", "@janedoe", "pic.twitter.com/AbC123",
    "A view of the harbour at dusk. Getty Images", "Photo: Reuters",
]
PIECES = [
    "\ud800", "\udfff", "\ud83d", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\x92", "\x9d", "\u2028", "\u2029",
    "\r", "\r\n", "\x0b", "\x0c", "\t", "\u00a0", "\u202f", "\u3000", "\u200b", "\u00ad", "\ufeff", "\u200d",
    "&amp;", "&amp;amp;", "&#13;", "&#10;", "&#8217;", "&nbsp;", "&lt;", "&#x2028;", "&#0;", "&#xd800;",
    "&#1114112;", "&bogus;", "Ã©", "â€™", "â€œ", "Ã¼", "Ã", "â€", "Â", "\u201c", "\u2019", "\u201e", "«", "×",
    "e\u0301", "\n", "\n\n", "\n\n\n\n", " ", "   ", "  \n", "\n  ",
    # Mojibake that holds a curly quote or a no-break space ("Ô", "à" in the wrong encoding).
    "Ã”", "Ã“", "Ã\u00a0", "Ã\u00a0la", "â€\u009d", "\u2032", "\u2033",
]
LINES = CHROME + _corpus_lines()

piece = st.one_of(
    st.text(max_size=30),
    st.sampled_from(PIECES),
    st.sampled_from(LINES),
    st.sampled_from(LINES).map(lambda line: "\n" + line + "\n"),
    st.sampled_from(PIECES).flatmap(lambda p: st.sampled_from(LINES).map(lambda line: line + p)),
)
scraped = st.lists(piece, max_size=25).map("".join)
normalise = cleantext.pipeline("normalise")


@given(scraped)
@example("\ud800")
@example("¹JUL")
@example("&#xd800;\n&#13;&#13;x")
@example("close\nHello world\n\nBy Jane Doe\n\nIt was a \u201cfine\u201d day.\n")
def test_any_text_is_accepted_and_the_output_is_utf8(text):
    out = cleantext.clean(text)
    assert isinstance(out, str)
    out.encode("utf-8")  # strict: no lone surrogate survives


@given(scraped)
def test_any_bytes_are_accepted(text):
    data = text.encode("utf-8", "surrogatepass")
    cleantext.clean(data).encode("utf-8")
    cleantext.clean(text.encode("cp1252", "replace")).encode("utf-8")


@given(scraped)
def test_clean_is_idempotent_without_the_article_classifier(text):
    once = cleantext.clean(text, skip=["article.judge"])
    assert cleantext.clean(once, skip=["article.judge"]) == once


@given(scraped)
@example("Opposition members said they would keep pressing for lower taxes.\n0\n"
         "Opposition members said they would keep pressing for lower taxes.")
# A title whose body article.judge took out: alone on a second run, it is judged as body.
@example("A©\r\r0©")
# The kept lines read as English, the page as Italian: judged again in English now.
@example("\ud800Di fronte alla crisi, il governo ha deciso.Opposition\tmembers said they would keep "
         "pressing for lower taxes.\nDi Maio ha lasciato il partito.\nA câmara municipal aprovou o "
         "orçamento na terça-feira após um longo debate.\ud800Le conseil municipal a adopté le budget "
         "mardi après un long débat.")
def test_clean_is_idempotent(text):
    once = cleantext.clean(text)
    assert cleantext.clean(once) == once


@given(scraped)
def test_nothing_is_lost(text):
    doc = cleantext.clean_document(text)
    fixed = normalise(text)
    # Every line of the normalised input is a block of the cleaned document, in order...
    assert [b.original for b in doc.blocks] == [b.text for b in fixed.blocks]
    # ...and each is either removed with a reason or in the output, in order.
    kept = [b.text for b in doc.blocks if b.removal is None]
    assert kept == [line for line in doc.text.split("\n") if line]
    assert [r.text for r in doc.removed] == [b.original for b in doc.blocks if b.removal is not None]
    assert all(r.filter and r.reason for r in doc.removed)


@given(scraped)
def test_the_output_is_tidy(text):
    out = cleantext.clean(text)
    if not out:
        return
    assert out.endswith("\n") and not out.endswith("\n\n")
    assert not out.startswith("\n")
    assert "\n\n\n" not in out
    for line in out.split("\n"):
        assert line == line.strip(), repr(line)
    bad = [c for c in out if c != "\n" and unicodedata.category(c) in ("Cc", "Cs")]
    assert not bad, bad
    assert not any(c in out for c in "\r\u2028\u2029\x85\u00a0\ufeff\u200b\u00ad")


FIXES = [step for step in cleantext.pipeline("normalise").steps]


@given(scraped)
def test_a_fix_leaves_alone_the_fixes_it_does_not_feed(text):
    # The pipeline skips re-running a fix after a change by a fix that does not feed it
    # (pipeline.text_fix's ``feeds``): that is only sound if the change never gives it work.
    for step in (s for s in FIXES if s.feeds is not None):
        changed = step(text)
        for other in FIXES:
            if other.step_name not in step.feeds and other(text) == text:
                assert other(changed) == changed, (step.step_name, other.step_name)
