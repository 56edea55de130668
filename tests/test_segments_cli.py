"""`salon-desk find`: the ids a segment finds, in list order, as text or JSON; names matched
whatever their case; unknown names are an error listing the known ones; saved segments."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from test_segments import salon  # noqa: F401  (the hand-made history, as a fixture)

from salon_desk.cli import main

pytestmark = pytest.mark.any_engine  # SQLite and PostgreSQL (tests/conftest.py)


def find(salon, capsys, *options: str) -> tuple[int, list[str], str]:  # noqa: F811
    code = main(["--db", salon.address, "find", *options])
    out, err = capsys.readouterr()
    names = [salon.names[int(line)] for line in out.split()] if code == 0 and out.strip() \
        and not out.lstrip().startswith("{") else []
    return code, names, out if out.lstrip().startswith("{") else err


def test_find_prints_ids_in_list_order(salon, capsys):  # noqa: F811
    assert find(salon, capsys, "--gender", "female")[:2] == (0, ["Ana", "Bea", "Carla"])
    assert find(salon, capsys, "--service", "colour")[1] == ["Ana", "Carla"]
    assert find(salon, capsys, "--service-type", "HAIR", "--gender", "male")[1] == ["Dani",
                                                                                     "Fran"]


def test_find_json(salon, capsys):  # noqa: F811
    code, _, out = find(salon, capsys, "--json", "--badge", "vip")
    data = json.loads(out)
    assert code == 0 and data["count"] == 2
    assert [salon.names[i] for i in data["ids"]] == ["Ana", "Bea"]


@pytest.mark.parametrize(("options", "expected"), [
    (["--badge", "VIP", "--badge", "regular"], ["Ana", "Bea"]),
    (["--badge-all", "VIP", "--badge-all", "regular"], ["Ana"]),
    (["--no-badge", "vip", "--gender", "female"], ["Carla"]),
    (["--category", "gold"], ["Ana"]),
    (["--unused-service", "Colour", "--unused-service", "cut"], ["Bea", "Eva", "Gina"]),
    (["--unused-service-type", "hair"], ["Bea", "Eva", "Gina"]),
    (["--package", "bono face"], ["Eva"]),
    (["--package", "bono face", "--package-used-up"], ["Eva"]),
    (["--package-sessions-left"], []),
    (["--booking-status", "cancelled"], ["Bea"]),
    (["--booking-status", "ACTIVE"], ["Ana"]),
    (["--booking-status", "No-show"], ["Carla"]),
    (["--booked-to", "2000-01-01"], []),
    (["--visited-within", "30"], ["Ana"]),
    (["--not-visited-for", "70"], ["Dani", "Fran"]),
    (["--at-risk"], ["Fran"]),
    (["--visits-min", "2"], ["Ana", "Fran"]),
    (["--spent-min", "80"], ["Ana", "Eva"]),
    (["--spent-min", "80", "--spent-max", "90,00"], ["Ana"]),
    (["--average-ticket-max", "40"], ["Ana", "Dani"]),
    (["--has-debt"], ["Bea"]),
    (["--no-debt", "--gender", "female"], ["Ana", "Carla"]),
    (["--credit", "voucher", "--credit", "prepaid"], ["Ana", "Carla"]),
    (["--points-min", "100"], ["Ana"]),
    (["--subscribed", "marketing"], ["Ana"]),
    (["--consent", "marketing:email"], ["Ana"]),
    (["--has-email"], ["Ana"]),
    (["--no-mobile", "--gender", "male"], ["Dani", "Fran"]),
    (["--age-min", "30"], ["Ana"]),
    (["--age-max", "30"], ["Bea"]),
    (["--birthday-month", "7"], ["Bea"]),
    (["--inactive"], ["Dani"]),
    (["--inactive", "--blocked"], ["Dani", "Eva"]),
    (["--city", "madrid", "--city", "SEVILLA"], ["Ana", "Carla"]),
    (["--postcode", "280"], ["Ana"]),
    (["--referral", "instagram"], ["Ana"]),
    (["--text", "bea", "--badge", "vip"], ["Bea"]),
])
def test_every_option(salon, capsys, options, expected):  # noqa: F811
    code, names, err = find(salon, capsys, *options)
    assert (code, names) == (0, expected), err


def test_unknown_names_list_the_known_ones(salon, capsys):  # noqa: F811
    code, _, err = find(salon, capsys, "--service", "Balayage")
    assert code == 2
    assert 'No service is called "Balayage". Services: Colour, Cut, Facial' in err
    assert "Traceback" not in err
    code, _, err = find(salon, capsys, "--badge", "gold star")
    assert code == 2 and "Badges: Quiet, Regular, VIP" in err
    code, _, err = find(salon, capsys, "--segment", "nothing saved")
    assert code == 2 and "No segment is called" in err


def test_wrong_values_are_usage_errors(salon, capsys):  # noqa: F811
    for options in (["--booking-status", "lost"], ["--booked-from", "yesterday"],
                    ["--spent-min", "lots"], ["--birthday-month", "13"],
                    ["--save", "a", "--segment", "b"]):
        with pytest.raises(SystemExit) as usage:
            main(["--db", salon.address, "find", *options])
        assert usage.value.code == 2
        assert "Traceback" not in capsys.readouterr().err


def test_save_then_use_a_segment(salon, capsys):  # noqa: F811
    code, names, _ = find(salon, capsys, "--service-type", "hair", "--save", "Hair clients")
    assert (code, names) == (0, ["Ana", "Carla", "Dani", "Fran"])
    assert find(salon, capsys, "--segment", "HAIR CLIENTS")[1] == names
    # Options given with a segment replace its criteria of the same name.
    assert find(salon, capsys, "--segment", "hair clients", "--gender", "male")[1] == ["Dani",
                                                                                       "Fran"]
    code, _, err = find(salon, capsys, "--gender", "male", "--save", "hair Clients")
    assert code == 2 and 'There is already a segment called "Hair clients"' in err


def test_the_installed_command(salon):  # noqa: F811
    done = subprocess.run([sys.executable, "-m", "salon_desk", "--db", salon.address, "find",
                           "--json", "--gender", "female", "--visits-max", "0"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [salon.names[i] for i in data["ids"]] == ["Bea", "Carla"]
    assert data["count"] == 2
