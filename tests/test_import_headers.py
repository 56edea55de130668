"""Header recognition: our template, other salon systems, contact exports and six languages."""

from __future__ import annotations

import pytest

from salon_desk.services.customers.columns import COLUMNS
from salon_desk.services.importing import headers as H


def targets(headers: list[str], samples=None) -> dict[str, str | None]:
    return {m.header: m.target for m in H.recognise(headers, samples)}


def test_our_own_headers_in_any_order():
    headers = [c.header for c in COLUMNS]
    got = targets(list(reversed(headers)))
    assert got == {c.header: c.key for c in COLUMNS}
    assert H.lookup("Total spent") == H.IGNORE  # export's computed columns


FRESHA = ["Client ID", "First Name", "Last Name", "Full Name", "Blocked", "Block Reason",
          "Gender", "Mobile Number", "Telephone", "Email", "Accepts Marketing",
          "Accepts SMS Marketing", "Address", "Apartment and suite", "Area", "City", "State",
          "Post Code", "Date of Birth", "Added", "Note", "Referral Source", "Client Source"]
SQUARE = ["Reference ID", "First Name", "Last Name", "Email Address", "Phone Number",
          "Nickname", "Company Name", "Street Address 1", "Street Address 2", "City", "State",
          "Postal Code", "Birthday", "Memo", "Square Customer ID", "Creation Source",
          "First Visit", "Last Visit", "Transaction Count", "Total Spend",
          "Email Subscription Status", "Instant Profile"]
VAGARO = ["Customer ID", "First Name", "Last Name", "Email", "Cell Phone", "Day Phone",
          "Night Phone", "Address", "City", "State", "Zip", "Birthday", "Gender",
          "Customer Since", "Referred By", "Notes", "Tags"]
GOOGLE = ["First Name", "Middle Name", "Last Name", "Phonetic First Name",
          "Phonetic Middle Name", "Phonetic Last Name", "Name Prefix", "Name Suffix",
          "Nickname", "File As", "Organization Name", "Organization Title",
          "Organization Department", "Birthday", "Notes", "Photo", "Labels",
          "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
          "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
          "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
          "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region",
          "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address",
          "Website 1 - Label", "Website 1 - Value"]
GOOGLE_OLD = ["Name", "Given Name", "Additional Name", "Family Name", "Yomi Name",
              "Given Name Yomi", "Additional Name Yomi", "Family Name Yomi", "Name Prefix",
              "Name Suffix", "Initials", "Nickname", "Short Name", "Maiden Name", "Birthday",
              "Gender", "Location", "Billing Information", "Directory Server", "Mileage",
              "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes", "Language",
              "Photo", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
              "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Type",
              "Organization 1 - Name"]
OUTLOOK = ["First Name", "Middle Name", "Last Name", "Title", "Suffix", "Initials", "Web Page",
           "Gender", "Birthday", "Anniversary", "Location", "Language", "Internet Free Busy",
           "Notes", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Primary Phone",
           "Home Phone", "Home Phone 2", "Mobile Phone", "Pager", "Home Fax", "Home Address",
           "Home Street", "Home Street 2", "Home Street 3", "Home Address PO Box", "Home City",
           "Home State", "Home Postal Code", "Home Country", "Spouse", "Children",
           "Manager's Name", "Assistant's Name", "Referred By", "Company Main Phone",
           "Business Phone", "Business Phone 2", "Business Fax", "Assistant's Phone",
           "Company", "Job Title", "Department", "Office Location",
           "Organizational ID Number", "Profession", "Account", "Business Address",
           "Business Street", "Business City", "Business State", "Business Postal Code",
           "Business Country", "Other Phone", "Other Fax", "Other Address", "Other Street",
           "Other City", "Other State", "Other Postal Code", "Other Country", "Callback",
           "Car Phone", "ISDN", "Radio Phone", "TTY/TDD Phone", "Telex", "User 1", "User 2",
           "User 3", "User 4", "Keywords", "Mileage", "Hobby", "Billing Information",
           "Directory Server", "Sensitivity", "Priority", "Private", "Categories",
           "E-mail Type", "E-mail Display Name"]


@pytest.mark.parametrize("name,headers", [("Fresha", FRESHA), ("Square", SQUARE),
                                          ("Vagaro", VAGARO), ("Google", GOOGLE),
                                          ("Google (old)", GOOGLE_OLD), ("Outlook", OUTLOOK)])
def test_other_systems_need_no_mapping(name, headers):
    got = targets(headers)
    assert [h for h, t in got.items() if t is None] == [], name


