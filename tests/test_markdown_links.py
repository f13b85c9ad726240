"""fix.markdown_links: Markdown links become their text, images go, and other brackets stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import fix


@pytest.mark.parametrize(
    "text, plain",
    [
        pytest.param("* [Home](https://example.com/)", "* Home", id="a menu entry"),
        pytest.param("The [budget for 2024](https://example.com/b) passed.", "The budget for 2024 passed.", id="in prose"),
        pytest.param('See [the report](https://example.com/r "The report").', "See the report.", id="a title"),
        pytest.param("[Python](https://en.wikipedia.org/wiki/Python_(language))", "Python", id="parentheses in the address"),
        pytest.param("![The council chamber](https://example.com/c.jpg)", "", id="an image, alt text and all"),
        pytest.param('[![Logo](https://example.com/l.png)](https://example.com "Home")', "", id="an image in a link"),
        pytest.param("Der [Haushalt](https://example.de/h) und die [Stadt](https://example.de/)",
                     "Der Haushalt und die Stadt", id="German, two links"),
        pytest.param("[](https://example.com/)", "", id="an empty link"),
        pytest.param("The council met. ![The chamber](https://example.com/c.jpg)", "The council met.",
                     id="an image at the line's end leaves no space behind"),
        pytest.param("  * [Home](https://example.com/)", "* Home", id="an indented item is trimmed"),
        # fix.quotes and fix.spaces would make these plain after this fix has run: a second
        # run would find the link then, unless it is found now.
        pytest.param("See [the report](https://example.com/r \u201cThe report\u201d).", "See the report.",
                     id="a title in curly quotes"),
        pytest.param('See [the report](https://example.com/r\u00a0"The report").', "See the report.",
                     id="a no-break space before the title"),
    ],
)
def test_a_link_becomes_its_text_and_an_image_goes(text, plain):
    assert fix.markdown_links(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[1] See [the report](https://example.com/r).", id="a footnote mark beside a link"),
        pytest.param("[a [b](https://example.com/b)](https://example.com/a)", id="a link inside a link's text"),
        pytest.param("Read the notes [here] and (there).", id="brackets, no link"),
        pytest.param("Source: (https://example.com/r)", id="an address in parentheses"),
        pytest.param("[the report] (https://example.com/r)", id="a space between text and address"),
        pytest.param("[the report](not an address)", id="white space in the address"),
        pytest.param("No markup at all, just a sentence.", id="plain text"),
    ],
)
def test_what_is_no_plain_markdown_link_stays(text):
    assert fix.markdown_links(text) == text


def test_the_pipeline_says_which_fix_ran():
    text = ("Council approves new budget\n\nThe city council approved the [budget](https://example.com/b) on Tuesday "
            "after a long debate that lasted late into the night.")
    doc = cleantext.clean_document(text)
    assert "approved the budget on Tuesday" in doc.body
    assert doc.fixes == ["fix.markdown_links"]


_PIECES = st.sampled_from(["[", "]", "(", ")", "!", "](", "text", "https://x.y/z", " ", "\n", '"t"'])


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_only_lines_with_a_link_change_and_twice_is_once(text):
    once = fix.markdown_links(text)
    assert [line for line in once.split("\n")] == [
        new if "](" in old else old for old, new in zip(text.split("\n"), once.split("\n"))
    ]
    assert fix.markdown_links(once) == once
