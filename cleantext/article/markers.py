"""Lines that open or close an article, and boilerplate phrases, in several languages.

Markers are matched on a *key*: the line casefolded, with counts, brackets and trailing
punctuation taken off ("[ 167 comments ]" and "Comments (3):" both give "comments"), and
looked up in a frozen set. Only short lines can be markers; a sentence that mentions
"related" or "comments" is prose and is never looked up here.
"""

from __future__ import annotations

__all__ = [
    "ABOUT_MAX_NAME_WORDS", "ABOUT_PREFIXES",
    "BOX_MARKERS", "BOX_PREFIXES", "BOX_PREFIX_MAX_WORDS", "COMMENT_COUNT_WORDS", "COMMENT_NOUNS",
    "COMMENT_PREPOSITIONS", "END_MARKERS", "THREAD_MARKERS", "is_comment_count_heading", "AD_LABELS",
    "NOTICES", "NOTICE_WORDS", "NOTICE_SYMBOL", "TAG_LABELS", "MAX_TAG_LINE_WORDS", "TAG_LINE_MAX_STOPWORD_RATIO",
    "KEY_NOISE", "MAX_MARKER_CHARS", "SALUTATION_WORDS", "SIGN_UP_CUES", "WEAK_NOTICE_PHRASES", "is_salutation",
    "marker_key", "notice_reason",
]

#: A marker is a heading, not a sentence: longer lines are never markers.
MAX_MARKER_CHARS = 48

# Counts, brackets, bullets and punctuation around the words of a heading.
KEY_NOISE = "0123456789 \t[](){}«»›‹<>|:.…!?,;•·*#=_–—-/\\\"'“”‘’+"


def marker_key(line: str) -> str:
    """Return the lookup key of a short line: casefolded, counts and punctuation trimmed off.

    >>> marker_key("[ 167 Comments ]")
    'comments'
    >>> marker_key("You may also like...")
    'you may also like'
    """
    return line.casefold().strip(KEY_NOISE)


# Headings of a box of links to other stories. At the foot of the page they end the
# article; in the middle of it (an inline "Related" box between two paragraphs) the article
# goes on after the box: classify decides which by looking at what follows.
BOX_MARKERS: frozenset[str] = frozenset(
    {
        "related", "related articles", "related stories", "related posts", "related content",
        "related coverage", "related news", "related links", "related reading",
        "recommended", "recommended stories", "recommended for you", "recommended articles",
        "recommended reading", "more stories", "more news", "more like this", "more on this",
        "more on this story", "more from", "more articles", "you may also like",
        "you might also like", "you may like", "you might like", "you may be interested in",
        "also read", "read next", "what to read next", "up next", "next up", "read more",
        "keep reading", "see also", "we recommend", "you may also be interested in", "more",
        "ähnliche artikel", "verwandte artikel", "mehr zum thema", "weitere artikel",
        "weitere interessante themen", "weitere interessante artikel",
        "lesen sie auch", "mehr lesen", "auch interessant", "das könnte dir auch gefallen",
        "das könnte ihnen auch gefallen", "dir könnte auch gefallen", "ihnen könnte auch gefallen",
        "die redaktion empfiehlt", "wir empfehlen",
        "redaktionstipp", "redaktionstipps",
        "articles similaires", "articles liés", "à lire aussi", "lire aussi",
        "à lire également", "sur le même sujet", "à voir aussi", "à écouter aussi", "à découvrir aussi",
        "artículos relacionados", "noticias relacionadas", "te puede interesar",
        "también te puede interesar", "te recomendamos", "lee también", "leer más",
        "artigos relacionados", "posts relacionados", "notícias relacionadas",
        "matérias relacionadas", "leia também", "veja também", "leia mais",
        "articoli correlati", "articoli simili", "potrebbe interessarti",
        "ti potrebbe interessare", "leggi anche", "leggi di più",
        "gerelateerde artikelen", "lees ook",
        "похожие статьи", "похожие новости", "читайте также", "по теме",
        "artikel terkait", "berita terkait", "baca juga", "terkait",
        # Korean, Japanese, Chinese, Arabic, Thai, Turkish, Polish, Vietnamese, then more
        # European languages, Greek, Hebrew, Persian and Hindi.
        "관련기사", "관련 기사", "관련뉴스", "관련 뉴스",  # ko
        "関連記事", "関連ニュース", "あわせて読みたい",  # ja
        "相关新闻", "相關新聞", "相关文章", "相關文章", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀",  # zh
        "مقالات ذات صلة", "أخبار ذات صلة", "اقرأ أيضا", "اقرأ أيضاً",  # ar
        "ข่าวที่เกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง",  # th
        # tr; "İ" case-folds to "i" and a combining dot, so the capitalised heading's key has it
        "ilgili haberler", "i\u0307lgili haberler", "benzer haberler",
        "powiązane artykuły", "czytaj także", "czytaj też", "zobacz też", "zobacz także",  # pl
        "tin liên quan", "bài viết liên quan",  # vi
        "relaterade artiklar", "läs också", "relaterede artikler", "læs også",  # sv, da
        "relaterte artikler", "les også", "aiheeseen liittyvät", "lue myös",  # no, fi
        "související články", "čtěte také", "kapcsolódó cikkek", "articole similare",  # cs, hu, ro
        "citește și", "saistītie raksti", "lasi arī", "susiję straipsniai",  # ro, lv, lt
        "seotud artiklid", "loe ka", "читайте також", "схожі новини", "σχετικά άρθρα",  # et, uk, el
        "διαβάστε επίσης", "כתבות נוספות", "مطالب مرتبط", "संबंधित खबरें",  # el, he, fa, hi
    }
)
# Keys are casefolded lines, and casefolding does more than lowercasing: Greek "ς" folds
# to "σ". Each entry is folded the same way, or "διαβάστε επίσης" would never match.
BOX_MARKERS = frozenset(map(str.casefold, BOX_MARKERS))

