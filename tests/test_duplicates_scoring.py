"""The duplicate matcher on the cases real front-desk data holds, and on look-alikes."""

from __future__ import annotations

import pytest

from salon_desk.services.duplicates import weights
from salon_desk.services.duplicates.normalise import (
    email_key,
    first_forms,
    first_relation,
    phone_key,
    phonetic,
    postcode_key,
    street_key,
)
from salon_desk.services.duplicates.records import COLUMNS, Person
from salon_desk.services.duplicates.scoring import confidence, score_pair
from salon_desk.text.fold import fold_words

_ids = iter(range(1, 10_000))


def person(**fields) -> Person:
    fields.setdefault("id", next(_ids))
    birth = fields.pop("birth", None)
    if birth:
        parts = [int(p) for p in birth.split("-")]
        if len(parts) == 2:
            parts.insert(0, None)
        fields["birth_year"], fields["birth_month"], fields["birth_day"] = parts
    return Person(tuple(fields.get(c) for c in COLUMNS))


def rec(**fields) -> dict:
    return fields


def level(a: Person, b: Person) -> str | None:
    return confidence(score_pair(a, b)[0])


def test_normalisation():
    assert fold_words("García-LÓPEZ") == "garcia lopez"
    assert fold_words("Ηλίας Παπαδόπουλος") == "ilias papadopoulos"
    assert phone_key("+34 612 345 678") == phone_key("612345678") == phone_key("0034612345678")
    assert phone_key("+44 7911 123456") == phone_key("07911 123456")
    assert phone_key("000000000") is None and phone_key("12") is None
    assert email_key("Ana.Maria+salon@googlemail.com") == "anamaria@gmail.com"
    assert email_key("Ana.Maria+salon@Example.com") == "ana.maria@example.com"
    assert street_key("C/ Mayor, 12, 3º izq.") == street_key("Calle Mayor 12") == (
        "calle mayor", "12")
    assert street_key("Avda. de la Constitución nº 5") == ("avenida constitucion", "5")
    assert postcode_key("w4 9ep") == "W49EP"
    assert phonetic("vazquez") == phonetic("bazquez") and phonetic("garcia") == phonetic(
        "garsia")
    for nick, name in (("bob", "robert"), ("pepe", "jose"), ("paco", "francisco"),
                       ("maite", "maria teresa"), ("beppe", "giuseppe"), ("gosia", "malgorzata"),
                       ("giorgos", "georgios"), ("chema", "jose maria")):
        assert first_relation(first_forms(nick), first_forms(name)) == 2, nick
    assert first_relation(first_forms("maria"), first_forms("maria jose")) == 1
    assert first_relation(first_forms("maria jose"), first_forms("maria teresa")) == 0


SAME_PERSON = {
    "typos": (rec(first_name="Ana", last_name="García López", mobile="+34611222333"),
              rec(first_name="Ana", last_name="Garcia Lopes", mobile="+34611222333")),
    "transposed letters": (rec(first_name="Cristina", last_name="Moreno",
                                email="cmoreno@example.com", birth="1985-03-12"),
                           rec(first_name="Crsitina", last_name="Mroeno",
                                email="cmoreno@example.com")),
    "first and last swapped": (rec(first_name="Lucía", last_name="Fernández Ruiz",
                                    birth="1990-07-21", postcode="28013"),
                               rec(first_name="Fernández Ruiz", last_name="Lucía",
                                    birth="1990-07-21")),
    "nickname Bob": (rec(first_name="Robert", last_name="Smith", mobile="+447911123456"),
                     rec(first_name="Bob", last_name="Smith", mobile="07911 123456")),
    "nickname Pepe": (rec(first_name="José", last_name="Martín", birth="1970-02-02"),
                      rec(first_name="Pepe", last_name="Martin", birth="1970-02-02")),
    "nickname Paco": (rec(first_name="Francisco", last_name="Ruiz", email="fr@example.com"),
                      rec(first_name="Paco", last_name="Ruiz", email="fr@example.com")),
    "short form Maite": (rec(first_name="María Teresa", last_name="Sanz Gil",
                              mobile="+34622333444", street="Calle Luna 4"),
                         rec(first_name="Maite", last_name="Sanz", mobile="622 33 34 44")),
    "nickname Beppe": (rec(first_name="Giuseppe", last_name="Rossi", birth="1962-11-30",
                            street="Via Roma 10", postcode="00184"),
                       rec(first_name="Beppe", last_name="Rossi", street="V. Roma, 10",
                            postcode="00184", birth="11-30")),
    "missing fields": (rec(first_name="Irene", last_name="Vidal Soler", birth="1988-05-09",
                            email="irene.vidal@example.com", mobile="+34633444555"),
                       rec(first_name="Irene", last_name="Vidal", birth="1988-05-09")),
    "accents or none": (rec(first_name="José", last_name="Núñez Peña", mobile="+34644555666"),
                        rec(first_name="JOSE", last_name="NUNEZ PENA", mobile="+34644555666")),
    "phone formats": (rec(first_name="Marta", last_name="Gómez", mobile="+34655666777"),
                      rec(first_name="Marta", last_name="Gomez", mobile="0034 655 66 67 77")),
    "address variations": (rec(first_name="Carmen", last_name="Ortega Ramos",
                                street="Avenida de la Constitución 5, 2º B", postcode="41001",
                                birth="1975-09-14"),
                           rec(first_name="Carmen", last_name="Ortega Ramos",
                                street="Avda. Constitución nº 5", postcode="41001")),
    "new email same phone": (rec(first_name="Paula", last_name="Serrano",
                                  email="paula.s@example.com", mobile="+34666777888"),
                             rec(first_name="Paula", last_name="Serrano",
                                  email="pserrano@example.net", mobile="+34666777888")),
    "married name": (rec(first_name="Anna", last_name="Schmidt", birth="1980-01-15",
                          email="anna.schmidt@example.de"),
                     rec(first_name="Anna", last_name="Müller-Schmidt", birth="1980-01-15")),
    "whole name in the first-name field": (
        rec(first_name="Rebeca", last_name="Prado", mobile="+34689630184"),
        rec(first_name="Rebeca Prado", last_name="", mobile="+34689630184")),
    "greek and latin script": (rec(first_name="Ελένη", last_name="Παπαδοπούλου",
                                    mobile="+306945551234"),
                               rec(first_name="Eleni", last_name="Papadopoulou",
                                    mobile="+306945551234")),
    "second surname left out, new email": (
        rec(first_name="Marta", last_name="Ariño", mobile="+34611222333",
             email="marta.arino@example.com", gender="female"),
        rec(first_name="Marta", last_name="Ariño Salvà", mobile="611 22 23 33",
             email="msalva@example.net")),
}

