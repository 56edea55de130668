"""Recognising columns by their headers, in any order and in six languages.

A header is normalised (lower case, no accents, punctuation as spaces) and looked up among our
own template headers, the headers of the customer exports of Fresha, Square, Vagaro, Google
Contacts and Outlook, and the usual headers in English, Spanish, Italian, French, German and
Portuguese. Besides the customer's fields a column can go to:

- ``full_name``: split into first and last name;
- ``extra_email`` / ``extra_phone``: used when the main field is empty, else kept in the notes;
- ``phone_any``: a number that goes to Mobile when it is a mobile number, else to Phone;
- ``phone_pair:N:type`` / ``phone_pair:N:value``: Google's "Phone N - Label/Value" pairs;
- ``gender_hint``: a salutation (Mrs, Herr...) that gives the gender when there is none;
- ``address_formatted``: a whole address, used as the street when no part is given;
- ``notes``: appended to the notes as "Header: value";
- ``ignore``: housekeeping columns of other apps (display names, phonetic names, computed
  figures of our own export...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from salon_desk.services import error_texts as msg
from salon_desk.services.customers.columns import (
    COLUMNS,
    COMPUTED_COLUMNS,
    EXPORT_HEADERS,
    continued_of,
)
from salon_desk.services.texts import Text
from salon_desk.text.fold import fold

IGNORE = "ignore"
NOTES = "notes_extra"
FULL_NAME = "full_name"
EXTRA_EMAIL = "extra_email"
EXTRA_PHONE = "extra_phone"
PHONE_ANY = "phone_any"
GENDER_HINT = "gender_hint"
ADDRESS_FORMATTED = "address_formatted"
NO_HEADER = "no header"  # how a column without a header is matched: to the notes, flagged
_AMBIGUOUS_NAME = "?name"  # Name / Nombre / Nome / Nom: first, last or full name
_AMBIGUOUS_STATE = "?estado"  # Estado: status, or a Brazilian state


def normalise(header: object) -> str:
    text = fold(str(header or ""))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


SYNONYMS: dict[str, str] = {
    "id": "id",
    "external_id": (
        "external id|client id|customer id|client number|customer number|client no|"
        "reference id|reference|ref|account number|member id|member number|square customer id|"
        "vagaro customer id|fresha client id|id cliente|numero de cliente|numero cliente|"
        "n cliente|no cliente|codigo cliente|codigo de cliente|cod cliente|codice cliente|"
        "id client|numero client|n client|code client|kundennummer|kunden nr|kundennr|kunden id|"
        "kunde nr|codigo do cliente|n de cliente|old id|legacy id"),
    "first_name": (
        "first name|firstname|first|given name|forename|forenames|name first|client first name|"
        "customer first name|first names|middle name|additional name|second name|"
        "nombre de pila|primer nombre|segundo nombre|nombres|primo nome|secondo nome|prenom|"
        "prenoms|vorname|vornamen|zweiter vorname|primeiro nome|nome proprio|nomes proprios|"
        "nome de batismo"),
    "last_name": (
        "last name|lastname|surname|surnames|family name|last|name last|client last name|"
        "customer last name|apellidos|apellido|primer apellido|segundo apellido|1er apellido|"
        "2o apellido|cognome|cognomi|nom de famille|nom de naissance|nachname|familienname|"
        "zuname|sobrenome|apelido|apelidos|ultimo nome|ultimo sobrenome"),
    FULL_NAME: (
        "full name|fullname|client name|customer name|client|customer|contact name|"
        "display name|name and surname|nombre completo|nombre y apellidos|nombre cliente|"
        "nombre del cliente|cliente|nome completo|nome e cognome|nome cliente|nom complet|"
        "nom et prenom|nom prenom|client e|vollstandiger name|kunde|kundenname|name vorname|"
        "nome do cliente"),
    _AMBIGUOUS_NAME: "name|nombre|nome|nom",
    "email": (
        "email|e mail|email address|e mail address|mail|mail address|client email|"
        "customer email|email 1|primary email|correo|correo electronico|email cliente|"
        "direccion de correo|direccion de email|e mail 1|posta elettronica|indirizzo email|"
        "indirizzo e mail|courriel|adresse e mail|adresse mail|adresse email|mel|"
        "e mail adresse|emailadresse|mailadresse|endereco de email|endereco de e mail|"
        "endereco eletronico|correio eletronico"),
    EXTRA_EMAIL: (
        "email 2|email 3|e mail 2|e mail 3|e mail 2 address|e mail 3 address|secondary email|"
        "other email|alternative email|work email|otro email|otro correo|altra email|"
        "autre email|weitere e mail|outro email"),
    "mobile": (
        "mobile|mobile phone|mobile number|mobile no|mobile telephone|cell|cell phone|"
        "cellphone|cellular|cell number|phone mobile|client mobile|customer mobile|whatsapp|"
        "sms|sms number|telefono movil|movil|numero de movil|celular|telefono celular|"
        "numero movil|tel movil|cellulare|telefono cellulare|numero di cellulare|cell|"
        "portable|telephone portable|tel portable|numero de portable|handy|handynummer|mobil|"
        "mobiltelefon|mobilnummer|mobilfunk|mobilfunknummer|telemovel|numero de telemovel|"
        "telefone celular|numero de celular|telefone movel"),
    "phone": (
        "landline|home phone|home phone 2|telephone fixe|fixe|telefono fijo|fijo|telefono casa|"
        "telefono fisso|fisso|telefono di casa|festnetz|festnetznummer|telefon privat|"
        "telefone fixo|telefone de casa|day phone|night phone|evening phone|home telephone|"
        "home address po box"),
    PHONE_ANY: (
        "phone|telephone|phone number|tel|telephone number|phone no|primary phone|main phone|"
        "contact number|contact phone|client phone|customer phone|telefono|numero de telefono|"
        "tlf|tfno|telf|numero di telefono|telephone|numero de telephone|telefon|"
        "telefonnummer|rufnummer|telefone|numero de telefone|contacto|contatto|kontakt"),
    EXTRA_PHONE: (
        "phone 2|other phone|work phone|business phone|business phone 2|company main phone|"
        "alternative phone|secondary phone|otro telefono|telefono trabajo|altro telefono|"
        "telefono ufficio|autre telephone|telephone travail|telefon geschaftlich|"
        "weitere telefonnummer|outro telefone|telefone trabalho|car phone|callback"),
    "gender": "gender|sex|genero|sexo|genere|sesso|sexe|genre|geschlecht|gender identity",
    GENDER_HINT: "salutation|title|anrede|tratamiento|titulo|titolo|civilite|tratamento",
    "birth_date": (
        "date of birth|birth date|birthdate|birthday|dob|d o b|born|date birth|"
        "fecha de nacimiento|fecha nacimiento|f nacimiento|nacimiento|cumpleanos|"
        "fecha de cumpleanos|data di nascita|data nascita|compleanno|nato il|date de naissance|"
        "anniversaire|ne le|nee le|geburtsdatum|geburtstag|geb datum|data de nascimento|"
        "data nascimento|nascimento|aniversario|data de aniversario"),
    "anniversary": (
        "anniversary|wedding anniversary|fecha de aniversario|anniversario|"
        "anniversario di matrimonio|anniversaire de mariage|hochzeitstag|jahrestag|"
        "data de casamento|aniversario de casamento"),
    "street": (
        "street|address|address 1|address line 1|address line 2|address 2|street address|"
        "street address 1|street address 2|street 1|street 2|apartment and suite|home street|"
        "home street 2|home street 3|po box|calle|direccion|domicilio|direccion postal|"
        "indirizzo|via|adresse|rue|adresse postale|complement d adresse|strasse|anschrift|"
        "strasse und hausnummer|hausnummer|morada|endereco|rua|complemento"),
    ADDRESS_FORMATTED: (
        "home address|full address|formatted address|direccion completa|indirizzo completo|"
        "adresse complete|vollstandige adresse|morada completa|endereco completo"),
    "city": (
        "city|town|suburb|home city|ciudad|localidad|poblacion|municipio|citta|comune|localita|"
        "ville|commune|stadt|ort|wohnort|cidade|localidade|concelho"),
    "postcode": (
        "postcode|post code|postal code|zip|zip code|zipcode|postal|home postal code|"
        "codigo postal|cp|c p|cod postal|cap|code postal|plz|postleitzahl|cep|"
        "codigo de endereco postal"),
    "region": (
        "region|state|province|county|area|state province|home state|provincia|comunidad|"
        "comunidad autonoma|regione|departement|bundesland|kanton|distrito|estado provincia"),
    _AMBIGUOUS_STATE: "estado|situacion|situacao",
    "country": (
        "country|country region|home country region|home country|country code|pais|paese|"
        "nazione|pays|land|"
        "staat|pais de residencia"),
    "preferred_staff": (
        "preferred staff|preferred employee|preferred stylist|preferred therapist|staff|"
        "stylist|therapist|employee|team member|empleado preferido|empleado|profesional|"
        "estilista|peluquero|esthetician|operatore|operatrice|dipendente|personnel|"
        "collaborateur|coiffeur|mitarbeiter|friseur|profissional|funcionario"),
    "referral_source": (
        "referral source|referral|referred by|source|client source|customer source|"
        "lead source|how did you hear about us|how did you find us|origen|como nos conocio|"
        "procedencia|fuente|canal|fonte|provenienza|come ci hai conosciuto|"
        "comment nous avez vous connu|provenance|empfohlen von|quelle|wie haben sie uns gefunden|"
        "origem|como nos conheceu|indicacao"),
    "customer_since": (
        "customer since|client since|added|date added|created|created at|created on|"
        "creation date|date created|first visit|member since|registration date|signup date|"
        "sign up date|cliente desde|fecha de alta|alta|fecha alta|fecha de registro|"
        "fecha creacion|cliente dal|data registrazione|data di iscrizione|data creazione|"
        "client depuis|date de creation|date d inscription|kunde seit|erstellt am|angelegt am|"
        "registriert am|data de registo|data de cadastro|data de registro"),
    "category": (
        "category|customer category|client category|customer group|client group|group|"
        "categoria|grupo|tipo de cliente|gruppo|categorie|groupe|kategorie|gruppe|kundengruppe"),
    "discount_percent": (
        "discount|discount percent|discount rate|standing discount|descuento|dto|sconto|"
        "remise|rabatt|desconto"),
    "notes": (
        "notes|note|comments|comment|memo|remarks|observations|client notes|customer notes|"
        "additional info|additional information|notas|nota|observaciones|comentarios|"
        "osservazioni|commenti|remarques|commentaires|observation|notizen|notiz|bemerkungen|"
        "bemerkung|anmerkungen|kommentar|kommentare|observacoes|comentario"),
    "allergies": (
        "allergies|allergy|medical notes|medical information|medical conditions|health notes|"
        "health information|contraindications|alergias|alergia|informacion medica|"
        "notas medicas|allergie|informazioni mediche|allergien|gesundheit|"
        "informacoes medicas|contraindicaciones|controindicazioni|contre indications"),
    "active": (
        "status|active|client status|customer status|activo|estado cliente|stato|attivo|"
        "statut|actif|aktiv|ativo"),
    "blocked": "blocked|block|banned|bloqueado|bloccato|bloque|gesperrt|blacklisted",
    "blocked_reason": (
        "blocked reason|block reason|reason blocked|blocking reason|motivo bloqueo|"
        "motivo del bloqueo|motivo blocco|raison du blocage|motif du blocage|sperrgrund|"
        "motivo do bloqueio"),
    "privacy_accepted_at": (
        "privacy accepted|privacy policy accepted|privacy|privacy consent|gdpr consent|gdpr|"
        "rgpd|lopd|consentimiento privacidad|privacidad aceptada|politica de privacidad|"
        "privacy accettata|consenso privacy|confidentialite acceptee|datenschutz akzeptiert|"
        "datenschutz|privacidade aceite|privacidade"),
    "notify_reminders": (
        "appointment reminders|reminders|send reminders|recordatorios|recordatorios de citas|"
        "promemoria|rappels|rappels de rendez vous|erinnerungen|terminerinnerungen|lembretes"),
    "notify_birthday": (
        "birthday greetings|birthday messages|birthday wishes|felicitacion cumpleanos|"
        "felicitaciones|auguri compleanno|auguri|voeux anniversaire|geburtstagsgruss|"
        "geburtstagsgrusse|felicitacoes de aniversario"),
    "notify_marketing": (
        "marketing messages|marketing|newsletter|promotions|accepts promotions|publicidad|"
        "promociones|acepta publicidad|comunicaciones comerciales|promozioni|offerte|"
        "publicite|offres|werbung|publicidade|promocoes|email subscription status"),
    "consent:marketing:email": "accepts marketing|accepts email marketing|email marketing",
    "consent:marketing:sms": "accepts sms marketing|sms marketing|accepts text marketing",
    "badges": "badges|badge|tags|tag|etiquetas|etiqueta|etichette|etiquettes|schlagworte",
    NOTES: (
        "company|company name|organization|organisation|job title|occupation|profession|"
        "department|nickname|spouse|children|hobby|web page|website|personal web page|"
        "labels|group membership|categories|empresa|profesion|ocupacion|apodo|azienda|"
        "professione|soprannome|entreprise|societe|metier|surnom|firma|beruf|spitzname|"
        "profissao|alcunha|dni|nif|nie|codice fiscale|cpf|steuernummer|national id|"
        "instagram|facebook|language|idioma|lingua|langue|sprache|user 1|user 2|user 3|user 4|"
        "government id number|account|billing information|mileage|referred by name|"
        "organization name|organization title|organization department|maiden name|"
        "business fax|home fax|other fax|pager|assistant s phone|assistant s name|"
        "manager s name|isdn|radio phone|telex|tty tdd phone|business address|business street|"
        "business street 2|business street 3|business address po box|business city|"
        "business state|business postal code|business country|business country region|"
        "other address|other street|other street 2|other street 3|other address po box|"
        "other city|other state|other postal code|other country|other country region|"),
    IGNORE: (
        "file as|phonetic first name|phonetic middle name|phonetic last name|name prefix|"
        "name suffix|suffix|initials|e mail display name|e mail 2 display name|"
        "e mail 3 display name|e mail type|e mail 2 type|e mail 3 type|priority|sensitivity|"
        "private|internet free busy|directory server|keywords|location|office location|"
        "photo|creation source|instant profile|transaction count|total spend|total spent|"
        "total sales|visits|last visit|points|debt|last appointment|next appointment|"
        "appointments|no shows|cancellations|outstanding|balance|loyalty points|sales|"
        "average spend|first name yomi|last name yomi|company yomi|nickname yomi|"
        "email subscription|last updated|updated|updated at|modified|last modified|row|"
        "row number|n|no|nr|numero|sl no|sr no|s no|#|yomi name|given name yomi|"
        "additional name yomi|family name yomi|short name|subject|organizational id number|"
        "e mail 1 type|problem|problems"),
}
for _c in COMPUTED_COLUMNS:
    SYNONYMS[IGNORE] += "|" + _c.header

_TABLE: dict[str, str] = {}
for _c in COLUMNS:  # our own headers come first
    _TABLE[normalise(_c.header)] = _c.key
for _target, _variants in SYNONYMS.items():
    for _variant in _variants.split("|"):
        _TABLE.setdefault(normalise(_variant), _target)

# Google Contacts: "E-mail 1 - Value", "Phone 2 - Label", "Address 1 - City"...
_GOOGLE = re.compile(r"^(e mail|email|phone|address|organization|organisation|website|relation|"
                     r"event|im|custom field|external id|location|calendar link|jot|"
                     r"sip address)\s+(\d+)\s+(.+)$")
_GOOGLE_ADDRESS = {"street": "street", "extended address": "street", "po box": "street",
                   "city": "city", "region": "region", "postal code": "postcode",
                   "country": "country", "formatted": ADDRESS_FORMATTED}
_NUMBERED = re.compile(r"^(.*\D)\s+(\d)$")


def _google(kind: str, number: int, part: str) -> str | None:
    if part in ("type", "label"):
        return f"phone_pair:{number}:type" if kind == "phone" else IGNORE
    if kind in ("e mail", "email"):
        return "email" if number == 1 and part == "value" else (
            EXTRA_EMAIL if part == "value" else IGNORE)
    if kind == "phone":
        return f"phone_pair:{number}:value" if part == "value" else IGNORE
    if kind == "address":
        return _GOOGLE_ADDRESS.get(part, IGNORE if number > 1 else None)
    if kind == "external id":
        return "external_id" if number == 1 and part == "value" else NOTES
    if part == "value" or kind == "organization":
        return NOTES
    return IGNORE


def lookup(header: object) -> str | None:
    """The target of one header on its own (ambiguous names still marked with "?")."""
    if (base := continued_of(header)) in EXPORT_HEADERS:  # our export's "Notes (continued)"
        return lookup(base)
    key = normalise(header)
    if not key:
        return None
    if key in _TABLE:
        return _TABLE[key]
    if m := _GOOGLE.match(key):
        return _google(m.group(1), int(m.group(2)), m.group(3))
    if m := _NUMBERED.match(key):  # "Email 2", "Telefono 2", "Notes 2"
        base = _TABLE.get(m.group(1).strip())
        if base in ("email", EXTRA_EMAIL):
            return EXTRA_EMAIL if m.group(2) != "1" else "email"
        if base in ("mobile", "phone", PHONE_ANY, EXTRA_PHONE):
            return base if m.group(2) == "1" else EXTRA_PHONE
        if base in ("street", "notes", "allergies", "first_name", "last_name", NOTES, IGNORE):
            return base
    return None


@dataclass
class ColumnMatch:
    index: int
    header: str
    target: str | None  # None: not recognised, the user maps it or ignores it
    how: str = "header"  # header | saved | user | none | no header


def recognise(headers: list[object], samples: list[list[object]] | None = None
              ) -> list[ColumnMatch]:
    """Match every column; ambiguous names and "Estado" are settled from the other columns
    and, for "Estado", from sample values."""
    matches = []
    for index, header in enumerate(headers):
        text = "" if header is None else str(header).strip()
        if not text:
            if samples and any(_has(row, index) for row in samples):
                matches.append(no_header(index))
            continue
        target = lookup(text)
        matches.append(ColumnMatch(index, text, target, "header" if target else "none"))
    targets = {m.target for m in matches}
    has_first, has_last = "first_name" in targets, "last_name" in targets
    for m in matches:
        if m.target == _AMBIGUOUS_NAME:
            if has_last and not has_first:
                m.target = "first_name"
            elif has_first and not has_last:
                m.target = "last_name"
            else:  # used only for rows whose first and last names are empty
                m.target = FULL_NAME
        elif m.target == _AMBIGUOUS_STATE:
            m.target = _settle_estado(m.index, samples or [], "active" in targets)
    return matches


def no_header(index: int) -> ColumnMatch:
    """A column with values but no header: kept in the notes (and flagged) unless mapped."""
    return ColumnMatch(index, Text(msg.IMPORT_COLUMN_NO_HEADER, column=_letters(index)), NOTES,
                       NO_HEADER)


def _has(row: list[object], index: int) -> bool:
    return index < len(row) and row[index] not in (None, "")


def _letters(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _settle_estado(index: int, samples: list[list[object]], has_status: bool) -> str:
    from salon_desk.services.importing.values import Unreadable, parse_status

    if has_status:
        return "region"
    values = [row[index] for row in samples if _has(row, index)]
    readable = 0
    for value in values:
        try:
            parse_status(value)
            readable += 1
        except Unreadable:
            pass
    return "active" if not values or readable >= len(values) / 2 else "region"


def find_header_row(rows: list[list[object]], limit: int = 30) -> tuple[int, int]:
    """(index of the header row, how many of its cells are known headers).

    The header row is the one among the first rows with most recognised headers; a title row
    or blank rows above it are skipped.
    """
    best, best_score = 0, -1
    known: dict[str, bool] = {}  # the same texts come back row after row (wide files)

    def is_header(cell: str) -> bool:
        if cell not in known:
            known[cell] = lookup(cell) is not None
        return known[cell]

    for i, row in enumerate(rows[:limit]):
        score = sum(1 for cell in row if isinstance(cell, str) and is_header(cell))
        if score > best_score:
            best, best_score = i, score
        if best_score >= 3 and score == 0 and i > best + 2:
            break
    if best_score <= 0:
        for i, row in enumerate(rows[:limit]):
            if sum(1 for cell in row if cell not in (None, "")) >= 2:
                return i, 0
    return best, max(best_score, 0)


def signature(headers: list[str]) -> str:
    """A key for a set of headers (order and case do not matter), to remember a mapping."""
    import hashlib

    joined = "\n".join(sorted(normalise(h) for h in headers if normalise(h)))
    return hashlib.sha1(joined.encode()).hexdigest()[:16]
