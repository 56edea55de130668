"""Which of Babel's CLDR locale files the installer bundles (build_installer.spec uses this).

Babel ships about 1,150 locale files (35 MB). Salon Desk formats money and numbers, and names
countries, in the locale made of the interface language and the salon's country
(services.money.locale_name): "es" + "MX" -> es_MX, whose data Babel reads with its parents
(es_419, es, root). So the app can only ever load root and the files of its interface languages:
English (the source language) and each language it has a translation for, with every one of
their regional variants (the salon may be in any country the settings offer). That is about
1 MB for English and Spanish; a new translation adds its language's files by itself.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def app_languages(root: Path = ROOT) -> list[str]:
    """English and the languages of resources/translations/salon_desk_<language>.ts."""
    found = {p.stem.removeprefix("salon_desk_").split("_")[0]
             for p in (root / "resources" / "translations").glob("salon_desk_*.ts")}
    return sorted({"en", *found})


def wanted(name: str, languages: list[str]) -> bool:
    """Whether a locale file ("es_MX.dat") is one the app can load."""
    locale = Path(name).stem
    return locale == "root" or locale.split("_")[0] in languages


def locale_data_dir() -> Path:
    import babel

    return Path(babel.__file__).parent / "locale-data"


def bundled_files(languages: list[str] | None = None) -> list[Path]:
    languages = languages or app_languages()
    return sorted(p for p in locale_data_dir().glob("*.dat") if wanted(p.name, languages))


if __name__ == "__main__":
    files = bundled_files()
    every = list(locale_data_dir().glob("*.dat"))
    size = sum(p.stat().st_size for p in files)
    total = sum(p.stat().st_size for p in every)
    print(f"{len(files)} of {len(every)} locale files, {size / 1e6:.1f} of {total / 1e6:.1f} MB "
          f"({', '.join(app_languages())})")
