"""Page furniture left in an extracted body: calls to action, link-block labels and menus
go; headings, sentences and lists that only look like them stay."""

from __future__ import annotations

from dyads.extract import extract_article
from dyads.model import Document
from dyads.text import drop_boilerplate

ARTICLE = [
    "Le Conseil de sécurité s'est réuni mardi à New York pour examiner la situation au nord du Mali, "
    "où les combats entre l'armée et les groupes armés ont repris depuis une semaine.",
    "Publicité mensongère : la Commission européenne condamne trois opérateurs",
    "Les ministres ont rappelé que la lettre d'information (newsletter) du ministère ne remplace pas "
    "les communiqués officiels, et qu'il faut lire aussi les annexes du rapport.",
    "Copyright law reform passes the Senate",
    "Share prices fell sharply after the announcement in Brussels.",
]
FURNITURE = [
    "Lire aussi : Mali, la France envoie des renforts", "À lire aussi", "Partager", "Publicité",
    "12 commentaires", "Read more: Alibaba poised to list in Hong Kong", "Related", "You may also like...",
    "Sign up for our daily newsletter", "Click here to get the app", "CLICK HERE TO GET THE FOX NEWS APP",
    "Copyright © 2019 Dow Jones & Company, Inc. All Rights Reserved", "© Reuters", "- Print Article", "Comments",
    "Abonnez-vous à notre lettre", "DON'T MISS", "Don’t miss", "Partager l’article",
]
MENU = ["Accueil", "Politique", "International", "Économie", "Culture", "Sports", "Météo", "Contact"] * 5
NAMES = ["Olivia Martin", "Lucas Bernard", "Emma Dubois", "Hugo Thomas", "Léa Robert", "Jules Richard",
         "Chloé Petit", "Louis Durand", "Manon Leroy", "Gabriel Moreau", "Inès Simon", "Arthur Laurent"]


def test_calls_to_action_and_labels_go_and_the_article_stays():
    mixed = [ARTICLE[0], *FURNITURE[:8], *ARTICLE[1:], *FURNITURE[8:]]
    assert drop_boilerplate(mixed) == ARTICLE


def test_a_long_menu_goes_a_list_of_names_stays():
    assert drop_boilerplate(MENU + ARTICLE) == ARTICLE
    assert drop_boilerplate(ARTICLE[:1] + NAMES + ARTICLE[1:]) == ARTICLE[:1] + NAMES + ARTICLE[1:]


def test_page_extraction_drops_furniture():
    paragraphs = [ARTICLE[0], "Lire aussi : Mali, la France envoie des renforts", ARTICLE[2],
                  "Partager", "Sign up for our daily newsletter"]
    html = ("<html lang='fr'><head><title>Mali : le Conseil de sécurité se réunit</title></head><body>"
            "<article><h1>Mali : le Conseil de sécurité se réunit</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    article = extract_article(Document("page.html", html, "html"))
    assert article.paragraphs == [ARTICLE[0], ARTICLE[2]]
