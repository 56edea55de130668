"""Real servers on the loopback interface for the sending tests: an SMTP server (aiosmtpd) that
keeps what it receives, and an HTTP server that speaks Twilio's Programmable Messaging API."""

from __future__ import annotations

import base64
import email
import email.policy
import json
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "desk@salon.test", "right password"
# A login without TLS is what the tests want (a certificate would test nothing of ours): the
# test modules ignore aiosmtpd's warning about it with this mark.
QUIET = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """aiosmtpd handler: keeps each message received; ``drop_at``: for the n-th message
    (1-based) the connection is dropped and the server stops listening: at its recipient
    (``drop_after_data`` False: the message never went) or once its whole data has arrived,
    before answering (True: the sender cannot know whether it went; it is not kept)."""

    def __init__(self, drop_at: int | None = None, *, drop_after_data: bool = False) -> None:
        self.received: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.drop_at, self.seen, self.after_data = drop_at, 0, drop_after_data
        self.controller: Controller | None = None

    def _drop(self, server) -> bool:
        self.controller.server.close()  # no one else gets in
        server.transport.close()
        return True

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
        if (self.drop_at is not None and not self.after_data
                and self.seen + 1 == self.drop_at and self._drop(server)):
            return "421 closing"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.seen += 1
        if self.drop_at is not None and self.seen == self.drop_at and self._drop(server):
            return "421 closing"
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.received.append(email.message_from_bytes(envelope.original_content,
                                                      policy=email.policy.default))
        return "250 OK"

    @property
    def recipients(self) -> list[str]:
        return [to for _sender, tos in self.envelopes for to in tos]


def _authenticate(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER
          and auth_data.password.decode() == PASSWORD)
    return AuthResult(success=ok, handled=False)


class SmtpServer:
    """An SMTP server on 127.0.0.1 (with a login when ``auth``), started and stopped by the
    test."""

    def __init__(self, inbox: Inbox | None = None, *, auth: bool = False,
                 port: int | None = None) -> None:
        self.inbox = inbox or Inbox()
        self.port = port or free_port()
        extra = ({"authenticator": _authenticate, "auth_required": True,
                  "auth_require_tls": False} if auth else {})
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **extra)
        self.inbox.controller = self.controller

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.controller.stop()


# ------------------------------------------------------------------------------------ Twilio
ACCOUNT, TOKEN = "AC" + "0" * 32, "twilio token"


class TwilioApi(ThreadingHTTPServer):
    """Twilio's Messages resource on the loopback: checks Basic auth and the form fields,
    answers 201 with a message resource, or an error as Twilio words them. ``fail_with``:
    (HTTP status, Twilio code) answers to give first, one per request."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _TwilioHandler)
        self.sent: list[dict[str, str]] = []
        self.fail_with: list[tuple[int, int]] = []
        self.hang_up = 0  # messages taken without an answer (the connection closed)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> TwilioApi:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.shutdown()
        self.server_close()


class _TwilioHandler(BaseHTTPRequestHandler):
    server: TwilioApi

    def log_message(self, *_args) -> None:  # quiet
        pass

    def _answer(self, status: int, body: dict) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _error(self, status: int, code: int, message: str) -> None:
        self._answer(status, {"code": code, "message": message, "status": status,
                              "more_info": f"https://www.twilio.com/docs/errors/{code}"})

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        expected = "Basic " + base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
        if self.path != f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json":
            return self._error(404, 20404, "The requested resource was not found")
        if self.headers.get("Authorization") != expected:
            return self._error(401, 20003, "Authenticate")
        length = int(self.headers.get("Content-Length", 0))
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8")))
        if self.server.fail_with:
            status, code = self.server.fail_with.pop(0)
            return self._error(status, code, "Failure asked for by the test")
        if not form.get("To", "").startswith("+") or not form.get("Body"):
            return self._error(400, 21211, f"The 'To' number {form.get('To')} is not valid")
        if "From" not in form and "MessagingServiceSid" not in form:
            return self._error(400, 21603, "A 'From' or 'MessagingServiceSid' is required")
        self.server.sent.append(form)
        if self.server.hang_up:
            self.server.hang_up -= 1
            self.close_connection = True
            return None  # taken, never answered
        sid = f"SM{len(self.server.sent):032x}"
        self._answer(201, {"sid": sid, "account_sid": ACCOUNT, "to": form["To"],
                           "from": form.get("From"), "body": form["Body"], "status": "queued",
                           "num_segments": "1", "error_code": None, "error_message": None})
