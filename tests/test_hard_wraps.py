"""fix.hard_wraps: text wrapped at a fixed width gets its paragraphs back, and other text is left alone."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import fix

PARAGRAPHS = [
    "The city council approved the budget for the coming year on Tuesday after a long debate that lasted "
    "late into the night, with two members absent from the chamber and the mayor casting the deciding vote "
    "after an hour of speeches on the cost of the new bridge over the river.",
    "Opposition members said they would keep pressing for lower taxes, and that the spending on roads and "
    "schools would not survive the first review in spring, when the figures for the winter come in and the "
    "council has to decide again whether the city can afford the plan at all.",
    "The mayor said the plan was the best the city could do in a hard year, and that the bridge would pay "
    "for itself within a decade through the tolls that trucks would pay, a figure the opposition called "
    "wishful thinking in a statement released on Wednesday morning.",
    "Residents will be able to comment on the plan at two public hearings next month, the first of them in "
    "the old town hall on the ninth and the second in the library on the twentieth, both starting at seven "
    "in the evening and open to anyone who lives in the city.",
]
GERMAN = (
    "Der Stadtrat hat den Haushalt für das kommende Jahr am Dienstag nach einer langen Debatte beschlossen, "
    "die bis spät in die Nacht dauerte; zwei Mitglieder fehlten, und der Bürgermeister gab den Ausschlag, "
    "nachdem eine Stunde lang über die Kosten der neuen Brücke gestritten worden war."
)


def wrapped(width: int, *, menu: bool = True) -> str:
    """A page as html2text prints it: a short menu, then paragraphs wrapped at ``width``."""
    head = "* Home\n* News\n* Sport\n\n# Council approves new budget\n\n" if menu else ""
    return head + "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS) + "\n"


@pytest.mark.parametrize("width", [60, 72, 78, 80, 100, 120])
def test_paragraphs_wrapped_at_a_width_are_joined_again(width):
    text = fix.hard_wraps(wrapped(width))
    assert all(p in text.split("\n") for p in PARAGRAPHS)
    assert text.startswith("* Home\n* News\n* Sport\n\n# Council approves new budget\n\n")


def test_list_items_headings_and_quotes_start_lines_of_their_own():
    # Wrapped with their marks inside the width, as html2text wraps them.
    items = "\n".join(f"* {line}" for line in textwrap.wrap(PARAGRAPHS[0], 68)[:5])
    quote = "\n".join(f"> {line}" for line in textwrap.wrap(PARAGRAPHS[1], 68)[:5])
    text = "\n".join([textwrap.fill(GERMAN, 70), items, quote, "# A heading", textwrap.fill(PARAGRAPHS[2], 70)])
    joined = fix.hard_wraps(text).split("\n")
    assert GERMAN in joined and PARAGRAPHS[2] in joined
    assert all(line in joined for line in items.split("\n") + quote.split("\n") + ["# A heading"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\n".join(PARAGRAPHS), id="a paragraph a line, as html-text prints a page"),
        pytest.param(wrapped(40), id="narrower than any wrapping width"),
        pytest.param(wrapped(150), id="wider than any wrapping width"),
        pytest.param("Home\nNews\nSport\nWeather\nContact us\nAbout us\nPrivacy policy\nTerms of use", id="a menu"),
        pytest.param(textwrap.fill(PARAGRAPHS[0], 78), id="too few wrapped lines to tell"),
        pytest.param("\n".join(PARAGRAPHS * 3) + "\n" + wrapped(78, menu=False),
                     id="long paragraphs beside a wrapped part: no one width"),
        pytest.param("", id="empty"),
    ],
)
def test_text_that_was_not_wrapped_stays_as_it_is(text):
    assert fix.hard_wraps(text) == text


def test_the_pipeline_keeps_the_article_of_a_wrapped_page():
    doc = cleantext.clean_document("Council approves new budget\n\n" + wrapped(78))
    assert doc.fixes[0] == "fix.hard_wraps"
    assert all(p in doc.body.split("\n") for p in PARAGRAPHS)


_WORDS = st.sampled_from(["a", "the", "council", "approved", "budget", "extraordinarily", "* item", "#", "\n", "\n\n"])


@settings(max_examples=200)
@given(st.lists(_WORDS, min_size=50, max_size=400).map(" ".join), st.integers(60, 120))
def test_it_only_turns_line_breaks_into_spaces_and_twice_is_once(words, width):
    text = "\n".join(textwrap.fill(block, width) for block in words.split("\n"))
    once = fix.hard_wraps(text)
    assert once.split() == text.split()  # the same words, in the same order
    assert fix.hard_wraps(once) == once


# Settling: whether a text is wrapped is read off all its lines, so the lines the filters
# remove can change it. The pipeline asks a fix marked whole_text again of its output and,
# when it would change it, takes the lines a run over the output joins.

COOKIE = (
    "We use cookies and similar technologies to improve your experience on our website, to analyse "
    "traffic and to show you personalised advertising; by continuing to browse you agree to our use of cookies."
)


def test_a_page_that_reads_as_wrapped_only_without_its_chrome_cleans_twice_as_once():
    # Six long notice lines make the first run read the page as unwrapped; the filters take
    # them out, and the output reads as wrapped at 78 columns.
    page = "Council approves new budget\n\n" + "\n".join([COOKIE] * 6) + "\n\n" + wrapped(78, menu=False)
    assert fix.hard_wraps(page) == page
    doc = cleantext.clean_document(page)
    assert cleantext.clean(doc.text) == doc.text
    assert "fix.hard_wraps" in doc.fixes
    assert PARAGRAPHS[1] in doc.body.split("\n")
    # Nothing lost: every word of the page is in the text or in the audit trail.
    kept_or_removed = doc.text.split() + [word for item in doc.removed for word in item.text.split()]
    assert sorted(kept_or_removed) == sorted(page.split())


def join_unless_long(text: str) -> str:
    """Join each line to the one before it, unless it starts with "#", in a text with no line over 30 characters."""
    lines = [line for line in text.split("\n") if line.strip()]
    if any(len(line) > 30 for line in lines):
        return text
    out: list[str] = []
    for line in lines:
        if out and not line.startswith("#"):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out) + "\n" if out else ""


def drop_marked(doc):
    """Remove the lines that start with "DROP"."""
    for block in doc.kept():
        if block.text.startswith("DROP"):
            block.drop("test.drop_marked", "marked")
    return doc


@pytest.mark.parametrize("whole_text", [True, False])
def test_the_lines_a_run_over_the_output_joins_are_joined_in_the_document(whole_text):
    from cleantext.pipeline import Pipeline, text_fix

    joiner = text_fix(join_unless_long, whole_text=whole_text)
    page = "aaa\n\nDROP this line, longer than thirty characters\n\nbbb\n# zzz\n"
    doc = Pipeline((joiner, drop_marked))(page)
    assert [(item.filter, item.reason, item.text) for item in doc.removed] == [
        ("test.drop_marked", "marked", "DROP this line, longer than thirty characters")
    ]
    if whole_text:
        # The removed line's paragraph break lay between the joined lines: none is left.
        assert doc.text == "aaa bbb\n# zzz\n"
        assert Pipeline((joiner, drop_marked))(doc.text).text == doc.text
        assert doc.fixes == ["test_hard_wraps.join_unless_long"]
    else:
        # Not marked whole_text, the fix is taken at its word: no second look at the output.
        assert doc.text == "aaa\n\nbbb\n# zzz\n"
        assert doc.fixes == []


def _one_wrapped_paragraph(chars: int) -> str:
    words = (PARAGRAPHS[0] + " " + PARAGRAPHS[1]).split()
    return textwrap.fill(" ".join(words[i % len(words)] for i in range(chars // 6)), 78)


def test_a_paragraph_of_many_lines_is_joined_in_linear_time():
    # Each line appended to the string of those before it cost the square of the
    # paragraph's length: 1 MB of one paragraph took about 50x the time of 100 KB.
    import time

    small, large = _one_wrapped_paragraph(100_000), _one_wrapped_paragraph(1_000_000)
    assert "\n" not in fix.hard_wraps(small)

    def best(text: str, loops: int) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(loops):
                fix.hard_wraps(text)
            times.append((time.perf_counter() - start) / loops)
        return min(times)

    ratio = best(large, 1) / best(small, 10)
    assert ratio < 30, f"10x the paragraph took {ratio:.0f}x the time"
