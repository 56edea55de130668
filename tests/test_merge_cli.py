"""`salon-desk merge KEEP OTHER...`: the kept record's values stay unless a flag says otherwise,
and the output says, field by field, what changed on the kept record and what was left."""

from __future__ import annotations

from decimal import Decimal

import pytest

from salon_desk.cli import main
from salon_desk.models import Customer

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture
def kept_and_newer(make_customer):
    """The record kept, then a newer one with other values (what used to win on its own)."""
    kept = make_customer(first_name="Ana", last_name="García", email="ana@example.com",
                         mobile="+34611222333")
    newer = make_customer(first_name="Ana María", last_name="García López",
                          email="ana.garcia@example.net", mobile="+34611222333",
                          gender="female", phone="+34910000001", discount_percent=Decimal(5),
                          notes="Prefers mornings")
    return kept, newer


def _merge(db, capsys, *args: str) -> tuple[Customer, list[str]]:
    assert main(["--db", db.address, "merge", *args]) == 0
    out = capsys.readouterr().out.splitlines()
    with db.session() as session:
        kept = session.get(Customer, int(args[0]))
        session.expunge(kept)
    return kept, out


def test_by_default_the_kept_record_keeps_its_values(salon_db, kept_and_newer, capsys):
    keep, newer = kept_and_newer
    kept, out = _merge(salon_db, capsys, str(keep), str(newer))
    assert (kept.first_name, kept.last_name, kept.email) == ("Ana", "García", "ana@example.com")
    assert kept.gender == "unspecified" and kept.phone is None
    assert kept.discount_percent == 0
    assert "Prefers mornings" in kept.notes  # notes are always combined
    assert out[0].startswith(f"Merged #{newer} Ana María García López into #{keep}")
    assert "Changed on the kept record:" in out
    assert f"  Notes: added those of #{newer}" in out
    differing = out[out.index(f"Kept as they were on #{keep} (other values left; "
                              "--fill-empty or --prefer-informative takes them):") + 1:]
    assert f"  Email: ana@example.com (#{newer}: ana.garcia@example.net)" in differing
    assert f"  First name: Ana (#{newer}: Ana María)" in differing
    assert f"  Gender: unspecified (#{newer}: female)" in differing


def test_fill_empty_takes_only_what_the_kept_record_lacks(salon_db, kept_and_newer, capsys):
    keep, newer = kept_and_newer
    kept, out = _merge(salon_db, capsys, str(keep), str(newer), "--fill-empty")
    assert (kept.first_name, kept.email) == ("Ana", "ana@example.com")
    assert (kept.gender, kept.phone, kept.discount_percent) == ("female", "+34910000001", 5)
    assert f"  Gender: unspecified → female (from #{newer})" in out
    assert f"  Phone: (empty) → +34910000001 (from #{newer})" in out
    assert f"  Discount: (empty) → 5 % (from #{newer})" in out
    assert f"  Email: ana@example.com (#{newer}: ana.garcia@example.net)" in out


def test_prefer_informative_applies_the_dialogs_preselection(salon_db, kept_and_newer,
                                                             capsys):
    keep, newer = kept_and_newer
    kept, out = _merge(salon_db, capsys, str(keep), str(newer), "--prefer-informative")
    assert (kept.first_name, kept.last_name, kept.email, kept.gender) == (
        "Ana María", "García López", "ana.garcia@example.net", "female")
    assert f"  First name: Ana → Ana María (from #{newer})" in out
    assert f"  Email: ana@example.com → ana.garcia@example.net (from #{newer})" in out


def test_nothing_differs_nothing_listed(salon_db, make_customer, capsys):
    a = make_customer(first_name="Eva", mobile="+34611222444")
    b = make_customer(first_name="Eva", mobile="+34611222444")
    _kept, out = _merge(salon_db, capsys, str(a), str(b))
    assert "Changed on the kept record: nothing" in out
    assert not any(line.startswith("Kept as they were") for line in out)


def test_the_two_flags_cannot_be_combined(salon_db, kept_and_newer, capsys):
    keep, newer = kept_and_newer
    with pytest.raises(SystemExit):
        main(["--db", salon_db.address, "merge", str(keep), str(newer), "--fill-empty",
              "--prefer-informative"])
    assert "not allowed with" in capsys.readouterr().err


def test_a_signature_taken_and_notes_trimmed_are_said(salon_db, make_customer, capsys):
    from salon_desk.models import CustomerMedia, utcnow

    keep = make_customer(first_name="Eva", mobile="+34611222555")
    other = make_customer(first_name="Eva", mobile="+34611222555")
    with salon_db.transaction() as session:
        session.get(Customer, keep).notes = "  Likes tea\n"  # stored untrimmed (an old import)
        session.add(CustomerMedia(customer_id=other, signature=b"\x89PNG", signature_at=utcnow()))
    kept, out = _merge(salon_db, capsys, str(keep), str(other))
    assert kept.notes == "Likes tea"
    assert "  Notes: spaces and line breaks at the ends removed" in out
    assert f"  Privacy policy signature: taken from #{other}" in out