# Beginnings of links-box headings that go on with a section or a site name ("More World",
# "Trending News", "More from Sportsnet", "Most Read in Sport"). Only headings of at most
# BOX_PREFIX_MAX_WORDS words are taken: a subheading of the article that starts with
# "More" is longer, or is followed by prose, which keeps the article going (see classify).
BOX_PREFIXES: tuple[str, ...] = (
    "more ", "most ", "trending", "latest ", "popular ", "related ", "recommended ",
    "editor's picks", "editors' picks", "don't miss", "top stories", "also in ", "also on ", "next up ", "up next ",
    "mehr aus ", "mehr von ", "meistgelesen", "plus de ", "les plus ", "más de ", "lo más ",
    "mais de ", "mais lidas", "altri ", "i più ",
)
BOX_PREFIX_MAX_WORDS = 5
# "About Us", "About CNBC", "Über Moritz Bachmann", "Sobre Carlos Nadalim": a heading that
# introduces the site, the company or the author opens a footer or an author box. Only
# names follow (capitalised words, at most ABOUT_MAX_NAME_WORDS): "About the study" is a
# subheading of the article.
ABOUT_PREFIXES: tuple[str, ...] = ("about ", "über ", "sobre ", "à propos de ", "acerca de ")
ABOUT_MAX_NAME_WORDS = 4
# Ends of the headings of a newsletter box ("Pick Six Newsletter", "See All Newsletters"),
# capitalised as headings are: "She edits the newsletter" is no heading.
BOX_SUFFIXES: tuple[str, ...] = (" Newsletter", " Newsletters", " NEWSLETTER", " NEWSLETTERS")

# Headings that only a comment thread has: its reply form's title and the thread's
# counted heading (see is_comment_count_heading). "Comments" or "Leave a comment" may be
# a link at the top of a post; these are never there. Comments can outweigh the article
# many times over, and what follows these does not count when the article's run is chosen.
THREAD_MARKERS: frozenset[str] = frozenset(
    {
        "leave a reply", "comments leave a reply", "leave a reply cancel reply", "cancel reply",
        "leave a comment cancel reply",
        "schreibe einen kommentar", "kommentare schreibe einen kommentar",
        "schreibe einen kommentar antworten abbrechen", "antworten abbrechen",
        "kommentar verfassen antwort abbrechen",
        "laisser un commentaire annuler la réponse", "annuler la réponse", "écrire un commentaire",
        "deja una respuesta", "deja una respuesta cancelar la respuesta", "cancelar la respuesta",
        "deixe uma resposta", "deixe uma resposta cancelar resposta", "cancelar resposta",
        "lascia una risposta", "lascia un commento annulla risposta", "annulla risposta",
        "geef een reactie reactie annuleren", "reactie annuleren",
        "добавить комментарий отменить ответ", "отменить ответ",
        # The reply form's link under a blog post, where the form has no title of its own.
        "click here to cancel reply", "hier klicken, um das antworten abzubrechen",
        "hier klicken, um die antwort abzubrechen", "cliquez ici pour annuler la réponse",
    }
)

