"""fix.inline_breaks: paragraphs broken at their links are joined again, and nothing else is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import fix

# What BeautifulSoup's get_text("\n") makes of <p>The <a>council</a> approved the <a>budget
# for 2024</a> on Tuesday, according to <a>the mayor's office</a>.</p>: every text node on
# a line of its own, the space between two words on one side of each break.
SPLIT_PARAGRAPH = "The \ncouncil\n approved the \nbudget for 2024\n on Tuesday, according to \nthe mayor's office\n."
JOINED_PARAGRAPH = "The council approved the budget for 2024 on Tuesday, according to the mayor's office."


@pytest.mark.parametrize(
    "text, joined",
    [
        pytest.param(SPLIT_PARAGRAPH, JOINED_PARAGRAPH, id="links in a paragraph"),
        pytest.param("(\nReuters\n) — The Senate passed the \nbill\n.", "(Reuters) — The Senate passed the bill.",
                     id="a credit in brackets, a full stop after a link"),
        pytest.param("Der Rat hat den \nHaushalt\n beschlossen, wie die \nStadt\n mitteilte.",
                     "Der Rat hat den Haushalt beschlossen, wie die Stadt mitteilte.", id="German"),
        pytest.param("Совет утвердил \nбюджет\n во вторник.", "Совет утвердил бюджет во вторник.", id="Russian"),
        pytest.param("A quote from \n“the report”\n, in full.", "A quote from “the report”, in full.",
                     id="curly quotes around a link"),
        pytest.param("one \nseam\nSecond paragraph\n, after a seam elsewhere.",
                     "one seam\nSecond paragraph, after a seam elsewhere.",
                     id="punctuation joins anywhere once the text has a seam"),
    ],
)
def test_a_paragraph_broken_at_its_links_is_joined(text, joined):
    assert fix.inline_breaks(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The budget passed after a long debate. \nThe mayor declined to comment.", id="a sentence's end"),
        pytest.param("He said: \"We won.\" \nThe count went on.", id="a quoted sentence's end"),
        pytest.param("What now? \nNobody knew.", id="a question's end"),
        pytest.param("The budget passed\n    after a long debate", id="indentation"),
        pytest.param("The budget passed \n\tafter a long debate", id="a tab"),
        pytest.param("The budget passed  \nafter a long debate", id="two spaces: a hard line break"),
        pytest.param("The budget passed \n\nafter a long debate", id="a blank line between"),
        pytest.param("Home\nNews\nSport\nWeather", id="a menu"),
        pytest.param("Runs on the runtime\n.NET 8 is out\n, says the vendor\n(beta)", id="no seam, so no punctuation joins"),
        pytest.param("", id="empty"),
    ],
)
def test_what_is_no_seam_stays_as_it_is(text):
    assert fix.inline_breaks(text) == text


def test_a_dot_that_starts_a_word_is_not_joined_even_in_a_text_with_seams():
    assert fix.inline_breaks("the \nlink\n said\n.NET ships today") == "the link said\n.NET ships today"


def test_the_pipeline_keeps_the_joined_paragraph_and_says_which_fix_ran():
    text = "Council approves new budget\n\n" + SPLIT_PARAGRAPH + "\n\nThe opposition said it would keep pressing for lower taxes."
    doc = cleantext.clean_document(text)
    assert JOINED_PARAGRAPH in doc.body.splitlines()
    assert doc.fixes == ["fix.inline_breaks"]


def test_it_can_be_skipped():
    text = "Council approves new budget\n\n" + SPLIT_PARAGRAPH
    doc = cleantext.clean_document(text, skip=["fix.inline_breaks"])
    assert "fix.inline_breaks" not in doc.fixes and "fix.spaces" in doc.fixes  # the seams' spaces trimmed instead
    assert JOINED_PARAGRAPH not in doc.text


# Lines of words, spaces, brackets and punctuation: seams of every kind, and near misses.
_PIECES = st.sampled_from(["word", "Word", " ", "  ", "\t", "\n", "(", ")", ".", ",", "“", "”", "!", "\n\n", ".NET"])


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_it_only_removes_line_breaks_and_twice_is_once(text):
    once = fix.inline_breaks(text)
    assert once.replace("\n", "") == text.replace("\n", "")  # nothing but line breaks goes
    assert fix.inline_breaks(once) == once
