"""Write salon_desk/text/first_names.txt, the first names the duplicate finder knows, from Faker.

    .venv/bin/python scripts/make_first_names.py

Run once per deliberate change, never at run time: the duplicate finder's confidence depends on
this list (salon_desk.text.names), so it is shipped as a file and changes only in a commit that
says so, not when Faker is upgraded. The file's header records the Faker version it came from.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salon_desk.text.names import FIRST_NAMES_FILE  # noqa: E402

# The salon's countries: the languages of the customers a front desk writes down.
LOCALES = ("es_ES", "es_MX", "en_GB", "en_US", "fr_FR", "it_IT", "de_DE", "pt_PT", "pt_BR",
           "pl_PL", "el_GR", "uk_UA", "ru_RU", "nl_NL", "ro_RO")
ATTRIBUTES = ("first_names_female", "first_names_male", "first_names")


def faker_first_names() -> list[str]:
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ATTRIBUTES:
            names.update(getattr(provider, attr, None) or ())  # a dict of weights: its keys
    return sorted(names)


def main() -> None:
    header = [
        f"# First names of the salon's countries, from Faker {faker.VERSION}",
        f"# (locales {' '.join(LOCALES)}; {', '.join(ATTRIBUTES)}).",
        "# Made by scripts/make_first_names.py: do not edit by hand. One name a line.",
    ]
    names = faker_first_names()
    FIRST_NAMES_FILE.write_text("\n".join(header + names) + "\n", encoding="utf-8")
    print(f"{len(names):,} names written to {FIRST_NAMES_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
