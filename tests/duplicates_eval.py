"""A labelled evaluation set for the duplicate finder: synthetic customers, some entered twice.

Deterministic for a seed. People come from Faker in the salon's languages, with Zipf-skewed
name pools so that common names and surnames are common. Some are entered again with the
slips real front desks make (typos, transposed letters, first and last name swapped,
nicknames and short forms, missing fields, accents dropped, phones written another way,
address variations, a new email with the same phone, a married name...). And there are
people who are NOT the same but look alike: families sharing a phone, an email and an
address (different first names and birth dates), twins, a son named after his father,
namesakes, neighbours with the same common surname in the same street.

Every record carries ``entity`` (the person) so the true duplicate pairs are known.

    python tests/duplicates_eval.py --people 2000 --seed 11 --out tests/data/duplicates_eval.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import unicodedata
from collections import defaultdict
from pathlib import Path

from faker import Faker

from salon_desk.services.demo.salon import COUNTRIES
from salon_desk.services.duplicates.nicknames import CANONICAL, COMPOUND

FIXTURE = Path(__file__).resolve().parent / "data" / "duplicates_eval.json"
FIXTURE_SEED = 11
FIXTURE_PEOPLE = 2000

# country, Faker locale, share of customers
LOCALES = [("ES", "es_ES", 0.50), ("GB", "en_GB", 0.10), ("FR", "fr_FR", 0.09),
           ("IT", "it_IT", 0.09), ("DE", "de_DE", 0.08), ("PT", "pt_PT", 0.08),
           ("PL", "pl_PL", 0.04), ("GR", "el_GR", 0.02)]
MOBILES = {code: (prefixes, rest) for code, _l, _w, prefixes, rest in COUNTRIES}
DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "post.example.net"]
FIELDS = ("first_name", "last_name", "email", "mobile", "phone", "gender", "birth_year",
          "birth_month", "birth_day", "street", "postcode", "city")

# How duplicates differ from the first record (weights).
CORRUPTIONS = {
    "typo_first": 6, "typo_last": 8, "transpose": 6, "swap_names": 4, "nickname": 7,
    "diminutive": 2, "drop_email": 6, "drop_mobile": 5, "drop_birth": 6, "drop_address": 6,
    "drop_second_surname": 5, "drop_first": 1, "no_accents": 8, "upper": 3,
    "phone_format": 8, "address_variation": 7, "new_email": 6, "new_phone": 5,
    "married_name": 3, "birth_variation": 4, "full_name_in_first": 2, "email_tag": 2,
    "latin_script": 2,
}


def _variants() -> dict[str, list[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for variant, canons in CANONICAL.items():
        for canon in canons:
            if canon != variant:
                out[canon].add(variant)
                out[variant].add(canon)
    for variant, options in COMPOUND.items():
        for words in options:
            out[" ".join(words)].add(variant)
    return {k: sorted(v) for k, v in out.items()}


NICKNAMES = _variants()


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold(text: str) -> str:
    return strip_accents(text).lower()


class Pools:
    """Zipf-weighted names, streets and places of one country."""

    def __init__(self, locale: str, seed: int) -> None:
        fake = Faker(locale)
        fake.seed_instance(seed)
        self.fake = fake
        self.female = sorted({fake.first_name_female() for _ in range(600)})
        self.male = sorted({fake.first_name_male() for _ in range(400)})
        last = getattr(fake, "last_name_female", fake.last_name)
        self.last = sorted({fake.last_name() for _ in range(900)})
        self.last_female = sorted({last() for _ in range(900)})
        self.streets = sorted({fake.street_name() for _ in range(400)})
        self.places = sorted({(fake.postcode(), fake.city()) for _ in range(120)})
        rng = random.Random(seed)
        for pool in (self.female, self.male, self.last, self.last_female, self.streets):
            rng.shuffle(pool)

    @staticmethod
    def pick(rng: random.Random, pool: list[str], skew: float = 1.0) -> str:
        # Zipf-like: rank r is chosen with weight 1 / (r + 1) ** skew.
        n = len(pool)
        u = rng.random()
        index = int(n ** u) - 1 if skew else int(u * n)
        return pool[min(max(index, 0), n - 1)]


def _mobile(rng: random.Random, country: str) -> str:
    prefixes, rest = MOBILES[country]
    return rng.choice(prefixes) + "".join(rng.choice("0123456789") for _ in range(rest))


def _landline(rng: random.Random, country: str) -> str:
    code = {"ES": "+349", "GB": "+4420", "FR": "+331", "IT": "+3906", "DE": "+4930",
            "PT": "+35121", "PL": "+4822", "GR": "+30210"}[country]
    return code + "".join(rng.choice("0123456789") for _ in range(12 - len(code) + 1))


_USED_EMAILS: set[str] = set()


def _email(rng: random.Random, first: str, last: str) -> str:
    """A new address nobody else has (people share one only on purpose: families)."""
    for _ in range(20):
        email = _email_guess(rng, first, last)
        if email not in _USED_EMAILS:
            _USED_EMAILS.add(email)
            return email
    return f"{rng.randrange(10**9)}.{email}"


def _email_guess(rng: random.Random, first: str, last: str) -> str:
    f = "".join(ch for ch in _fold(first) if ch.isalnum()) or "info"
    surname = _fold(last).split()[0] if last else "x"
    surname = "".join(ch for ch in surname if ch.isalnum()) or "x"
    pattern = rng.randrange(6)
    local = [f"{f}.{surname}", f"{f}{surname}", f"{f[0]}{surname}",
             f"{f}.{surname}{rng.randint(1, 99)}", f"{f}{rng.randint(60, 99)}",
             f"{surname}.{f}"][pattern]
    return f"{local}@{rng.choice(DOMAINS)}"


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.pools = {code: Pools(locale, seed) for code, locale, _ in LOCALES}
        self.records: list[dict] = []
        self.entity = 0

    # -- people --------------------------------------------------------------------------
    def _surname(self, country: str, gender: str) -> str:
        pools = self.pools[country]
        pool = pools.last_female if gender == "female" and country in ("PL", "GR") else pools.last
        last = Pools.pick(self.rng, pool)
        if country in ("ES", "PT") and self.rng.random() < 0.85:
            last = f"{last} {Pools.pick(self.rng, pools.last)}"
        return last

    def person(self, country: str | None = None, **given) -> dict:
        rng = self.rng
        if country is None:
            country = rng.choices([c for c, _, _ in LOCALES], [w for *_, w in LOCALES])[0]
        pools = self.pools[country]
        gender = given.pop("gender", None) or rng.choices(["female", "male"], [72, 28])[0]
        first = Pools.pick(rng, pools.female if gender == "female" else pools.male)
        last = self._surname(country, gender)
        rec = {"country": country, "gender": gender, "first_name": first, "last_name": last,
               "email": None, "mobile": None, "phone": None, "birth_year": None,
               "birth_month": None, "birth_day": None, "street": None, "postcode": None,
               "city": None}
        if rng.random() < 0.7:
            rec["birth_month"], rec["birth_day"] = rng.randint(1, 12), rng.randint(1, 28)
            if rng.random() < 0.85:
                rec["birth_year"] = rng.randint(1950, 2007)
        if rng.random() < 0.9:
            rec["mobile"] = _mobile(rng, country)
        if rng.random() < 0.12:
            rec["phone"] = _landline(rng, country)
        if rng.random() < 0.72:
            rec["email"] = _email(rng, first, last)
        if rng.random() < 0.6:
            rec["street"] = f"{Pools.pick(rng, pools.streets, 0)} {rng.randint(1, 120)}"
            rec["postcode"], rec["city"] = rng.choice(pools.places)
        rec.update(given)
        if "email" not in given and rec["email"]:
            rec["email"] = _email(rng, rec["first_name"], rec["last_name"])
        return rec

    def add(self, rec: dict, entity: int, role: str, changes: tuple[str, ...] = ()) -> None:
        row = {k: rec.get(k) for k in FIELDS}
        row.update(entity=entity, role=role, changes=list(changes), country=rec["country"])
        self.records.append(row)

    def new_entity(self) -> int:
        self.entity += 1
        return self.entity

    # -- households and look-alikes -------------------------------------------------------
    def household(self) -> list[dict]:
        """Two to four people living together: shared address, often a shared phone/email."""
        rng = self.rng
        country = rng.choices([c for c, _, _ in LOCALES], [w for *_, w in LOCALES])[0]
        parent = self.person(country)
        parent["birth_year"] = parent["birth_year"] and rng.randint(1950, 1985)
        if not parent["street"]:
            pools = self.pools[country]
            parent["street"] = f"{Pools.pick(rng, pools.streets, 0)} {rng.randint(1, 120)}"
            parent["postcode"], parent["city"] = rng.choice(pools.places)
        members = [parent]
        family_email = None
        if rng.random() < 0.3:
            family_email = f"{_fold(parent['last_name']).split()[0]}.family@{rng.choice(DOMAINS)}"
            parent["email"] = family_email
        used_first = {parent["first_name"]}
        for k in range(rng.choice([1, 1, 2, 3])):
            gender = rng.choice(["female", "male"])
            child = self.person(country, gender=gender)
            if country in ("ES", "PT"):
                mother_line = self._surname(country, gender).split()[0]
                child["last_name"] = f"{parent['last_name'].split()[0]} {mother_line}"
            else:
                child["last_name"] = parent["last_name"]
            if k == 0 and gender == parent["gender"] and rng.random() < 0.06:
                child["first_name"] = parent["first_name"]  # named after the parent
            else:
                while child["first_name"] in used_first:
                    child["first_name"] = self.person(country, gender=gender)["first_name"]
            used_first.add(child["first_name"])
            child["birth_year"] = child["birth_year"] and rng.randint(1986, 2010)
            child["street"], child["postcode"], child["city"] = (
                parent["street"], parent["postcode"], parent["city"])
            if rng.random() < 0.45 and parent["mobile"]:
                child["mobile"] = parent["mobile"]  # the mother's mobile on the child's card
            child["phone"] = parent["phone"] if rng.random() < 0.7 else child["phone"]
            if family_email and rng.random() < 0.7:
                child["email"] = family_email
            elif child["email"]:
                child["email"] = _email(rng, child["first_name"], child["last_name"])
            members.append(child)
        if len(members) >= 3 and rng.random() < 0.15:
            twin = dict(members[-1])  # twins: same birth date, different first names
            twin["gender"] = rng.choice(["female", "male"])
            while twin["first_name"] in used_first:
                twin["first_name"] = self.person(country, gender=twin["gender"])["first_name"]
            if twin["email"] and twin["email"] != family_email:
                twin["email"] = _email(rng, twin["first_name"], twin["last_name"])
            if rng.random() < 0.5:
                twin["mobile"] = _mobile(rng, country)
            members.append(twin)
        return members

    def namesake(self, other: dict) -> dict:
        """Someone else with the same name (different birth date, phone, email, address)."""
        rec = self.person(other["country"], gender=other["gender"])
        rec["first_name"], rec["last_name"] = other["first_name"], other["last_name"]
        if rec["email"]:
            rec["email"] = _email(self.rng, rec["first_name"], rec["last_name"])
        return rec

    def neighbour(self, other: dict) -> dict:
        """An unrelated person with the same surname at the same street."""
        rec = self.person(other["country"])
        rec["last_name"] = other["last_name"].split()[0] if self.rng.random() < 0.5 else (
            other["last_name"])
        street = other["street"] or ""
        words = street.rsplit(" ", 1)
        if self.rng.random() < 0.5 and len(words) == 2:
            street = f"{words[0]} {self.rng.randint(1, 120)}"
        rec["street"], rec["postcode"], rec["city"] = street, other["postcode"], other["city"]
        if rec["email"]:
            rec["email"] = _email(self.rng, rec["first_name"], rec["last_name"])
        return rec

    # -- duplicates ----------------------------------------------------------------------
    def _typo(self, word: str) -> str:
        rng = self.rng
        if len(word) < 3:
            return word + rng.choice("aeinrs")
        i = rng.randrange(1, len(word) - 1)
        kind = rng.randrange(3)
        if kind == 0:
            return word[:i] + word[i + 1:]  # a letter left out
        if kind == 1:
            return word[:i] + rng.choice("aeilnorstu") + word[i:]  # one too many
        return word[:i] + rng.choice("aeilnorstu") + word[i + 1:]  # a wrong letter

    def _transpose(self, word: str) -> str:
        if len(word) < 4:
            return word
        i = self.rng.randrange(1, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]

    def _in_one_word(self, name: str, change) -> str:
        words = name.split()
        if not words:
            return name
        k = self.rng.randrange(len(words))
        words[k] = change(words[k])
        return " ".join(words)

    def corrupt(self, base: dict, kinds: list[str]) -> tuple[dict, list[str]]:
        rng = self.rng
        rec = dict(base)
        done = []
        for kind in kinds:
            if kind == "typo_first" and rec["first_name"]:
                rec["first_name"] = self._in_one_word(rec["first_name"], self._typo)
            elif kind == "typo_last" and rec["last_name"]:
                rec["last_name"] = self._in_one_word(rec["last_name"], self._typo)
            elif kind == "transpose":
                field = rng.choice(["first_name", "last_name"])
                if not rec[field] or len(rec[field]) < 4:
                    continue
                rec[field] = self._in_one_word(rec[field], self._transpose)
            elif kind == "swap_names" and rec["first_name"] and rec["last_name"]:
                rec["first_name"], rec["last_name"] = rec["last_name"], rec["first_name"]
            elif kind == "nickname":
                options = NICKNAMES.get(_fold(rec["first_name"]))
                if not options:
                    continue
                rec["first_name"] = rng.choice(options).title()
            elif kind == "diminutive" and base["country"] in ("ES", "PT", "IT"):
                word = rec["first_name"].split()[0] if rec["first_name"] else ""
                if len(word) < 4 or word[-1] not in "ao":
                    continue
                suffix = {"ES": "it", "PT": "inh", "IT": "in"}[base["country"]]
                rec["first_name"] = word[:-1] + suffix + word[-1]
            elif kind == "drop_email" and rec["email"]:
                rec["email"] = None
            elif kind == "drop_mobile" and rec["mobile"]:
                rec["mobile"] = None
            elif kind == "drop_birth" and rec["birth_month"]:
                rec["birth_year"] = rec["birth_month"] = rec["birth_day"] = None
            elif kind == "drop_address" and (rec["street"] or rec["postcode"]):
                rec["street"] = rec["postcode"] = rec["city"] = None
            elif kind == "drop_second_surname" and len(rec["last_name"].split()) == 2:
                rec["last_name"] = rec["last_name"].split()[rng.choice([0, 0, 0, 1])]
            elif kind == "drop_first" and rec["first_name"] and rec["last_name"]:
                rec["first_name"] = ""
            elif kind == "no_accents":
                rec["first_name"] = strip_accents(rec["first_name"])
                rec["last_name"] = strip_accents(rec["last_name"])
                if rec["street"]:
                    rec["street"] = strip_accents(rec["street"])
            elif kind == "upper":
                rec["first_name"], rec["last_name"] = (rec["first_name"].upper(),
                                                       rec["last_name"].upper())
            elif kind == "phone_format" and rec["mobile"]:
                rec["mobile"] = self._reformat_phone(rec["mobile"])
            elif kind == "address_variation" and rec["street"]:
                rec["street"] = self._vary_street(rec["street"])
                if rng.random() < 0.3:
                    rec["postcode"] = None
            elif kind == "new_email":
                rec["email"] = _email(rng, rec["first_name"] or "x", rec["last_name"] + " x")
                if rec["email"] == base["email"]:
                    rec["email"] = "new." + rec["email"]
            elif kind == "new_phone" and rec["mobile"]:
                rec["mobile"] = _mobile(rng, base["country"])
            elif kind == "married_name" and rec["last_name"]:
                rec["last_name"] = self._married(rec["last_name"], base["country"])
            elif kind == "birth_variation" and rec["birth_month"]:
                self._vary_birth(rec)
            elif kind == "full_name_in_first" and rec["last_name"]:
                rec["first_name"] = f"{rec['first_name']} {rec['last_name']}".strip()
                rec["last_name"] = ""
            elif kind == "email_tag" and rec["email"]:
                local, _, domain = rec["email"].partition("@")
                rec["email"] = f"{local}+{rng.choice(['salon', 'beauty', 'promo'])}@{domain}"
            elif kind == "latin_script" and base["country"] == "GR":
                from salon_desk.text.fold import fold_words

                rec["first_name"] = fold_words(rec["first_name"]).title()
                rec["last_name"] = fold_words(rec["last_name"]).title()
            else:
                continue
            done.append(kind)
        return rec, done

    def _reformat_phone(self, e164: str) -> str:
        rng = self.rng
        digits = e164[1:]
        cc = {"34": 2, "44": 2, "33": 2, "39": 2, "49": 2, "35": 3, "48": 2, "30": 2, "38": 3}
        n = cc.get(digits[:2], 2)
        national = digits[n:]
        style = rng.randrange(4)
        if style == 0:
            return "00" + digits
        if style == 1:
            return " ".join(national[i:i + 3] for i in range(0, len(national), 3))
        if style == 2:
            return f"+{digits[:n]} {national[:3]} {national[3:6]} {national[6:]}"
        lead = "0" if digits[:2] in ("44", "33", "49", "39") and digits[:2] != "39" else ""
        return f"{lead}{national[:3]}-{national[3:]}"

    def _vary_street(self, street: str) -> str:
        rng = self.rng
        words = street.split()
        swaps = {"Calle": ["C/", "C.", "Cl."], "Avenida": ["Avda.", "Av."], "Plaza": ["Pza."],
                 "Paseo": ["Pº", "Pso."], "Street": ["St"], "Road": ["Rd"], "Avenue": ["Ave"],
                 "Via": ["V."], "Piazza": ["P.zza"], "Rua": ["R."], "Straße": ["Str."],
                 "avenue": ["av."], "rue": ["r."], "boulevard": ["bd"], "Ulica": ["ul."]}
        words = [rng.choice(swaps[w]) if w in swaps and rng.random() < 0.8 else w for w in words]
        if words and words[-1].isdigit() and rng.random() < 0.6:
            words[-1] = rng.choice([f"nº {words[-1]}", f"{words[-1]}, 2º B", f"{words[-1]} bajo",
                                    f", {words[-1]}"])
        text = " ".join(words)
        if rng.random() < 0.3:
            text = strip_accents(text).lower()
        return text

    def _married(self, last: str, country: str) -> str:
        rng = self.rng
        pools = self.pools[country]
        other = Pools.pick(rng, pools.last)
        if country in ("ES", "PT"):
            return f"{last} de {other}" if rng.random() < 0.3 else last.split()[0]
        if rng.random() < 0.5:
            return f"{other}-{last}" if rng.random() < 0.5 else f"{last}-{other}"
        return other  # the surname changed altogether

    def _vary_birth(self, rec: dict) -> None:
        rng = self.rng
        kind = rng.randrange(3)
        if kind == 0 and rec["birth_day"] <= 12:
            rec["birth_day"], rec["birth_month"] = rec["birth_month"], rec["birth_day"]
        elif kind == 1 and rec["birth_year"]:
            rec["birth_year"] += rng.choice([-1, 1, 10, -10])
        else:
            rec["birth_year"] = None

    def duplicate(self, base: dict) -> tuple[dict, list[str]]:
        kinds = list(CORRUPTIONS)
        weights = list(CORRUPTIONS.values())
        count = self.rng.choices([1, 2, 3, 4], [35, 38, 20, 7])[0]
        chosen = []
        while len(chosen) < count:
            kind = self.rng.choices(kinds, weights)[0]
            if kind not in chosen:
                chosen.append(kind)
        rec, done = self.corrupt(base, chosen)
        if not done:
            rec, done = self.corrupt(base, ["no_accents", "phone_format"])
        return rec, done


def generate(people: int = 2000, seed: int = 11) -> list[dict]:
    """Records (dicts with FIELDS, ``id``, ``entity``, ``role``, ``changes``), shuffled."""
    _USED_EMAILS.clear()
    gen = Generator(seed)
    rng = gen.rng
    bases: list[dict] = []
    while len(bases) < people:
        roll = rng.random()
        if roll < 0.14:
            group = gen.household()
            for member in group:
                gen.add(member, gen.new_entity(), "family")
            bases.extend(group)
            continue
        if roll < 0.19 and bases:
            rec = gen.namesake(rng.choice(bases))
            role = "namesake"
        elif roll < 0.24 and bases:
            other = rng.choice(bases)
            if not other["street"]:
                continue
            rec, role = gen.neighbour(other), "neighbour"
        else:
            rec, role = gen.person(), "person"
        gen.add(rec, gen.new_entity(), role)
        bases.append(rec)
    # Duplicates of about a quarter of the people, a few entered three times.
    originals = list(zip(bases, [r["entity"] for r in gen.records], strict=True))
    for base, entity in originals:
        roll = rng.random()
        copies = 2 if roll < 0.04 else 1 if roll < 0.27 else 0
        for _ in range(copies):
            rec, changes = gen.duplicate(base)
            gen.add(rec, entity, "duplicate", tuple(changes))
    rng.shuffle(gen.records)
    for i, rec in enumerate(gen.records, start=1):
        rec["id"] = i
    return gen.records


def true_pairs(records: list[dict]) -> set[tuple[int, int]]:
    by_entity: dict[int, list[int]] = defaultdict(list)
    for rec in records:
        by_entity[rec["entity"]].append(rec["id"])
    pairs = set()
    for ids in by_entity.values():
        for a, b in itertools.combinations(sorted(ids), 2):
            pairs.add((a, b))
    return pairs


def rows(records: list[dict]) -> list[tuple]:
    """Records as the column tuples the duplicate finder reads from the database."""
    from salon_desk.services.duplicates.records import COLUMNS

    return [tuple(rec["id"] if c == "id" else rec.get(c) for c in COLUMNS) for rec in records]


def load_fixture() -> list[dict]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def write(records: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records)
    path.write_text(f"[\n{lines}\n]\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=FIXTURE_PEOPLE)
    parser.add_argument("--seed", type=int, default=FIXTURE_SEED)
    parser.add_argument("--out", type=Path, default=FIXTURE)
    args = parser.parse_args()
    records = generate(args.people, args.seed)
    write(records, args.out)
    print(f"{len(records)} records, {len(true_pairs(records))} duplicate pairs -> {args.out}")


if __name__ == "__main__":
    main()
