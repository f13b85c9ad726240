"""One named test per bug found while writing the suite, so that each stays fixed."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import dates, drop, fix, take
from cleantext.model import Document


@pytest.mark.parametrize("line", ["Close ×", "Schließen ×", "Back to top ↑", "Torna su ↑", "Search →", "‹ › ×"])
def test_regression_a_label_with_an_icon_is_still_a_label(line):
    # LABEL_TRIM kept "×" and arrows, so "Close ×" was looked up as "close ×" and stayed.
    assert drop.ui_labels.judge(line) == "interface label"


@pytest.mark.parametrize(
    "line", ["Tempo de leitura: 1 minuto", "Tiempo de lectura: 1 minuto", "Tempo di lettura: 1 minuto",
             "1 minuto de leitura", "1 minute de lecture"],
)
def test_regression_a_reading_time_of_one_minute(line):
    # READING_TIME knew "minutos" and "minutes" but not the singular "minuto", nor "minute"
    # before "de lecture".
    assert dates.is_date_line(line)


def test_regression_lecture_reading_time():
    # READING_TIME knew "lectura", "leitura", "lettura" but not the French "lecture".
    assert dates.is_date_line("Lecture : 5 min")
    assert dates.is_date_line("Temps de Lecture 5 min.")


@pytest.mark.parametrize(
    "line",
    ["Why I left Reuters", "Interview with the AP", "Sie arbeitete zehn Jahre für die dpa",
     "She spent thirty years at the Associated Press", "Reporters at the AP file"],
)
def test_regression_a_line_ending_with_an_agency_name_is_not_a_caption(line):
    # Any line ending in " Reuters" or " AP" was an image caption.
    doc = cleantext.clean_document(f"Council approves new budget\n\n{line}\n\nThe vote passed.")
    assert doc.removed == []


@pytest.mark.parametrize("line", ["A view of the harbour. © Reuters", "Michael Conroy, AP", "Image copyright Getty Images",
                                  "The harbour. AFP via Getty Images", "Jane Doe/AFP",
                                  "The house where he was born. Leonhard Foeger / Reuters file",
                                  "The harbour in 2019. Michael Conroy, AP File"])
def test_regression_agency_credits_after_a_separator_are_still_captions(line):
    doc = cleantext.clean_document(f"Council approves new budget\n\n{line}\n\nThe vote passed.")
    assert [(r.filter, r.reason) for r in doc.removed] == [("take.captions", "image caption")]


@pytest.mark.parametrize("line", [
    "Join us at the town hall on Friday at 7 pm.",
    "Folgen Sie uns auf einem Rundgang durch die Altstadt.",
    "Suivez-nous dans les coulisses du festival.",
    "Seguici in questo viaggio nella storia.",
])
def test_regression_an_invitation_is_not_a_follow_us_line(line):
    # FOLLOW_US matched the opening words of any sentence of up to twelve words.
    assert drop.social.judge(line) is None


def test_regression_e_mail_in_a_share_bar():
    # words() split "E-Mail" into "E" and "Mail", so the lexicon's "e-mail" never matched.
    assert drop.social.judge("Facebook · Twitter · E-Mail") == "share bar"


def test_regression_a_date_across_a_paragraph_is_not_beside_the_byline():
    # Any date within two blocks of the byline counted, even with the text in between.
    doc = cleantext.clean_document(
        "Stadtrat beschließt Haushalt\n\n3. März 2024\n\nDer Rat tagte.\n\nVon Anna Schmidt\n14.07.2023\n\nMehr Text."
    )
    assert doc.metadata["date"] == "2023-07-14"


@pytest.mark.parametrize("text", ["Ã\x00©", "Ã\u200b©", "Ã&#169;", "Ã&#8203;©", "A\u0303©", "Â\x08\x86"])
def test_regression_fixes_that_uncover_mojibake_are_idempotent(text):
    # One round of fixes left new mojibake behind (a control removed, an entity expanded,
    # NFC composed "Ã"), so clean(clean(x)) != clean(x).
    once = cleantext.clean(text)
    assert cleantext.clean(once) == once


@pytest.mark.parametrize("line", ["¹JUL", "July ² 2023", "2023 ³ Juli"])
def test_regression_a_superscript_digit_does_not_crash_the_date_reader(line):
    # parse_date took "¹" for a number (str.isdigit) and int("¹") raised ValueError.
    dates.parse_date(line)
    cleantext.clean(f"Headline\n\n{line}\n\nText.")


PROSE = "Opposition members said they would keep pressing for lower taxes."


@pytest.mark.parametrize("middle", ["0", "Der Rat hat den Haushalt beschlossen.", "\nMenu of the day\n"])
def test_regression_the_classifier_runs_after_repeats_so_a_second_run_agrees(middle):
    # When article.judge ran before drop.repeats, the first run kept the middle line (prose
    # on both sides) and then lost the second copy; the second run found the middle line
    # last and dropped it, a German sentence included. The classifier now runs last.
    text = f"{PROSE}\n{middle}\n{PROSE}"
    once = cleantext.clean(text)
    assert cleantext.clean(once) == once


@pytest.mark.parametrize("middle", ["0", "Der Rat hat den Haushalt beschlossen.", "\nMenu of the day\n"])
def test_repeats_removed_last_are_idempotent_without_the_classifier(middle):
    text = f"{PROSE}\n{middle}\n{PROSE}"
    once = cleantext.clean(text, skip=["article.judge"])
    assert cleantext.clean(once, skip=["article.judge"]) == once


def test_regression_a_caption_between_byline_and_date_keeps_the_date_beside_the_byline():
    # take.dates now runs before take.captions (crash-ce981ced): a caption with a credit
    # between the byline and the date must still count as "beside", as when captions ran first.
    # The first date after the text begins (2020) is not beside the byline: only the
    # byline rule can pick 2023.
    text = (
        "Council approves new budget\n\nJanuary 2, 2020\n\nA teaser for another story, one line long.\n\n"
        "By Jane Doe\n\nCrowds at the gate. (AP Photo/Evan Vucci)\n\n"
        "July 14, 2023\n\nThe council voted on Tuesday to approve the budget for the coming year.\n\n"
        "It was the first budget passed on time in a decade, officials said.\n"
    )
    doc = cleantext.clean_document(text)
    assert doc.metadata["date"] == "2023-07-14"
    assert doc.metadata["captions"] == ["Crowds at the gate. (AP Photo/Evan Vucci)"]


# Long runs of marks take fix.unicode_form's own canonical ordering (linear where CPython's
# insertion sort is quadratic) before NFC: no mark may be lost, added or changed on the
# way, whatever the marks, their classes (0 included: a spacing mark stops the sort),
# their order and their number. (A wrong order would only be slow: NFC sorts it again;
# tests/test_scaling.py times the floods.)
_MARKS = "\u0301\u0323\u0308\u0344\u0340\u031b\u0345\u0f71\u0f72\u0f73\u093e\u0903\u05b0\u0e38"


@given(st.lists(st.tuples(st.sampled_from("aeé ǖοสx\n"), st.text(alphabet=_MARKS, max_size=80)), max_size=6))
def test_unicode_form_equals_nfc_on_runs_of_marks(parts):
    text = "".join(base + marks for base, marks in parts)
    assert fix.unicode_form(text) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("marks", ["\u0301\u0323", "\u0323\u0301\u0308\u0344", "\u0903\u0301\u0323", "".join(_MARKS)])
def test_unicode_form_equals_nfc_on_a_flood_of_marks(marks):
    text = "é" + marks * 500 + "x" + marks[::-1] * 40
    assert fix.unicode_form(text) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    "opener, following, author",
    [
        ("By", "Sarah E. Needleman", "Sarah E. Needleman"),
        ("Author:", "The Water Coolest", "The Water Coolest"),
        ("By", "the end of the year, prices rose.", None),  # a sentence, not a name
        ("By", "Shopping for a new car? Here is what to know.", None),
        ("Von", "der Redaktion geprüft und freigegeben", None),
    ],
)
def test_regression_a_byline_split_after_its_opener_is_one_byline(opener, following, author):
    # Scrapers set the name (a link) on its own line: "By" / "Sarah E. Needleman".
    doc = take.bylines(Document.from_text(f"{opener}\n{following}"))
    assert doc.metadata.get("author") == author
    taken = [(r.filter, r.reason, r.text) for r in doc.removed]
    assert taken == ([("take.bylines", "byline", opener), ("take.bylines", "byline", following)] if author else [])


def test_regression_a_bare_opener_before_a_whole_byline_leaves_the_byline_its_own():
    doc = take.bylines(Document.from_text("By\nBy Jane Doe\n\nText of the article."))
    assert doc.metadata["author"] == "Jane Doe"
    assert [(r.reason, r.text) for r in doc.removed] == [("byline", "By Jane Doe")]


def test_regression_a_headline_printed_twice_is_not_a_caption():
    # Once the date and "Share" between them were gone, the two copies of the headline
    # stood side by side: take.captions read them as a caption printed twice and took every
    # copy out, the page's first line with them, and the title became the next line.
    headline = "Russia and Syria: Forces Blocking Refugee Return, Ministries Say"
    page = "\n\n".join([
        headline, "Accessibility links", "Skip to main content", headline, "November 18, 2019", "Share",
        headline, "The Russian and Syrian defense ministries accused the forces of blocking the return of refugees.",
        "Independent analysts and sources on the ground said the claims were false, the report found.",
    ])
    doc = cleantext.clean_document(page)
    assert doc.title == headline
    assert "captions" not in doc.metadata
    assert all(r.reason != "image caption" for r in doc.removed)


def test_regression_a_caption_printed_twice_still_goes_when_the_title_is_another_line():
    caption = "Police officers adjust a barricade as people wait along the route of the parade."
    page = "\n\n".join([
        "Storm spares the parade", caption, caption,
        "The worst of the holiday travel fears failed to come true on Wednesday, forecasters said.",
    ])
    doc = cleantext.clean_document(page)
    assert doc.metadata["captions"] == [caption]


@pytest.mark.parametrize(
    "title", ["Oversupply angst drags oil lower, stocks drift near highs - Reuters", "'Parasite' scores upset at SAG awards | Reuters",
              "Storm spares the parade | AP"],
)
def test_regression_a_title_whose_site_is_an_agency_is_the_title(title):
    # take.captions read "Headline - Reuters" as a line that ends with an agency's credit
    # and took the page's first line out; the title became the next line.
    body = "Oil prices fell on Tuesday as traders worried about a glut, while stocks held near their highs."
    doc = cleantext.clean_document(f"{title}\n\nDiscover Thomson Reuters\n\n{body}")
    assert doc.title == title
    assert "captions" not in doc.metadata


@pytest.mark.parametrize(
    "first", ["Crowds at the gate. (AP Photo/Evan Vucci)", "Traders on the floor of the exchange. REUTERS/Brendan McDermid"],
)
def test_regression_a_caption_on_the_first_line_is_still_a_caption(first):
    body = "Oil prices fell on Tuesday as traders worried about a glut, while stocks held near their highs."
    doc = cleantext.clean_document(f"{first}\n\n{body}")
    assert doc.metadata["captions"] == [first]


def test_regression_a_page_title_that_reads_like_a_credit_stays_the_title():
    # A credit line is a caption anywhere but on the first line: there it is the page's
    # title, as a headline printed twice is no doubled caption there.
    title = "Photos by Jane Doe | The Valley Gazette"
    body = "The council voted on Tuesday to close the old bridge to all traffic for at least two years."
    doc = cleantext.clean_document(f"{title}\n\n{body}\n\nPhoto by Jane Doe\n\n{body[:-1]}, she said.")
    assert doc.title == title
    assert doc.metadata["captions"] == ["Photo by Jane Doe"]


@pytest.mark.parametrize("pairs_at_end", [1, 2])
def test_regression_a_byline_and_date_after_the_last_line_head_nothing(pairs_at_end):
    # A second byline-and-date pair at the very end of a page: the line "after" it was
    # one past the last, and article.judge read the walls there (IndexError).
    article = [
        "The council voted on Tuesday to close the old bridge to all traffic for at least two years, she said.",
        "Engineers found that the steel beams under the main span had rusted far more than expected by anyone.",
    ]
    page = ["Old bridge to close", "By Jane Smith", "3 March 2019", *article]
    page += ["By Tom Baker", "12 March 2019"] * pairs_at_end
    doc = cleantext.clean_document("\n\n".join(page))
    assert doc.body.split("\n\n") == article


@pytest.mark.parametrize("story_heads, heads", [([0, 99], [99]), ([-5, 3, 7], [-1, 8]), ([2, 2, 2], [2])])
def test_regression_classify_takes_any_head_indexes(story_heads, heads):
    from cleantext.article import classify

    lines = ["Home", "The council voted on Tuesday to close the old bridge to all traffic for at least two years.",
             "Engineers found that the steel beams under the main span had rusted far more than expected.",
             "Residents who cross it every day said they were worried about the long detour through town."]
    reasons = classify(lines, language="en", heads=heads, story_heads=story_heads)
    assert len(reasons) == len(lines)
