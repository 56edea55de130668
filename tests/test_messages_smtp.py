"""Email through a real SMTP server on the loopback (aiosmtpd): the message as built, the
connection test saying exactly what failed, one connection for a batch."""

from __future__ import annotations

import socket
import types

import pytest
from mail_servers import PASSWORD, QUIET, USER, Inbox, SmtpServer, free_port

from salon_desk.services import error_texts as msg
from salon_desk.services.messages.smtp import (
    Mailer,
    SendFailure,
    SmtpConfig,
    build_email,
    test_connection,
)

pytestmark = QUIET


def config(port: int, **changes) -> SmtpConfig:
    values = dict(host="127.0.0.1", port=port, security="none", user="", sender="desk@salon.test",
                  sender_name="Salon Lumière", timeout=5, reply_to="hello@salon.test")
    values.update(changes)
    return SmtpConfig(**values)


def message(**changes):
    values = dict(recipient="ana@example.test", subject="Spring offer", body="Hello Ana,\n20% off.",
                  html="<html><body><p>Hello Ana,</p><p>20% off.</p></body></html>")
    values.update(changes)
    return types.SimpleNamespace(**values)


def failure(call) -> SendFailure:
    with pytest.raises(SendFailure) as caught:
        call()
    return caught.value


# ------------------------------------------------------------------------------- the message
def test_a_promotion_has_both_bodies_the_salon_as_sender_a_pdf_and_a_way_to_stop():
    email = build_email(config(25), message(), [("ticket.pdf", "application/pdf", b"%PDF-1.4 x")],
                        unsubscribe="hello@salon.test")
    assert str(email["From"]) == "Salon Lumière <desk@salon.test>"
    assert "From: Salon =?utf-8?q?Lumi=C3=A8re?= <desk@salon.test>" in email.as_string()
    assert email["List-Unsubscribe"] == "<mailto:hello@salon.test?subject=unsubscribe>"
    text = email.get_body(("plain",)).get_content()
    page = email.get_body(("html",)).get_content()
    assert text.startswith("Hello Ana,") and "To stop receiving our offers" in text
    assert "hello@salon.test" in text.splitlines()[-1]
    assert "To stop receiving our offers" in page and page.index("offers") < page.index("</body>")
    [pdf] = list(email.iter_attachments())
    assert (pdf.get_filename(), pdf.get_content_type(), pdf.get_content()) == (
        "ticket.pdf", "application/pdf", b"%PDF-1.4 x")


def test_a_reminder_has_no_unsubscribe_and_the_line_follows_the_salons_language():
    email = build_email(config(25), message(html=None), unsubscribe=None)
    assert email["List-Unsubscribe"] is None and not email.is_multipart()
    assert "unsubscribe" not in email.get_content()
    spanish = build_email(config(25, language="es"), message(html=None), unsubscribe="a@b.test")
    assert "Para dejar de recibir nuestras ofertas" in spanish.get_content()


# --------------------------------------------------------------------------- the connection
def test_the_connection_test_passes_with_the_right_login():
    with SmtpServer(auth=True) as server:
        test_connection(config(server.port, user=USER), PASSWORD)


def test_a_wrong_password_is_said_to_be_one():
    with SmtpServer(auth=True) as server:
        failed = failure(lambda: test_connection(config(server.port, user=USER), "wrong"))
    assert (failed.kind, failed.text.source, failed.stops) == ("auth", msg.SMTP_AUTH, True)


def test_a_server_name_that_does_not_exist_is_a_dns_failure():
    failed = failure(lambda: test_connection(config(25, host="no-such-host.invalid"), None))
    assert failed.kind == "dns" and failed.text.source == msg.SMTP_DNS
    assert "no-such-host.invalid" in str(failed)


def test_a_port_nobody_listens_on_is_refused():
    port = free_port()
    failed = failure(lambda: test_connection(config(port), None))
    assert failed.kind == "refused" and str(failed) == (
        f"The email server 127.0.0.1 refused the connection on port {port}: check the port")


def test_ssl_to_a_plain_server_is_a_tls_failure_and_so_is_starttls_not_offered():
    with SmtpServer() as server:
        ssl_failed = failure(lambda: test_connection(config(server.port, security="ssl"), None))
        starttls_failed = failure(
            lambda: test_connection(config(server.port, security="starttls"), None))
    assert (ssl_failed.kind, ssl_failed.text.source) == ("tls", msg.SMTP_TLS)
    assert (starttls_failed.kind, starttls_failed.text.source) == ("tls", msg.SMTP_NO_STARTTLS)


def test_a_server_that_never_answers_is_a_timeout():
    with socket.socket() as silent:  # accepts connections (the backlog) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        failed = failure(lambda: test_connection(config(port, timeout=0.5), None))
    assert failed.kind == "timeout" and "did not answer within" in str(failed)


def test_a_login_on_a_server_that_offers_none_and_missing_settings_are_explained():
    with SmtpServer() as server:
        failed = failure(lambda: test_connection(config(server.port, user=USER), PASSWORD))
    assert (failed.kind, failed.text.source) == ("auth", msg.SMTP_NO_AUTH)
    assert failure(lambda: test_connection(config(25, host=""), None)).text.source == \
        msg.SMTP_NOT_SET


# --------------------------------------------------------------------------------- a batch
class RefusingInbox(Inbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.startswith("gone"):
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_one_connection_serves_a_batch_and_a_refused_address_is_permanent_without_it():
    with SmtpServer(RefusingInbox(), auth=True) as server:
        mailer = Mailer(config(server.port, user=USER), PASSWORD)
        for name in ("ana", "bea", "gone.carla", "dora"):
            try:
                mailer.send(build_email(mailer.config, message(recipient=f"{name}@example.test")))
            except SendFailure as error:
                refused = error
        mailer.close()
    assert server.inbox.recipients == ["ana@example.test", "bea@example.test",
                                       "dora@example.test"]
    assert mailer.connections == 1
    assert (refused.kind, refused.temporary, refused.stops) == ("recipient", False, False)
    assert str(refused) == "The email server refused the customer's address (error 550)"
    assert "carla" not in str(refused)


def test_a_dropped_connection_fails_that_message_for_later_and_the_next_one_reconnects():
    inbox = Inbox(drop_at=2)
    with SmtpServer(inbox) as server:
        mailer = Mailer(config(server.port), None)
        mailer.send(build_email(mailer.config, message(recipient="ana@example.test")))
        dropped = failure(lambda: mailer.send(
            build_email(mailer.config, message(recipient="bea@example.test"))))
        refused = failure(lambda: mailer.send(
            build_email(mailer.config, message(recipient="carla@example.test"))))
    assert (dropped.kind, dropped.temporary, dropped.stops) == ("disconnected", True, False)
    assert (refused.kind, refused.stops) == ("refused", True)  # it stopped listening
    assert server.inbox.recipients == ["ana@example.test"]