# Headings after which the page moves on from the article for good: comments, share bars,
# tags, the author box, newsletter boxes, most-read lists. Each alone on a line.
END_MARKERS: frozenset[str] = BOX_MARKERS | THREAD_MARKERS | frozenset(
    {
        # en
        "related", "related articles", "related stories", "related posts", "related content",
        "related topics", "related tags", "related coverage", "related news", "related links",
        "related reading", "related items", "related searches", "related videos",
        "recommended", "recommended stories", "recommended for you", "recommended articles",
        "recommended reading", "more stories", "more news", "more like this", "more on this",
        "more on this story", "more from", "more to explore", "more in", "more articles",
        "most popular", "most read", "most viewed", "most shared", "most commented",
        "most popular videos", "most popular articles", "popular now", "popular posts",
        "trending", "trending now", "trending stories", "top stories", "latest news",
        "latest stories", "you may also like", "you might also like", "you may like",
        "you might like", "you may be interested in", "also read", "also on",
        "read next", "what to read next", "up next", "next up", "read more", "keep reading",
        "comments", "comment", "leave a comment", "post a comment",
        "comments leave a comment", "no comments yet", "no comments",
        "comments are closed", "comments closed",
        "add a comment", "add comment", "write a comment", "show comments", "view comments",
        "load comments", "read comments", "join the conversation", "join the discussion", "discussion",
        "responses", "reader comments", "conversation",
        "share this", "share this article", "share this story", "share this post",
        "share this page", "share on", "sharing is caring", "like this",
        "tags", "filed under", "topics", "categories", "related topics", "topics in this article",
        "more on these topics",
        "about the author", "about the authors", "author", "about",
        "sponsored links", "sponsored content", "sponsored stories", "from our partners",
        "promoted stories", "around the web", "from the web", "paid content",
        "newsletter", "sign up for our newsletter", "subscribe to our newsletter",
        "sign up for e mail newsletters", "get our newsletter",
        "previous post", "next post", "previous article", "next article",
        "previous post next post", "previous article next article", "post navigation",
        # de
        "ähnliche artikel", "verwandte artikel", "verwandte themen", "mehr zum thema",
        "weitere artikel", "weitere themen", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "auch interessant", "meistgelesen",
        "meistgelesene artikel", "empfehlungen", "themen", "schlagworte", "kommentare",
        "kommentar", "kommentar schreiben", "kommentieren", "diskussion", "artikel teilen",
        "teilen", "jetzt teilen", "über den autor", "zum autor", "newsletter abonnieren",
        "lesen sie auch", "mehr lesen", "top themen", "ähnliche beiträge", "verwandte beiträge",
        "hinterlasse einen kommentar", "kommentar verfassen", "kommentare hinterlasse einen kommentar",
        "kommentar hinzufügen", "kommentare lesen", "themen in diesem artikel", "mehr zu diesen themen",
        # fr
        "articles similaires", "articles liés", "articles connexes", "à lire aussi",
        "lire aussi", "à lire également", "lire la suite", "sur le même sujet",
        "dans la même rubrique", "à voir aussi", "vous aimerez aussi",
        "vous aimerez aussi aussi", "les plus lus", "les plus partagés", "commentaires",
        "commentaire", "laisser un commentaire", "laissez un commentaire", "réagir",
        "réactions", "lire les commentaires", "partager", "partager cet article", "partagez", "mots clés",
        "à propos de l auteur", "l auteur", "abonnez vous à notre newsletter",
        # es
        "artículos relacionados", "noticias relacionadas", "relacionados", "relacionado",
        "te puede interesar", "también te puede interesar", "te recomendamos",
        "lo más leído", "más leídas", "más leído", "más noticias", "comentarios",
        "deja un comentario", "dejar un comentario", "ver comentarios", "leer comentarios", "comentar", "compartir",
        "comparte", "comparte esta noticia", "etiquetas", "temas", "sobre el autor",
        "lee también", "leer más", "suscríbete a nuestro boletín",
        # pt
        "artigos relacionados", "posts relacionados", "notícias relacionadas",
        "matérias relacionadas", "leia também", "veja também", "leia mais", "mais lidas",
        "mais lidos", "comentários", "comentário", "deixe um comentário",
        "deixe seu comentário", "compartilhe", "compartilhar",
        "você também pode gostar", "sobre o autor", "assine nossa newsletter",
        # it
        "articoli correlati", "articoli simili", "potrebbe interessarti",
        "ti potrebbe interessare", "potrebbero interessarti", "leggi anche", "leggi di più",
        "i più letti", "più letti", "commenti", "commento", "commenta", "lascia un commento",
        "condividi", "condividi questo articolo", "correlati",
        "argomenti", "l autore", "iscriviti alla newsletter",
        # nl
        "gerelateerde artikelen", "lees ook", "reacties", "reageer", "delen",
        "geef een reactie",
        # ru
        "похожие статьи", "похожие новости", "читайте также", "читайте также",
        "комментарии", "поделиться", "популярное", "рекомендуем", "по теме",
        "добавить комментарий",
        # id / ms
        "artikel terkait", "berita terkait", "baca juga", "komentar", "bagikan",
        "terkait", "bagikan ini", "sukai ini", "tanggapan", "satu tanggapan",
        "tinggalkan balasan", "tinggalkan komentar",
        "share this on whatsapp",
        # ko, ja, zh, ar, th, tr, pl, vi: comments and most-read lists
        "댓글", "많이 본 뉴스", "가장 많이 본 뉴스",
        "コメント", "人気記事", "アクセスランキング",
        "评论", "評論", "网友评论", "網友評論", "热门文章", "熱門文章",
        "التعليقات", "تعليقات", "الأكثر قراءة",
        "ความคิดเห็น", "แสดงความคิดเห็น",
        "yorumlar", "en çok okunanlar",
        "komentarze", "najczęściej czytane",
        "bình luận", "đọc nhiều nhất",
        # sv, da, no, fi, cs, hu, ro, lv, lt, et, uk, el, he, fa, hi
        "kommentarer", "mest läst", "mest læste", "mest lest", "kommentit", "luetuimmat",
        "komentáře", "nejčtenější", "hozzászólások", "legolvasottabb", "comentarii",
        "cele mai citite", "komentāri", "populārākie", "komentarai", "skaitomiausi",
        "kommentaarid", "коментарі", "σχόλια", "תגובות", "نظرات", "टिप्पणियां",
    }
)

