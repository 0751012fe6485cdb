"""Text repair: glued sentences and headings split apart, whitespace and quotes normalised."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from dyads.sources.flat import parse_flat, read_flat
from dyads.text import normalise, repair_body, split_glued_sentences


def seed_body(name: str) -> str:
    with (SEEDS / name).open(encoding="utf-8") as lines:
        (doc,) = read_flat(lines, name)
    return parse_flat(doc)["body"]


def test_seed_000_sentences_and_heading_split_apart():
    body = repair_body(seed_body("000_9097bb72c12b5d38.txt"))
    paragraphs = body.split("\n\n")
    assert body.startswith("Les États-Unis ont répondu par la négative")
    assert "positions de 1997. La diplomatie russe" in body
    assert "Poutine. Il s'agit" in body
    assert "Garanties de sécurité en Europe" in paragraphs
    assert any(p.startswith("Fin 2021, la Russie") for p in paragraphs)
    assert "selon M. Lavrov." in body and "M.Lavrov" not in body
    assert "l'ex-URSS" in body  # a hyphen before capitals is no joint


def test_seed_004_heading_and_accented_capital():
    body = repair_body(seed_body("004_2f8a4e7a85224ba2.txt"))
    paragraphs = body.split("\n\n")
    assert "Publication dans El Pais" in paragraphs
    assert any(p.startswith("Plus tôt dans la journée ce 2 février") for p in paragraphs)
    assert "sur la sécurité. À en juger" in body
    assert "Abkhazie. L'Otan aurait déclaré" in body
    assert "’" not in body


@pytest.mark.parametrize("text", [
    "Le taux est passé de 3.5 à 4.2 pour cent en 2021.",
    "Les U.S.A. et l'U.R.S.S. ont signé le traité.",
    "Le site https://fr.sputniknews.com/Article.Html et www.Example.org restent tels quels.",
    "Écrire à feedback.Fr@sputniknews.com pour tout commentaire.",
    "Les pays issus de l'ex-URSS et la RDA restent cités.",
])
def test_no_false_sentence_splits(text):
    assert split_glued_sentences(text) == text
    assert repair_body(text) == text


def test_glued_sentence_after_quote_and_question_mark():
    assert split_glued_sentences('toujours déclaré auparavant".Le représentant') == \
        'toujours déclaré auparavant". Le représentant'
    assert split_glued_sentences("Pourquoi maintenant ?Parce que") == "Pourquoi maintenant ? Parce que"
    assert split_glued_sentences("selon J.Smith et M.Lavrov") == "selon J. Smith et M. Lavrov"


def test_camel_case_names_are_not_headings():
    text = ("Le service YouTube a supprimé la vidéo. Les actions de BlackRock ont baissé de deux points "
            "hier. Une panne de WhatsApp a touché des millions d'utilisateurs dans le monde entier.")
    assert repair_body(text) == text


def test_paragraph_structure_is_kept_and_headings_not_guessed():
    paragraphs = ["Titre de section", "Premier paragraphe.Deuxième phrase.", "Un autre texte ici."]
    assert repair_body("", paragraphs) == "Titre de section\n\nPremier paragraphe. Deuxième phrase.\n\nUn autre texte ici."
    # with a structure, a camel-case joint inside a paragraph stays: it may be a name
    assert repair_body("", ["La société BlackRock a dit que la PlayStation se vend bien.", "Fin."]) == \
        "La société BlackRock a dit que la PlayStation se vend bien.\n\nFin."


def test_whitespace_and_quotes_normalised():
    text = "  L’Otan\u00a0a «\u202frefusé\u202f» le “plan”\u200b  de\tpaix.\r\n\r\n\r\nSuite\u00ad du texte. "
    assert repair_body(text) == "L'Otan a « refusé » le \"plan\" de paix.\n\nSuite du texte."
    assert normalise("e\u0301té") == "été"  # NFC


def test_hard_wrapped_lines_join_inside_paragraphs():
    text = "Une phrase coupée\nà la ligne.\n\nUn second\nparagraphe."
    assert repair_body(text) == "Une phrase coupée à la ligne.\n\nUn second paragraphe."
