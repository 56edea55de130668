"""SMS through Twilio's API, spoken by a real HTTP server on the loopback (mail_servers.TwilioApi),
and the secrets kept only in a keyring."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from mail_servers import ACCOUNT, TOKEN, TwilioApi, free_port

from salon_desk.services import error_texts as msg
from salon_desk.services.errors import SalonError
from salon_desk.services.messages import secrets
from salon_desk.services.messages.sms import PermanentFailure, TemporaryFailure, TwilioProvider


@pytest.fixture
def api():
    with TwilioApi() as server:
        yield server


def twilio(api, **changes) -> TwilioProvider:
    values = dict(account=ACCOUNT, key=TOKEN, sender="+34910000000", api_url=api.url, timeout=5)
    values.update(changes)
    return TwilioProvider(**values)


def test_an_sms_is_posted_as_twilio_wants_and_its_sid_kept(api):
    sid = twilio(api).send("+34600111222", "Reminder: tomorrow 10:00, Salón Lumière")
    assert sid == "SM" + "0" * 31 + "1"
    assert api.sent == [{"To": "+34600111222", "From": "+34910000000",
                         "Body": "Reminder: tomorrow 10:00, Salón Lumière"}]


def test_a_messaging_service_goes_as_one(api):
    service = "MG" + "1" * 32
    twilio(api, sender=service).send("+34600111222", "Hi")
    assert api.sent[0]["MessagingServiceSid"] == service and "From" not in api.sent[0]


def test_a_wrong_token_stops_sending_and_says_so(api):
    with pytest.raises(PermanentFailure) as caught:
        twilio(api, key="wrong").send("+34600111222", "Hi")
    assert (caught.value.kind, caught.value.stops, caught.value.text.source) == (
        "auth", True, msg.SMS_AUTH)
    assert api.sent == []


def test_a_number_twilio_refuses_is_permanent_with_twilios_code(api):
    with pytest.raises(PermanentFailure) as caught:
        twilio(api).send("600111222", "Hi")
    assert str(caught.value) == "The SMS provider refused the message (error 21211)"
    assert not caught.value.stops and "600111222" not in str(caught.value)


@pytest.mark.parametrize("status,code", [(429, 20429), (500, 20500), (503, 20503)])
def test_too_many_requests_and_server_errors_are_temporary(api, status, code):
    api.fail_with.append((status, code))
    with pytest.raises(TemporaryFailure) as caught:
        twilio(api).send("+34600111222", "Hi")
    assert caught.value.temporary and not caught.value.stops
    assert str(caught.value) == f"The SMS provider could not take the message now (HTTP {status})"
    assert twilio(api).send("+34600111222", "Hi").startswith("SM")  # and then it goes


def test_an_unreachable_provider_stops_sms_for_now():
    provider = TwilioProvider(ACCOUNT, TOKEN, "+34910000000", f"http://127.0.0.1:{free_port()}")
    with pytest.raises(TemporaryFailure) as caught:
        provider.send("+34600111222", "Hi")
    assert caught.value.stops and caught.value.text.source == msg.SMS_UNREACHABLE


# ---------------------------------------------------------------------------------- secrets
class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in memory (a store that works, as a desktop's)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        del self.passwords[(service, username)]


@pytest.fixture
def use_keyring(monkeypatch):
    monkeypatch.delenv("SALON_DESK_SMTP_PASSWORD", raising=False)
    monkeypatch.delenv("SALON_DESK_SMS_KEY", raising=False)
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_a_secret_goes_into_the_keyring_and_the_environment_wins(use_keyring, monkeypatch):
    store = MemoryKeyring()
    use_keyring(store)
    assert secrets.keyring_available() and secrets.get_secret("smtp") is None
    secrets.set_secret("smtp", "s3cret")
    assert store.passwords == {("salon-desk", "smtp"): "s3cret"}
    assert secrets.get_secret("smtp") == "s3cret"
    monkeypatch.setenv("SALON_DESK_SMTP_PASSWORD", "from the environment")
    assert secrets.get_secret("smtp") == "from the environment"
    secrets.set_secret("smtp", "")
    assert store.passwords == {}


def test_without_a_keyring_nothing_is_stored_and_the_user_is_told(use_keyring, monkeypatch,
                                                                  tmp_path):
    use_keyring(fail.Keyring())
    assert not secrets.keyring_available()
    with pytest.raises(secrets.NoKeyring) as caught:
        secrets.set_secret("sms", "key")
    assert str(caught.value) == (
        "This computer has no password store (system keyring) Salon Desk can use, so the SMS "
        "provider's key cannot be saved. Enter it each time you send, or set the environment "
        "variable SALON_DESK_SMS_KEY.")
    assert secrets.get_secret("sms") is None
    with pytest.raises(secrets.NoKeyring):
        secrets.require_secret("sms")
    assert secrets.require_secret("sms", "typed now") == "typed now"
    monkeypatch.setenv("SALON_DESK_SMS_KEY", "scripted")
    assert secrets.require_secret("sms") == "scripted"


def test_a_keyring_without_the_secret_says_where_to_put_it(use_keyring):
    use_keyring(MemoryKeyring())
    with pytest.raises(SalonError) as caught:
        secrets.require_secret("smtp")
    assert caught.value.args[0].source == msg.SECRET_MISSING
    assert "SALON_DESK_SMTP_PASSWORD" in str(caught.value)


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plain-text file "keyring": not a store."""


def test_the_backups_passphrase_goes_only_where_the_email_password_may(use_keyring, tmp_path,
                                                                        monkeypatch):
    from salon_desk.services.backups import policy

    monkeypatch.delenv(policy.PASSPHRASE_VARIABLE, raising=False)
    database = tmp_path / "salon.sqlite"
    plain = PlaintextKeyring()
    use_keyring(plain)
    with pytest.raises(SalonError):
        policy.save_passphrase(database, "a long passphrase")
    assert plain.passwords == {} and policy.saved_passphrase(database) is None
    store = MemoryKeyring()
    use_keyring(store)
    policy.save_passphrase(database, "a long passphrase")
    assert policy.saved_passphrase(database) == "a long passphrase"
    assert list(store.passwords.values()) == ["a long passphrase"]
