"""Email through the salon's own SMTP server, with the standard library's smtplib and email.

``build_email`` makes the message: the text body with an HTML alternative when there is one,
"Salon Name <sender>" as From, the PDFs attached; a promotion carries a List-Unsubscribe header
(mailto to the salon, subject "unsubscribe") and a last line saying how to stop them.

``Mailer`` keeps one connection for a whole batch (connect, STARTTLS or SSL, login), checks it
before each message and connects again when the server dropped it. Every failure becomes a
``SendFailure`` whose text comes from the catalogue and says what failed (the server's name
not found, the connection refused, TLS, the login, no answer in time), never the server's own
words: they may quote a customer's address.
"""

from __future__ import annotations

import html
import locale
import os
import smtplib
import socket
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from salon_desk.services import error_texts as msg
from salon_desk.services import settings
from salon_desk.services.errors import SalonError
from salon_desk.services.texts import Text

SECURITIES = ("none", "starttls", "ssl")
UNSUBSCRIBE_SUBJECT = "unsubscribe"
# The last line of a promotion, in the language the salon writes to its customers in (the
# customer reads it, not the staff: it is part of the email, not of the interface).
UNSUBSCRIBE_LINES = {
    "en": "To stop receiving our offers, reply to this email with the subject \"unsubscribe\" "
          "or write to {email}.",
    "es": "Para dejar de recibir nuestras ofertas, responda a este correo con el asunto "
          "\"unsubscribe\" o escriba a {email}.",
}


class SendFailure(SalonError):
    """Sending failed. ``kind`` says what failed (dns, refused, tls, auth, timeout, disconnected,
    sender, recipient, message, config, other); ``stops``: the server or the settings are wrong,
    so the rest of the batch by this channel waits (nothing about this message is wrong);
    otherwise ``temporary`` says whether the message is tried again later; ``uncertain``: the
    message was handed over and the answer never came, so it may have gone (not resent)."""

    def __init__(self, text: Text, kind: str, *, stops: bool = False,
                 temporary: bool = False, uncertain: bool = False) -> None:
        super().__init__(text)
        self.text, self.kind, self.stops, self.temporary = text, kind, stops, temporary
        self.uncertain = uncertain  # handed over, no answer: it may have gone; never resent


class Attachment(NamedTuple):
    filename: str
    mime: str
    data: bytes


@dataclass
class SmtpConfig:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # none | starttls | ssl
    user: str = ""
    sender: str = ""  # the From address
    sender_name: str = ""  # the salon's name
    timeout: float = 20.0
    reply_to: str = ""  # where opt-outs go: the salon's email, else the sender
    language: str = "en"  # of the unsubscribe line

    def check(self) -> None:
        if not self.host.strip() or "@" not in self.sender:
            raise SendFailure(Text(msg.SMTP_NOT_SET), "config", stops=True)
        if self.security not in SECURITIES:
            raise SendFailure(Text(msg.SMTP_SECURITY, security=self.security), "config",
                              stops=True)


def letter_language(session: Session) -> str:
    """The language the salon writes to customers in: salon.language, else the app's (the
    SALON_DESK_LANG variable, else the system's); one of UNSUBSCRIBE_LINES' languages."""
    chosen = settings.get(session, settings.SALON_LANGUAGE) or os.environ.get("SALON_DESK_LANG")
    if not chosen:
        try:
            chosen = locale.getlocale()[0] or "en"
        except ValueError:  # a locale Python does not know
            chosen = "en"
    code = chosen.replace("-", "_").split("_")[0].lower()
    return code if code in UNSUBSCRIBE_LINES else "en"


def smtp_config(session: Session) -> SmtpConfig:
    def value(option: settings.Option[str]) -> str:
        return (settings.get(session, option) or "").strip()

    sender = value(settings.SMTP_SENDER)
    return SmtpConfig(
        host=value(settings.SMTP_HOST), port=settings.get(session, settings.SMTP_PORT),
        security=value(settings.SMTP_SECURITY).lower() or "starttls",
        user=value(settings.SMTP_USER), sender=sender, sender_name=value(settings.SALON_NAME),
        timeout=float(settings.get(session, settings.SMTP_TIMEOUT) or 20),
        reply_to=value(settings.SALON_EMAIL) or sender, language=letter_language(session))