# The heading of a comment thread that counts its comments and names the post ("5 thoughts
# on “Title”", "2 Gedanken zu „Titel“", "12 commentaires sur « Titre »"): blog software
# prints it in the reader's language, and with the title it is too long for a marker key.
# Its first word is a count, its second a noun of this list, its third a preposition, and
# the title follows in quotes: "One response to the crisis was ..." is a sentence.
COMMENT_COUNT_WORDS: frozenset[str] = frozenset(
    "one a ein eine einen une un um uma uno una één eén один одна".split()
)
COMMENT_NOUNS: frozenset[str] = frozenset(
    """
    thought thoughts reply replies response responses comment comments
    gedanke gedanken antwort antworten kommentar kommentare
    réflexion réflexions réponse réponses commentaire commentaires
    comentario comentarios pensamiento pensamientos respuesta respuestas
    comentário comentários pensamento pensamentos resposta respostas
    commento commenti pensiero pensieri risposta risposte
    reactie reacties gedachte gedachten
    комментарий комментария комментариев ответ ответа ответов
    """.split()
)
COMMENT_PREPOSITIONS: frozenset[str] = frozenset("on to zu auf sur à en sobre em para su a op over к на".split())
OPENING_QUOTES = "“„«‹\"'‘‚”"


def is_comment_count_heading(words: list[str]) -> bool:
    """Return whether a line's lowercased words open a counted comment thread's heading.

    >>> is_comment_count_heading("5 thoughts on “why we left”".split())
    True
    >>> is_comment_count_heading("10 places to travel in 2020".split())
    False
    >>> is_comment_count_heading("one response to the crisis was a new tax.".split())
    False
    """
    return (
        len(words) > 3
        and words[1] in COMMENT_NOUNS
        and words[3][0] in OPENING_QUOTES
        and words[2] in COMMENT_PREPOSITIONS
        and (words[0].isdigit() or words[0] in COMMENT_COUNT_WORDS)
    )