DIFFERENT_PEOPLE = {
    "mother and daughter sharing phone, email and address": (
        rec(first_name="Rosa", last_name="Navarro Gil", mobile="+34677888999",
             email="navarro.family@example.com", street="Calle Olmo 3", postcode="46001",
             birth="1962-04-02", gender="female"),
        rec(first_name="Lucía", last_name="Navarro Pons", mobile="+34677888999",
             email="navarro.family@example.com", street="Calle Olmo 3", postcode="46001",
             birth="1994-10-20", gender="female")),
    "mother and daughter sharing a phone, no birth dates": (
        rec(first_name="Pilar", last_name="Blanco", mobile="+34688999000"),
        rec(first_name="Sara", last_name="Blanco", mobile="+34688999000")),
    "father and son with the same name": (
        rec(first_name="Juan", last_name="Herrera Díaz", phone="+34915556677",
             street="Calle Sol 8", postcode="28005", birth="1960-03-03", gender="male"),
        rec(first_name="Juan", last_name="Herrera Ruiz", phone="+34915556677",
             street="Calle Sol 8", postcode="28005", birth="1992-08-19", gender="male")),
    "twins": (rec(first_name="Laura", last_name="Campos Vera", birth="2001-06-06",
                   street="Calle Río 1", postcode="50001", mobile="+34611000111"),
              rec(first_name="Elena", last_name="Campos Vera", birth="2001-06-06",
                   street="Calle Río 1", postcode="50001", mobile="+34611000111")),
    "brother and sister Mario and María": (
        rec(first_name="Mario", last_name="Conti", birth="1999-05-05", gender="male",
             street="Via Po 3", postcode="10123"),
        rec(first_name="Maria", last_name="Conti", birth="1999-05-05", gender="female",
             street="Via Po 3", postcode="10123")),
    "common surname in the same street": (
        rec(first_name="María", last_name="García", street="Calle Mayor 12, 1º A",
             postcode="28013"),
        rec(first_name="Carmen", last_name="García", street="C/ Mayor 12, 4º C",
             postcode="28013")),
    "namesakes": (rec(first_name="María", last_name="García López", birth="1971-01-20",
                       mobile="+34600100200", postcode="28013"),
                  rec(first_name="María", last_name="García López", birth="1989-11-02",
                       mobile="+34600300400", postcode="08012")),
    "mother and daughter sharing a phone, one surname on one card": (
        rec(first_name="Pilar", last_name="Ariño", mobile="+34611222333",
             email="pilar@example.com"),
        rec(first_name="Sara", last_name="Ariño Salvà", mobile="+34611222333",
             email="sara@example.net")),
    "father and son with the same name, one surname on one card": (
        rec(first_name="Jordi", last_name="Ariño", mobile="+34611222333", birth="1961-02-11"),
        rec(first_name="Jordi", last_name="Ariño Salvà", mobile="+34611222333",
             birth="1990-06-30")),
}


@pytest.mark.parametrize("case", list(SAME_PERSON))
def test_same_person_found(case):
    a, b = (person(**f) for f in SAME_PERSON[case])
    assert level(a, b) in ("high", "medium"), (case, score_pair(a, b))
    assert score_pair(a, b) == score_pair(b, a)


@pytest.mark.parametrize("case", list(DIFFERENT_PEOPLE))
def test_look_alikes_not_called_the_same(case):
    a, b = (person(**f) for f in DIFFERENT_PEOPLE[case])
    score, _match = score_pair(a, b)
    assert score < weights.THRESHOLD_MEDIUM, (case, score)


def test_a_surname_contained_in_the_other_is_an_agreement():
    """Spanish double surnames: "Ariño" is "Ariño Salvà" with the second surname left out.
    With the same first name and mobile that is the same person, even with a new email: it
    scores as if both cards had the whole surname."""
    first, second = SAME_PERSON["second surname left out, new email"]
    a, b = person(**first), person(**second)
    whole = person(**{**first, "last_name": "Ariño Salvà"})
    assert score_pair(a, b) == score_pair(whole, b)
    assert level(a, b) in ("high", "medium"), score_pair(a, b)


def test_match_types_and_scores_are_probabilities():
    a = person(first_name="Ana", last_name="Ruiz", email="ana@example.com", mobile="+34611")
    b = person(first_name="Ana", last_name="Ruiz", email="ana@example.com")
    score, match = score_pair(a, b)
    assert 0.0 <= score <= 1.0 and match == "email"
    c = person(first_name="Ana", last_name="Ruiz", birth="1990-01-02")
    d = person(first_name="Ana", last_name="Ruíz", birth="1990-01-02")
    assert score_pair(c, d)[1] == "name_birth"
    assert weights.THRESHOLD_LOW < weights.THRESHOLD_MEDIUM < weights.THRESHOLD_HIGH < 1