# ------------------------------------------------------------------------------- the message
def build_email(config: SmtpConfig, message: Any, attachments: Iterable[Any] = (),
                unsubscribe: str | None = None) -> EmailMessage:
    """The email of a queued message (its recipient, subject, body and html). ``attachments``:
    (filename, mime, data) tuples or rows with those attributes. ``unsubscribe``: the address
    opt-outs go to, for a promotion (None for anything else)."""
    email = EmailMessage()
    email["From"] = formataddr((config.sender_name, config.sender))
    email["To"] = message.recipient
    email["Subject"] = message.subject or ""
    email["Date"] = formatdate(localtime=True)
    email["Message-ID"] = make_msgid(domain=config.sender.rpartition("@")[2] or None)
    body, alternative = message.body or "", getattr(message, "html", None)
    if unsubscribe:
        email["List-Unsubscribe"] = f"<mailto:{unsubscribe}?subject={UNSUBSCRIBE_SUBJECT}>"
        line = UNSUBSCRIBE_LINES.get(config.language, UNSUBSCRIBE_LINES["en"])
        body = f"{body.rstrip()}\n\n-- \n{line.format(email=unsubscribe)}\n"
        if alternative:
            alternative = _html_with_line(alternative, line.format(email=html.escape(unsubscribe)))
    email.set_content(body)
    if alternative:
        email.add_alternative(alternative, subtype="html")
    for item in attachments:
        filename, mime, data = (item if isinstance(item, tuple)
                                else (item.filename, item.mime, item.data))
        maintype, _, subtype = (mime or "application/pdf").partition("/")
        email.add_attachment(bytes(data), maintype=maintype, subtype=subtype or "octet-stream",
                             filename=filename)
    return email


def _html_with_line(document: str, line: str) -> str:
    paragraph = f'<p style="font-size:small;color:#666">{line}</p>'
    end = document.lower().rfind("</body>")
    return f"{document[:end]}{paragraph}{document[end:]}" if end >= 0 else document + paragraph


# ---------------------------------------------------------------------------- the connection
def _code(exc: smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused) -> int:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return next(iter(exc.recipients.values()), (0, b""))[0]
    return int(exc.smtp_code)


def _timed_out(exc: BaseException) -> bool:
    """No answer in time (smtplib words a reply that never came as "disconnected")."""
    return isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError)


def connection_failure(exc: BaseException, config: SmtpConfig) -> SendFailure:
    """What failed while connecting and logging in, as a SendFailure that stops the batch."""
    host = config.host
    if isinstance(exc, socket.gaierror):
        return SendFailure(Text(msg.SMTP_DNS, host=host), "dns", stops=True)
    if isinstance(exc, ConnectionRefusedError):
        return SendFailure(Text(msg.SMTP_REFUSED, host=host, port=config.port), "refused",
                           stops=True)
    if isinstance(exc, ssl.SSLError):
        return SendFailure(Text(msg.SMTP_TLS, host=host), "tls", stops=True)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return SendFailure(Text(msg.SMTP_AUTH), "auth", stops=True)
    if _timed_out(exc):
        return SendFailure(Text(msg.SMTP_TIMEOUT, host=host, seconds=round(config.timeout)),
                           "timeout", stops=True)
    if isinstance(exc, (smtplib.SMTPServerDisconnected, ConnectionError)):
        return SendFailure(Text(msg.SMTP_DISCONNECTED, host=host), "disconnected", stops=True)
    return SendFailure(Text(msg.SMTP_OTHER, what=type(exc).__name__), "other", stops=True)


def sending_failure(exc: BaseException, config: SmtpConfig) -> SendFailure:
    """What failed while sending one message: refused for good (5xx), or to try again later
    (4xx, a dropped connection, no answer)."""
    if isinstance(exc, (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                        smtplib.SMTPDataError)):
        code = _code(exc)
        temporary = 400 <= code < 500
        if isinstance(exc, smtplib.SMTPSenderRefused):
            # the salon's own address: no message goes until the settings change
            return SendFailure(Text(msg.SMTP_SENDER_REFUSED, code=code), "sender",
                               stops=not temporary, temporary=temporary)
        source = (msg.SMTP_RECIPIENT_REFUSED if isinstance(exc, smtplib.SMTPRecipientsRefused)
                  else msg.SMTP_MESSAGE_REFUSED)
        kind = "recipient" if source is msg.SMTP_RECIPIENT_REFUSED else "message"
        return SendFailure(Text(source, code=code), kind, temporary=temporary)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return connection_failure(exc, config)
    if _timed_out(exc):
        return SendFailure(Text(msg.SMTP_TIMEOUT, host=config.host,
                                seconds=round(config.timeout)), "timeout", temporary=True)
    if isinstance(exc, (OSError, smtplib.SMTPException)):
        return SendFailure(Text(msg.SMTP_DISCONNECTED, host=config.host), "disconnected",
                           temporary=True)
    return SendFailure(Text(msg.SMTP_OTHER, what=type(exc).__name__), "other", temporary=True)