# Labels of a line of tags ("Tags: Barbour, Outdoor, Travel", "Schlagwörter: FAZ, Sprache",
# "Tags Kristi Noem South Dakota"): the article's keywords, printed under it. As a line's
# first word, lowercased, with or without the colon.
TAG_LABELS: frozenset[str] = frozenset(
    "tags tagged schlagworte schlagwörter stichworte stichwörter mots-clés mots-clefs étiquettes etiquetas".split()
)
# A line of tags names a few topics and ends no sentence; without a colon after its label,
# under this share of its words are stopwords (jusText's stopwords_low).
MAX_TAG_LINE_WORDS = 30
TAG_LINE_MAX_STOPWORD_RATIO = 0.3


# Advertising labels that interrupt an article: removed, but the article goes on after them.
AD_LABELS: frozenset[str] = frozenset(
    {
        "advertisement", "advertising", "advert", "ad", "sponsored", "story continues below",
        "continue reading the main story", "continue reading below", "article continues below",
        "story continues below advertisement", "content continues below", "scroll to continue",
        "anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità",
        "реклама", "iklan", "광고",
    }
)

# Boilerplate sentences: consent boxes, copyright lines, newsletter and comment forms, by
# the reason they give. Phrases are lowercase substrings (a pattern with this many branches
# costs tens of microseconds a line); a line is only searched when one of its words is the
# key word of some phrase (NOTICE_WORDS), and only when it is short enough to be a notice.
NOTICES: dict[str, tuple[str, ...]] = {
    "cookie notice": (
        "we use cookies", "site uses cookies", "website uses cookies", "uses cookies to",
        "cookie policy", "cookie settings", "cookie preferences", "cookie consent",
        "accept cookies", "accept all cookies", "use of cookies", "verwendet cookies",
        "verwenden cookies", "nutzt cookies", "nutzen cookies",
        "cookie-einstellungen", "utilise des cookies", "utilisons des cookies",
        "utiliza cookies", "utilizamos cookies", "usa cookies", "utilizziamo i cookie",
        "utilizza i cookie", "использует cookie",
    ),
    "copyright notice": (
        "©", "(c) 19", "(c) 20", "copyright", "all rights reserved", "all right reserved",
        "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        "todos os direitos reservados", "tutti i diritti riservati", "все права защищены",
        "may not be published", "may not be reproduced", "registered trademark",
    ),
    "comment form or disclaimer": (
        "save my name", "required fields", "akismet", "comment data", "post was not sent",
        "notify me of", "log in to comment", "login to comment", "log in to reply",
        "community rules", "community guidelines", "comments are closed",
        "comments are moderated", "kommentare geschlossen", "kommentare sind geschlossen",
        "do not necessarily reflect", "views expressed", "opinions expressed",
        # "Your email address will not be published", as blog software words it: the
        # address is named, since a report that "will not be published" is news.
        "address will not be published", "(will not be published)",
        "e-mail-adresse wird nicht veröffentlicht", "adresse e-mail ne sera pas publiée",
        "adresse de messagerie ne sera pas publiée", "correo electrónico no será publicada",
        "endereço de email não será publicado", "endereço de e-mail não será publicado",
        "indirizzo email non sarà pubblicato", "e-mailadres wordt niet gepubliceerd",
        "email не будет опубликован",
        # The hidden field of sign-up and comment forms, left empty by people, filled by robots.
        "leave this field empty", "laisser ce champ vide", "dieses feld leer",
    ),
    "newsletter sign-up": (
        "sign up for", "sign up to", "subscribe to", "subscribe now", "subscribe for",
        "newsletter", "thanks for signing up", "thank you for signing up",
        "thanks for subscribing", "thank you for subscribing", "to your inbox",
        "in your inbox", "check your email", "your email address", "enter your email",
        "newsletter abonnieren", "abonnez-vous", "suscríbete", "assine nossa", "iscriviti",
        "you can unsubscribe", "you may unsubscribe", "unsubscribe anytime",
        "get breaking",  # "Get breaking news alerts and special reports."
    ),
    "legal or affiliate notice": (
        "privacy policy", "privacy notice", "privacy settings", "terms of use",
        "terms of service", "quotes delayed", "quotes are delayed", "data delayed",
        "delayed at least", "delayed a minimum", "market data provided",
        "affiliate link", "affiliate commission", "may earn a commission",
        "may get a share", "may earn a share", "earn a commission",
        # "This post may contain affiliate and/or referral links.", "We are a participant in
        # the Amazon Services LLC Associates Program, an affiliate advertising program ...",
        # "If you click on one and make a purchase we may receive a small commission."
        "may contain affiliate", "affiliate advertising program", "receive a small commission",
        "may receive a commission",
    ),
    "call to action": (
        "follow us on", "follow me on", "click here", "by clicking here", "javascript", "your browser",
        "dieses video nicht abspielen",
        "ad blocker", "adblock", "share this article", "share this story",
        "share on facebook", "share on twitter", "share it with", "like this story?",
        "like this article?", "enjoyed this article", "found this article",
        "want more stories like this", "(opens in new window)", "(opens in a new window)",
    ),
}

