"""The case corpus (fixtures/cases/*.json) and the line rules judged one line at a time.

A case is ``{"label", "lang", "input", "expected", "removed", ...}``: ``expected`` is
``clean(input)`` exactly, ``removed`` is the ``[filter, reason]`` of every removed line in
order (the reason is asserted, not only that something went). Optional keys:
``metadata`` (a subset of ``doc.metadata``; a ``null`` value means the key must be
absent), ``title`` (``doc.title``, ``null`` for none), ``fixes`` (the names of the fixes
that changed something, in order) and ``xfail`` (why a known failure fails; it is run
as a strict xfail, so a fix that makes it pass turns it red until the key goes).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleantext
from cleantext import drop

CASES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "cases"
KINDS = (
    "chrome", "dates", "bylines", "captions", "social", "repeats", "title",
    "encoding", "spaces", "inline_breaks", "markdown_links", "invisible", "quotes", "negative",
)
REQUIRED = {"label", "lang", "input", "expected", "removed"}
OPTIONAL = {"metadata", "title", "fixes", "xfail"}


def load_cases() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("*.json")):
        kind = path.stem
        for case in json.loads(path.read_text(encoding="utf-8")):
            params.append(pytest.param(kind, case, id=f"{kind}/{case['label']}"))
    return params


CASES = load_cases()


def test_every_kind_has_a_case_file():
    assert sorted(p.stem for p in CASES_DIR.glob("*.json")) == sorted(KINDS)


@pytest.mark.parametrize("kind, case", CASES)
def test_case_shape(kind, case):
    assert REQUIRED <= case.keys() <= REQUIRED | OPTIONAL, case["label"]
    assert isinstance(case["input"], str) and isinstance(case["expected"], str)
    assert all(isinstance(r, list) and len(r) == 2 for r in case["removed"])
    assert case["expected"] == "" or case["expected"].endswith("\n")


def test_labels_are_unique_within_a_kind():
    ids = [p.id for p in CASES]
    assert len(ids) == len(set(ids))


def check(case: dict) -> None:
    doc = cleantext.clean_document(case["input"])
    assert doc.text == case["expected"]
    assert [[r.filter, r.reason] for r in doc.removed] == case["removed"]
    for key, value in case.get("metadata", {}).items():
        if value is None:
            assert key not in doc.metadata, key
        else:
            assert doc.metadata.get(key) == value, key
    if "title" in case:
        assert doc.title == case["title"]
    if "fixes" in case:
        assert doc.fixes == case["fixes"]
    # The audit trail holds whole lines, each with its filter and reason.
    assert all(r.text and "\n" not in r.text and r.filter and r.reason for r in doc.removed)


@pytest.mark.parametrize("kind, case", CASES)
def test_case(kind, case):
    if not case.get("xfail"):
        check(case)
        return
    # A known failure, run as a strict xfail: when it starts passing, say so.
    try:
        check(case)
    except AssertionError:
        pytest.xfail(case["xfail"])
    pytest.fail(f"known failure now passes, remove its 'xfail': {case['xfail']}")


@pytest.mark.parametrize("kind, case", CASES)
def test_case_is_idempotent(kind, case):
    once = cleantext.clean(case["input"])
    assert cleantext.clean(once) == once


# ---- line rules, one line at a time ------------------------------------------------------

UI_LABELS = [
    "Close", "close", "CLOSE", "Close menu", "[Close]", "Close ×", "×", "✕", "☰", "Menu", "Skip to content",
    "Skip to main content", "Advertisement", "Sponsored", "Read more »", "Back to top ↑", "Sign in",
    "Subscribe now", "Accept all cookies", "Share", "Print", "Search", "Continue reading",
    "Listen to this article", "Copy link",
    "Schließen", "Schließen ×", "Menü", "Zum Inhalt springen", "Anzeige", "ANZEIGE", "Werbung",
    "Weiterlesen", "Artikel teilen", "Nach oben ↑",
    "Fermer", "Partager", "Publicité", "Lire la suite »", "Aller au contenu principal",
    "Abonnez-vous", "Retour en haut",
    "Cerrar", "Compartir", "Publicidad", "Leer más", "Ir al contenido", "Suscríbete", "Iniciar sesión",
    "Fechar", "Compartilhar", "Partilhar", "Publicidade", "Leia mais", "Ir para o conteúdo", "Iniciar sessão",
    "Chiudi", "Condividi", "Pubblicità", "Continua a leggere", "Vai al contenuto", "Torna su ↑", "Iscriviti",
    # An embedded Instagram post's link, in the reader's language; a blog's way back.
    "View this post on Instagram", "Sieh dir diesen Beitrag auf Instagram an", "Voir cette publication sur Instagram",
    "Zurück zur Übersicht", "Mehr erfahren",
    # A video player's and a gallery's buttons, a shop link.
    "Play Video", "HIDE CAPTION", "Show less", "Fullscreen", "Video schließen", "Menü schließen",
    "mehr anzeigen", "Zum Shop",
]
NOT_UI_LABELS = [
    "Close the door.", "Print the labels before noon.", "Share the load with your neighbours.",
    "Menu: soup, bread and cheese.", "Home is where the heart is.", "Search and rescue teams arrived.",
    "Schließen Sie bitte die Tür.", "Fermez la porte.", "Cierra la puerta.", "Feche a porta.",
    "Chiudi la porta.", "Cerca di arrivare presto.", "Exit", '"', "'", "42", "A", "* * *", "1.",
    "The advertisement industry is changing fast, analysts say.",
    "She asked readers to view this post on Instagram before the account was closed.",
    "Play video games with your children.", "Hide the caption under the photo.", "Zum Shop gehen wir morgen.",
]


@pytest.mark.parametrize("line", UI_LABELS)
def test_ui_labels_judges_a_label(line):
    assert drop.ui_labels.judge(line) == "interface label"


@pytest.mark.parametrize("line", NOT_UI_LABELS)
def test_ui_labels_leaves_prose(line):
    assert drop.ui_labels.judge(line) is None


SOCIAL = [
    ("Facebook Twitter LinkedIn Email", "share bar"),
    ("Facebook | Twitter | WhatsApp", "share bar"),
    ("Facebook · Twitter · E-Mail", "share bar"),
    ("Share on Facebook", "share bar"),
    ("Share on X", "share bar"),
    ("Auf Facebook teilen", "share bar"),
    ("Teilen auf WhatsApp", "share bar"),
    ("Partager sur Facebook", "share bar"),
    ("Compartir en WhatsApp", "share bar"),
    ("Compartilhar no WhatsApp", "share bar"),
    ("Partilhar no Facebook", "share bar"),
    ("Condividi su Facebook", "share bar"),
    ("Twitter", "share bar"),
    # Older networks, and "Send" (by e-mail or messenger) as a share button.
    ("Send Facebook Twitter google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine", "share bar"),
    ("Facebook 0 Twitter StumbleUpon Tumblr Pinterest", "share bar"),
    ("Twitter VKontakte YouTube Instagram", "share bar"),
    ("Twitter Вконтакте YouTube Instagram", "share bar"),
    ("Facebook Twitter Google plus", "share bar"),
    ("Feed Twitter Facebook Youtube", "share bar"),
    ("Vimeo", "share bar"),
    ("Follow us on Instagram", "follow-us line"),
    ("Like us on Facebook", "follow-us line"),
    ("Join us on Telegram", "follow-us line"),
    ("Find us on Facebook", "follow-us line"),
    ("Follow @nytimes", "follow-us line"),
    ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "follow-us line"),
    ("Follow Jane Smith on X", "follow-us line"),
    # A long name, then only networks, joiners and a handle after "on".
    ("Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", "follow-us line"),
    ("Folgen Sie uns auf Instagram", "follow-us line"),
    ("Folgen Sie uns auf Twitter und Facebook", "follow-us line"),
    ("Folgen Sie uns", "follow-us line"),
    ("Suivez-nous sur Twitter", "follow-us line"),
    ("Suivez-nous", "follow-us line"),
    ("Síguenos en Twitter", "follow-us line"),
    ("Siguenos en Instagram", "follow-us line"),
    ("Siga-nos no Instagram", "follow-us line"),
    ("Sigam-nos no Twitter", "follow-us line"),
    ("Seguici su Facebook", "follow-us line"),
    ("Seguici su Instagram e Facebook", "follow-us line"),
    ("pic.twitter.com/AbC123xyz", "embedded tweet link"),
    ("(pic.twitter.com/AbC123xyz)", "embedded tweet link"),
    ("@janedoe", "handle credit"),
    ("Twitter: @janedoe", "handle credit"),
    ("Instagram: @ansa", "handle credit"),
    ("A post shared by Jane Doe (@janedoe) on Jun 15, 2019 at 11:55am PDT", "embedded post signature"),
    ("A post shared by emmaleebunton (@emmaleebunton) on Jun 15, 2019", "embedded post signature"),
    ("Ein Beitrag geteilt von SKEP (@skep.association) am 23. Okt 2017 um 0:31 Uhr", "embedded post signature"),
    ("Une publication partagée par Jean Dupont (@jean.dupont) le 3 mars 2019", "embedded post signature"),
    ("Una publicación compartida de Ana (@ana_g) el 3 mar 2019", "embedded post signature"),
]
NOT_SOCIAL = [
    "Thanks to @alice for the photo.",
    "— Jane Doe (@janedoe) July 14, 2023",  # a quoted tweet keeps its attribution
    # A sentence about a shared post, and one that only starts like the embed's signature.
    "A post shared by the mayor (@mayor) was seen by thousands before she deleted it on Friday, and the council met at once to discuss what to do next.",
    "A post shared by thousands of people called for the bridge to stay open.",
    "Facebook and Twitter were down for hours.",
    'He wrote on Twitter: "We did it, @bob!" and the post was shared widely.',
    "Follow the money.",
    "Follow the river on foot to the old mill.",  # "on" and no network after it
    "Follow the debate on Twitter, where the mayor has posted all week about the bridge and its costs.",
    # Long, and words other than networks after the last "on".
    "Follow the council's debate about the bridge and its costs on Twitter and in the town hall.",
    "Follow us",
    "Join us at the town hall on Friday at 7 pm.",
    "Like us, they were surprised.",
    "Folgen Sie uns auf einem Rundgang durch die Altstadt.",
    "Suivez-nous dans les coulisses du festival.",
    "Síguenos en este viaje por los Andes.",
    "Siga-nos nesta viagem pelo sertão.",
    "Seguici in questo viaggio nella storia.",
    "Share your story with us.",
    # Words that join a share bar only beside a network's name.
    "Google",
    "Delicious",
    "Send",
    "RSS Feed",
    "Send feedback to Google",
    "X 5",  # a count needs two buttons beside it
    "Teilen Sie Ihre Meinung mit uns.",
    "Tweet",
    "",
    "email@example.com",
]


@pytest.mark.parametrize("line, reason", SOCIAL)
def test_social_judges_chrome(line, reason):
    assert drop.social.judge(line) == reason


@pytest.mark.parametrize("line", NOT_SOCIAL)
def test_social_leaves_prose(line):
    assert drop.social.judge(line) is None


def test_every_line_rule_has_a_judge():
    from cleantext.pipeline import REGISTRY

    rules = {name for name, step in REGISTRY.items() if hasattr(step, "judge")}
    assert rules == {"drop.ui_labels", "drop.social"}


def test_a_user_line_rule_is_a_first_class_filter():
    # A user's rule is named after its module and function, like the built-in ones.
    @cleantext.line_rule
    def shouting(line: str) -> str | None:
        return "all capitals" if line.isupper() and len(line) > 3 else None

    assert shouting.judge("STOP THE PRESSES") == "all capitals"
    doc = cleantext.clean_document("Headline here\n\nSTOP THE PRESSES\n\nSome prose.", extra=[shouting])
    assert [(r.filter, r.reason, r.text) for r in doc.removed] == [("test_cases.shouting", "all capitals", "STOP THE PRESSES")]
    assert doc.text == "Headline here\n\nSome prose.\n"


def test_a_line_rule_judges_each_distinct_text_once_and_every_copy_gets_the_verdict():
    seen: list[str] = []

    @cleantext.line_rule
    def menu(line: str) -> str | None:
        seen.append(line)
        return "menu entry" if line == "Menu" else None

    doc = menu(cleantext.model.Document.from_text("Menu\nNews\nMenu\n\nMenu\nNews"))
    assert sorted(seen) == ["Menu", "News"]
    assert [(r.reason, r.text) for r in doc.removed] == [("menu entry", "Menu")] * 3
    assert doc.body == "News\n\nNews"