class _HandOver:
    """Notes when the end of a message's data (the final dot) has gone to the server: a
    connection lost after that, before the server's answer, may have delivered the message."""

    handed_over = False

    def send(self, s) -> None:
        super().send(s)  # type: ignore[misc]
        if isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.handed_over = True


class _Smtp(_HandOver, smtplib.SMTP):
    pass


class _SmtpSsl(_HandOver, smtplib.SMTP_SSL):
    pass


def _connect(config: SmtpConfig, password: str | None,
             context: ssl.SSLContext | None) -> smtplib.SMTP:
    context = context or ssl.create_default_context()
    if config.security == "ssl":
        server: smtplib.SMTP = _SmtpSsl(config.host, config.port,
                                        timeout=config.timeout, context=context)
    else:
        server = _Smtp(config.host, config.port, timeout=config.timeout)
    try:
        server.ehlo()
        if config.security == "starttls":
            if not server.has_extn("starttls"):
                raise SendFailure(Text(msg.SMTP_NO_STARTTLS, host=config.host), "tls",
                                  stops=True)
            server.starttls(context=context)
            server.ehlo()
        if config.user:
            if not server.has_extn("auth"):
                raise SendFailure(Text(msg.SMTP_NO_AUTH), "auth", stops=True)
            server.login(config.user, password or "")
    except BaseException:
        server.close()
        raise
    return server


def connect(config: SmtpConfig, password: str | None,
            context: ssl.SSLContext | None = None) -> smtplib.SMTP:
    """A connection ready to send (secured and logged in), or the SendFailure saying why not."""
    config.check()
    try:
        return _connect(config, password, context)
    except SendFailure:
        raise
    except (OSError, smtplib.SMTPException) as exc:
        raise connection_failure(exc, config) from None


def test_connection(config: SmtpConfig, password: str | None,
                    context: ssl.SSLContext | None = None) -> None:
    """Connect, secure and log in as the settings say, then leave; a SendFailure says exactly
    what failed."""
    server = connect(config, password, context)
    try:
        server.quit()
    except (OSError, smtplib.SMTPException):
        server.close()


test_connection.__test__ = False  # not a test for pytest, though its name says so


class Mailer:
    """One SMTP connection for a batch: opened at the first message, checked before each next
    one (a server closes an idle connection) and opened again when it was dropped."""

    def __init__(self, config: SmtpConfig, password: str | None,
                 context: ssl.SSLContext | None = None) -> None:
        self.config, self.password, self.context = config, password, context
        self.server: smtplib.SMTP | None = None
        self.connections = 0

    def _ready(self) -> smtplib.SMTP:
        if self.server is not None:
            try:
                if self.server.noop()[0] == 250:
                    return self.server
            except (OSError, smtplib.SMTPException):
                pass
            self._drop()
        self.server = connect(self.config, self.password, self.context)
        self.connections += 1
        return self.server

    def send(self, email: EmailMessage) -> None:
        """Send one email; SendFailure when it did not go (see SendFailure for what next)."""
        server = self._ready()
        server.handed_over = False
        try:
            server.send_message(email, from_addr=self.config.sender,
                                to_addrs=[email["To"]])
        except (OSError, smtplib.SMTPException) as exc:
            failure = sending_failure(exc, self.config)
            if failure.kind in ("disconnected", "timeout"):
                self._drop()
                if getattr(server, "handed_over", False):
                    failure = SendFailure(Text(msg.SEND_UNCERTAIN),
                                          failure.kind, uncertain=True)
            raise failure from None

    def _drop(self) -> None:
        if self.server is not None:
            try:
                self.server.close()
            finally:
                self.server = None

    def close(self) -> None:
        if self.server is not None:
            try:
                self.server.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self._drop()