_PUNCTUATION_AFTER_WORD = ".,:;!?)\"'”’"


def _key_words() -> frozenset[str]:
    """Each phrase's longest word, bare and with the punctuation a line may glue to it."""
    words = set()
    for phrases in NOTICES.values():
        for phrase in phrases:
            word = max(phrase.split(), key=len)
            words.add(word)
            words.update(word + mark for mark in _PUNCTUATION_AFTER_WORD)
    return frozenset(words)


NOTICE_WORDS: frozenset[str] = _key_words()
# The one phrase whose key word can hide inside a longer token ("©2019"): looked for in
# every short-enough line without the word screen.
NOTICE_SYMBOL = "©"


# Phrases that ordinary sentences use too ("Sign up for the choir closed on Friday",
# "not your email address"): a notice only on a short line, or beside a word that only a
# sign-up box puts next to them ("Sign up for our daily email", "Sign up for Email Alerts").
WEAK_NOTICE_PHRASES: frozenset[str] = frozenset({"sign up for", "sign up to", "your email address"})
SIGN_UP_CUES: frozenset[str] = frozenset(
    {"newsletter", "newsletters", "email", "e-mail", "inbox", "our", "free", "now", "today",
     "daily", "weekly", "alerts", "updates", "subscribe", "subscription"}
)
# A line of at most this many words is a button or a box title, not a sentence.
MAX_BARE_NOTICE_WORDS = 6
_CUE_TRIM = ".,:;!?()[]\"'“”‘’"


def notice_reason(lowered: str) -> str | None:
    """Return the reason of the first notice phrase found in a lowercased line, or None."""
    for reason, phrases in NOTICES.items():
        for phrase in phrases:
            if phrase in lowered and (phrase not in WEAK_NOTICE_PHRASES or _has_sign_up_cue(lowered, phrase)):
                return reason
    return None


def _has_sign_up_cue(lowered: str, phrase: str) -> bool:
    """Return whether a line holding a weak phrase is short, or has a sign-up cue outside the phrase."""
    words = [word.strip(_CUE_TRIM) for word in lowered.replace(phrase, " ", 1).split()]
    return len(words) + phrase.count(" ") + 1 <= MAX_BARE_NOTICE_WORDS or not SIGN_UP_CUES.isdisjoint(words)


# First words of a letter's salutation ("Dear John,", "Liebe Anna,", "Estimado Juan:").
SALUTATION_WORDS: frozenset[str] = frozenset(
    """
    dear hi hello greetings
    liebe lieber liebes hallo sehr
    cher chère chers chères bonjour
    querido querida queridos queridas estimado estimada estimados estimadas hola
    prezado prezada prezados olá
    caro cara cari care gentile
    beste geachte
    дорогой дорогая дорогие уважаемый уважаемая уважаемые здравствуйте
    """.split()
)
# A salutation is a short line: a greeting and a name or two ("Sehr geehrte Damen und Herren,").
MAX_SALUTATION_WORDS = 6


def is_salutation(line: str) -> bool:
    """Return whether a line opens a letter: a greeting word, a few words, then "," or ":".

    Not "!": "Hello, Guest!" greets a reader from a site's header.

    >>> is_salutation("Dear John,"), is_salutation("Dear reader, this is prose."), is_salutation("Hello, Guest!")
    (True, False, False)
    """
    if not line.endswith((",", ":")):
        return False
    words = line.split()
    return len(words) <= MAX_SALUTATION_WORDS and words[0].casefold().strip(",:") in SALUTATION_WORDS