def test_other_systems_key_columns():
    fresha = targets(FRESHA)
    assert fresha["Mobile Number"] == "mobile" and fresha["Client ID"] == "external_id"
    assert fresha["Date of Birth"] == "birth_date" and fresha["Block Reason"] == "blocked_reason"
    assert fresha["Accepts SMS Marketing"] == "consent:marketing:sms"
    square = targets(SQUARE)
    assert square["Phone Number"] == H.PHONE_ANY and square["Memo"] == "notes"
    assert square["Square Customer ID"] == "external_id" and square["Total Spend"] == H.IGNORE
    vagaro = targets(VAGARO)
    assert vagaro["Cell Phone"] == "mobile" and vagaro["Zip"] == "postcode"
    google = targets(GOOGLE)
    assert google["E-mail 1 - Value"] == "email" and google["E-mail 2 - Value"] == H.EXTRA_EMAIL
    assert google["Phone 1 - Value"] == "phone_pair:1:value"
    assert google["Phone 1 - Label"] == "phone_pair:1:type"
    assert google["Address 1 - Postal Code"] == "postcode"
    assert google["Middle Name"] == "first_name"
    old = targets(GOOGLE_OLD)
    assert old["Given Name"] == "first_name" and old["Family Name"] == "last_name"
    assert old["Name"] == H.FULL_NAME  # only used when a row has no given/family name
    outlook = targets(OUTLOOK)
    assert outlook["E-mail Address"] == "email" and outlook["Mobile Phone"] == "mobile"
    assert outlook["Home Phone"] == "phone" and outlook["Business Phone"] == H.EXTRA_PHONE
    assert outlook["Birthday"] == "birth_date" and outlook["Company"] == H.NOTES


@pytest.mark.parametrize("headers,expected", [
    # Spanish
    (["Nombre", "Apellidos", "Teléfono móvil", "Correo electrónico", "Fecha de nacimiento",
      "Sexo", "Dirección", "Código postal", "Población", "Provincia", "Observaciones"],
     ["first_name", "last_name", "mobile", "email", "birth_date", "gender", "street",
      "postcode", "city", "region", "notes"]),
    # Italian
    (["Nome", "Cognome", "Cellulare", "Email", "Data di nascita", "Sesso", "Indirizzo",
      "CAP", "Città", "Note"],
     ["first_name", "last_name", "mobile", "email", "birth_date", "gender", "street",
      "postcode", "city", "notes"]),
    # French
    (["Prénom", "Nom", "Portable", "Courriel", "Date de naissance", "Sexe", "Adresse",
      "Code postal", "Ville", "Remarques"],
     ["first_name", "last_name", "mobile", "email", "birth_date", "gender", "street",
      "postcode", "city", "notes"]),
    # German
    (["Vorname", "Nachname", "Handy", "E-Mail", "Geburtsdatum", "Geschlecht", "Straße",
      "PLZ", "Ort", "Bemerkungen", "Kundennummer"],
     ["first_name", "last_name", "mobile", "email", "birth_date", "gender", "street",
      "postcode", "city", "notes", "external_id"]),
    # Portuguese
    (["Nome", "Apelido", "Telemóvel", "E-mail", "Data de nascimento", "Sexo", "Morada",
      "Código postal", "Localidade", "Observações"],
     ["first_name", "last_name", "mobile", "email", "birth_date", "gender", "street",
      "postcode", "city", "notes"]),
    # English, hand made
    (["Surname", "Forename", "Cell", "E-mail address", "DOB", "Post code", "Town"],
     ["last_name", "first_name", "mobile", "email", "birth_date", "postcode", "city"]),
])
def test_languages(headers, expected):
    got = targets(headers)
    assert [got[h] for h in headers] == expected


def test_ambiguous_names_settled_by_other_columns():
    assert targets(["Vorname", "Name"])["Name"] == "last_name"
    assert targets(["Nombre", "Apellidos"])["Nombre"] == "first_name"
    assert targets(["Nom", "Prénom"])["Nom"] == "last_name"
    assert targets(["Nombre", "Móvil"])["Nombre"] == H.FULL_NAME
    assert targets(["Cliente", "Teléfono"])["Cliente"] == H.FULL_NAME


def test_estado_is_status_or_region_by_its_values():
    assert targets(["Nome", "Estado"], [["Ana", "Activo"], ["Rui", "Inactivo"]])[
        "Estado"] == "active"
    assert targets(["Nome", "Estado"], [["Ana", "SP"], ["Rui", "RJ"]])["Estado"] == "region"


def test_normalisation_ignores_case_accents_and_punctuation():
    assert H.lookup("  TELÉFONO-MÓVIL ") == "mobile"
    assert H.lookup("e_mail") == "email"
    assert H.lookup("Fecha de Nacimiento:") == "birth_date"
    assert H.lookup("Something else") is None


def test_header_row_found_below_a_title():
    rows = [["Client list exported 2026-01-01"], [], ["First name", "Last name", "Email"],
            ["Ana", "Ruiz", "ana@example.com"]]
    assert H.find_header_row(rows) == (2, 3)


def test_signature_ignores_order_and_case():
    assert H.signature(["A", "b"]) == H.signature(["B", "a"])
    assert H.signature(["A", "b"]) != H.signature(["A", "c"])
