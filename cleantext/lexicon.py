"""Words that mark site chrome, in English, German, French, Spanish, Portuguese and Italian.

Kept apart from the patterns so that adding a language is adding words, not code. Every
entry is lower case (``str.casefold``) and written as it is normalised by ``label_key``.
"""

from __future__ import annotations


def _phrases(block: str) -> frozenset[str]:
    """Return the phrases of a block of text, one per non-blank line."""
    return frozenset(line.strip() for line in block.strip().splitlines() if line.strip())


# A line that is only one of these is a button, a menu entry or an ad slot, not prose.
# One label per line, since labels have several words.
UI_LABELS = _phrases(
    """
    ×
    ✕
    ✖
    ☰
    ≡
    ⋮
    x
    close
    close menu
    close window
    close ad
    close this ad
    dismiss
    menu
    main menu
    open menu
    toggle menu
    toggle navigation
    navigation
    share
    share this
    share this article
    share article
    print
    print this page
    print article
    search
    search for
    search site
    skip to content
    skip to main content
    skip to navigation
    skip navigation
    jump to content
    advertisement
    advertisements
    ad
    sponsored
    sponsored content
    sign in
    log in
    login
    log out
    logout
    sign up
    sign up now
    register
    subscribe
    subscribe now
    subscribe today
    back to top
    home
    next
    previous
    prev
    read more
    see more
    show more
    show less
    load more
    play video
    watch video
    close video
    hide caption
    show caption
    toggle caption
    fullscreen
    unmute
    continue reading
    listen
    listen to this article
    copy link
    copied
    got it
    accept
    accept all cookies
    view this post on instagram
    view on instagram
    sieh dir diesen beitrag auf instagram an
    diesen beitrag auf instagram ansehen
    voir cette publication sur instagram
    ver esta publicación en instagram
    ver essa foto no instagram
    ver esta foto no instagram
    visualizza questo post su instagram
    reject all
    loading
    view comments
    leave a comment
    add a comment
    reply
    schließen
    schliessen
    menü
    hauptmenü
    navigation öffnen
    teilen
    artikel teilen
    drucken
    suche
    suchen
    zum inhalt springen
    zum hauptinhalt springen
    direkt zum inhalt
    anzeige
    werbung
    anmelden
    einloggen
    abmelden
    registrieren
    abonnieren
    jetzt abonnieren
    nach oben
    mehr lesen
    weiterlesen
    zurück zur übersicht
    mehr erfahren
    mehr anzeigen
    weniger anzeigen
    video abspielen
    video schließen
    video schliessen
    menü schließen
    menü schliessen
    zum shop
    erfahre mehr
    startseite
    link kopieren
    vorlesen
    fermer
    partager
    partager l'article
    imprimer
    rechercher
    recherche
    aller au contenu
    aller au contenu principal
    passer au contenu
    publicité
    publicite
    se connecter
    connexion
    déconnexion
    s'inscrire
    s'abonner
    abonnez-vous
    haut de page
    retour en haut
    lire la suite
    en savoir plus
    accueil
    copier le lien
    cerrar
    menú
    compartir
    imprimir
    buscar
    búsqueda
    ir al contenido
    saltar al contenido
    saltar al contenido principal
    publicidad
    iniciar sesión
    cerrar sesión
    registrarse
    suscribirse
    suscríbete
    volver arriba
    leer más
    ver más
    copiar enlace
    fechar
    compartilhar
    partilhar
    pesquisar
    ir para o conteúdo
    pular para o conteúdo
    saltar para o conteúdo
    publicidade
    iniciar sessão
    cadastre-se
    assinar
    assine
    subscrever
    voltar ao topo
    leia mais
    ler mais
    saiba mais
    copiar link
    chiudi
    condividi
    stampa
    cerca
    vai al contenuto
    salta al contenuto
    pubblicità
    accedi
    registrati
    abbonati
    iscriviti
    torna su
    torna all'inizio
    leggi di più
    continua a leggere
    copia link
    """
)

MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "dezember": 12, "mär": 3, "okt": 10, "dez": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7,
    "déc": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12, "fev": 2, "set": 9, "out": 10,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12, "gen": 1, "mag": 5, "giu": 6,
    "lug": 7, "ott": 10,
}

# Month words that are also everyday words somewhere ("may", "out", "set", "ago", "mars").
MONTH_WORDS_THAT_ARE_WORDS = frozenset("may mar mars set out ago gen mag mai dec".split())

