"""SMS through a provider's HTTP API, behind a small interface (``SmsProvider``).

The provider implemented is Twilio's Programmable Messaging REST API: one form POST to
``{api_url}/2010-04-01/Accounts/{AccountSid}/Messages.json`` (To, From or MessagingServiceSid,
Body) with HTTP Basic authentication (Account SID and Auth Token), answered with JSON (the
message's ``sid`` and ``status``, or an error ``code``). Why Twilio: it delivers to mobiles in
nearly every country a salon may be in, with local sender numbers in many, and sign-up needs no
contract; its API is a documented form POST that the standard library's urllib speaks, so the
app gains no dependency; its errors say clearly whether to try again (HTTP 429 and 5xx) or not
(other 4xx, with Twilio's numbered code that the outbox keeps as the reason).

apprise was considered: it wraps a hundred notification services, a handful of them SMS
providers (Twilio, Vonage, ClickSend, BulkSMS…). It was not used: it adds requests,
requests-oauthlib, PyYAML, Markdown and click to the offline installer for one HTTP call, and
its ``notify()`` answers only True or False, while the outbox needs the provider's message id
and to tell a temporary failure (try again with back-off) from a permanent one (never again)
to send nothing twice. Another provider is one more class with a ``send(to, text)`` method,
listed in ``PROVIDERS``.
"""

from __future__ import annotations

import base64
import http.client
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from salon_desk.services import error_texts as msg
from salon_desk.services import settings
from salon_desk.services.messages.smtp import SendFailure
from salon_desk.services.texts import Text

TWILIO_API = "https://api.twilio.com"
TWILIO_AUTH_CODES = {20003, 20005, 20006, 20008}  # authentication failed, account suspended…


class TemporaryFailure(SendFailure):
    """The provider could not take the message now: try again later."""

    def __init__(self, text: Text, kind: str = "busy", *, stops: bool = False) -> None:
        super().__init__(text, kind, stops=stops, temporary=True)


class PermanentFailure(SendFailure):
    """The provider refused the message (or the account): trying again would fail again."""

    def __init__(self, text: Text, kind: str = "refused", *, stops: bool = False) -> None:
        super().__init__(text, kind, stops=stops, temporary=False)


class SmsProvider(Protocol):
    def send(self, to: str, text: str) -> str:
        """Send ``text`` to the E.164 mobile ``to``; the provider's id of the message.
        TemporaryFailure or PermanentFailure when it did not go."""
        ...


@dataclass
class TwilioProvider:
    account: str  # Account SID (AC…)
    key: str  # Auth Token
    sender: str  # a number in E.164, an alphanumeric sender ID, or a Messaging Service (MG…)
    api_url: str = TWILIO_API
    timeout: float = 20.0

    def _request(self, to: str, text: str) -> urllib.request.Request:
        fields = {"To": to, "Body": text}
        if self.sender.startswith("MG") and len(self.sender) == 34:
            fields["MessagingServiceSid"] = self.sender
        else:
            fields["From"] = self.sender
        account = urllib.parse.quote(self.account, safe="")
        url = f"{self.api_url.rstrip('/')}/2010-04-01/Accounts/{account}/Messages.json"
        login = base64.b64encode(f"{self.account}:{self.key}".encode()).decode("ascii")
        return urllib.request.Request(
            url, data=urllib.parse.urlencode(fields).encode("utf-8"), method="POST",
            headers={"Authorization": f"Basic {login}", "Accept": "application/json",
                     "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})

    def send(self, to: str, text: str) -> str:
        try:
            with urllib.request.urlopen(self._request(to, text), timeout=self.timeout) as reply:
                answer = _json(reply.read())
        except urllib.error.HTTPError as error:
            raise _http_failure(error.code, _json(error.read())) from None
        except urllib.error.URLError as error:  # DNS, refused, TLS: nothing reached Twilio
            raise TemporaryFailure(Text(msg.SMS_UNREACHABLE, what=_reason(error.reason)),
                                   "unreachable", stops=True) from None
        except (TimeoutError, socket.timeout, ConnectionError, http.client.HTTPException):
            # the request went whole (urllib wraps failures before that in URLError); no
            # answer came: Twilio may have taken it, so it is not sent again by itself
            raise SendFailure(Text(msg.SEND_UNCERTAIN), "timeout", uncertain=True) from None
        sid = answer.get("sid") if isinstance(answer, dict) else None
        if not isinstance(sid, str) or not sid:
            raise TemporaryFailure(Text(msg.SMS_ANSWER_UNREADABLE), "answer")
        return sid


def _reason(reason: Any) -> str:
    return type(reason).__name__ if isinstance(reason, BaseException) else "network"


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _http_failure(status: int, answer: Any) -> SendFailure:
    """Twilio's error answer: 429 and 5xx are temporary, the other 4xx permanent; a wrong
    account or key stops the batch (every message would fail the same way)."""
    code = answer.get("code") if isinstance(answer, dict) else None
    code = code if isinstance(code, int) else status
    if status in (401, 403) or code in TWILIO_AUTH_CODES:
        return PermanentFailure(Text(msg.SMS_AUTH), "auth", stops=True)
    if status == 429 or status >= 500:
        return TemporaryFailure(Text(msg.SMS_BUSY, status=status))
    return PermanentFailure(Text(msg.SMS_REFUSED, code=code))


PROVIDERS = {"twilio": TwilioProvider}


def provider_from_settings(session: Session, key: str) -> SmsProvider:
    """The provider the settings name (sms.provider, sms.account, sms.sender, sms.api_url),
    with ``key``; a SendFailure that stops SMS when they are incomplete."""
    def value(option: settings.Option[str]) -> str:
        return (settings.get(session, option) or "").strip()

    name = value(settings.SMS_PROVIDER).lower() or "twilio"
    account, sender = value(settings.SMS_ACCOUNT), value(settings.SMS_SENDER)
    if name not in PROVIDERS:
        raise PermanentFailure(Text(msg.SMS_PROVIDER_UNKNOWN, provider=name,
                                    known=", ".join(PROVIDERS)), "config", stops=True)
    if not account or not sender:
        raise PermanentFailure(Text(msg.SMS_NOT_SET), "config", stops=True)
    api_url = value(settings.SMS_API_URL) or TWILIO_API
    return PROVIDERS[name](account=account, key=key, sender=sender, api_url=api_url)