WEEKDAYS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    segunda terça terca quarta quinta sexta feira
    lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi
    sabato domenica
    """.split()
)

# Words that may stand around a date on a date line without making it prose:
# "Published on", "Aktualisiert am", "Publiziert am", "Publié le", "Actualizado el", "alle ore", time zones.
DATE_LINE_WORDS = frozenset(
    """
    published posted updated last modified on at date created originally first
    veröffentlicht publiziert aktualisiert zuletzt erstellt am um uhr stand vom
    publié publie mis à a jour le modifié
    publicado actualizado modificado el de del las los a
    atualizado em às as
    pubblicato aggiornato il alle ore del
    the of st nd rd th er
    am pm a m p h hrs
    utc gmt cet cest eet eest wet west edt est cdt cst mdt mst pdt pst akst akdt hst
    bst ist aest aedt acst awst nzst nzdt jst kst msk sgt hkt wib et pt ct mt
    """.split()
)

# Every word of a relative time or a reading time as patterns.RELATIVE_TIME and
# READING_TIME spell them (tests/test_screens.py checks it against the patterns).
RELATIVE_TIME_WORDS = frozenset(
    """
    updated posted published aktualisiert mis à jour actualizado atualizado aggiornato
    a an one sec secs second seconds min mins minute minutes hour hours hr hrs day days
    week weeks month months year years ago
    vor einer eine einem sekunde sekunden minuten stunde stunden tag tagen woche wochen
    monat monaten jahr jahren
    il y une un seconde secondes heure heures jour jours semaine semaines mois ans
    hace una segundo segundos minuto minutos hora horas día días dia dias semana semanas
    meses mes año años
    há uma mês anos ano
    secondi minuti ore ora giorni giorno settimane mesi mese anni anno fa
    yesterday today gestern heute hier aujourd hui ayer hoy ontem hoje ieri oggi
    """.split()
)
READING_TIME_WORDS = frozenset(
    """
    min mins minute minutes minuten minutos minuti uten read reading time lesezeit lesedauer
    temps de lecture tiempo lectura tempo leitura di lettura ca
    """.split()
)
# Words those patterns may glue to the next one, with no space between ("Updatedan hour
# ago", "Lesezeitca. 5 min").
GLUED_TIME_WORDS = (
    "updated", "posted", "published", "aktualisiert", "jour", "actualizado", "atualizado",
    "aggiornato", "time", "lesezeit", "lesedauer", "lecture", "lectura", "leitura", "lettura",
)

# First words of a relative time without digits: "Updated an hour ago", "vor einer
# Stunde", "il y a une heure", "hace una hora", "há uma hora", "un'ora fa", "yesterday".
# Kept in step with patterns.RELATIVE_TIME.
RELATIVE_TIME_OPENERS = frozenset(
    """
    updated posted published aktualisiert mis actualizado atualizado aggiornato
    a an one vor il hace há un un'ora una
    yesterday today gestern heute hier aujourd'hui ayer hoy ontem hoje ieri oggi
    """.split()
)

# Byline openers; the name after them must be capitalised.
BYLINE_PREFIXES = (
    "by", "written by", "words by", "story by", "text by", "reporting by", "author",
    "von", "text von", "autor", "autorin",
    "par", "écrit par", "auteur", "autrice",
    "por", "escrito por", "texto de", "texto",
    "di", "a cura di", "autore",
)

# The first word of each byline opener: a line that starts otherwise is no byline.
BYLINE_OPENERS = frozenset(prefix.split()[0] for prefix in BYLINE_PREFIXES)

# Words allowed inside a byline's name part besides capitalised words: particles of
# names, and words that join two names or a name and an agency ("Le Monde avec AFP").
NAME_PARTICLES = frozenset(
    """
    and & und et y e ed van von der den de da del della di du dos das le la al bin ibn
    mc st
    with mit avec con com
    """.split()
)

# What a share button may name after "share this" ("Share this article on Facebook").
SHARED_THINGS = frozenset("article story post page video photo link".split())

# Social networks and share-row words: a line of only these is a share bar.
SOCIAL_NETWORKS = frozenset(
    """
    facebook twitter x linkedin whatsapp telegram pinterest reddit tumblr flipboard
    messenger instagram youtube tiktok threads bluesky mastodon xing vk weibo wechat
    snapchat pocket email e-mail mail sms
    digg stumbleupon newsvine vkontakte вконтакте odnoklassniki одноклассники viber skype
    bloglovin dailymotion vimeo
    """.split()
)
SHARE_WORDS = frozenset(
    """
    share on via print copy link tweet pin it save comment comments
    teilen twittern mitteilen auf drucken partager sur imprimer compartir en imprimir compartilhar partilhar
    no na condividi su stampa
    send google plus stumble delicious rss feed
    """.split()
)
