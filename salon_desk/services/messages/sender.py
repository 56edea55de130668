"""The outbox's sender: sends the messages that are due, one at a time, never one twice.

``send_due`` is a services.jobs generator (the app runs it in the background every minute, the
command line ``salon-desk send-due`` for the operating system's scheduler; both may run at
once). For each message:

1. Claim it: ``UPDATE messages SET status='sending' WHERE id=? AND status IN (queued,
   scheduled) AND due AND (no back-off or back-off over)``, committed before anything is sent.
   Only the sender whose UPDATE changed the row (rowcount 1) sends it: two senders on one
   database never send one message twice. On a server the candidate is read ``FOR UPDATE SKIP
   LOCKED``: a message another desk is claiming is passed over, not waited for.
2. Ask again whether the customer may receive it (a "no", a block or a switch turned off since
   it was queued cancels it, with the reason), then send it (no transaction open meanwhile: the
   app and other writers are not held up).
3. Commit the outcome: sent (sent_at); refused for good, failed with the reason; a temporary
   failure queued again with one attempt more and a back-off of 1, 5, 30 minutes, 2 hours, then
   failed; a wrong password or an unreachable server (``SendFailure.stops``) puts the message
   back as it was and stops that channel for this batch: the rest stays queued, the reason is
   reported. A connection lost after the message was handed over (the end of an email's data
   sent, an SMS request sent whole) and before the answer: the message may have gone, so it
   is marked "unknown" for staff to check, never sent again by itself.

A message still "sending" long after its claim was being sent when a sender stopped (the app
killed, the computer off): the next sender marks it "unknown", for staff to check; it is never
sent again by itself. Throttling (messages.per_minute) spaces the messages; cancelling stops at
the next message, with nothing claimed.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from salon_desk.models import Message, MessageAttachment, MessageStatus, utcnow
from salon_desk.services import error_texts as msg
from salon_desk.services import settings
from salon_desk.services.errors import SalonError
from salon_desk.services.jobs import Job
from salon_desk.services.messages import audience, secrets
from salon_desk.services.messages.sms import SmsProvider, provider_from_settings
from salon_desk.services.messages.smtp import Mailer, SendFailure, build_email, smtp_config
from salon_desk.services.texts import Text

WAITING = (MessageStatus.QUEUED.value, MessageStatus.SCHEDULED.value)
SENDING = MessageStatus.SENDING.value
CHANNELS = ("email", "sms")  # the channels the app sends itself
BACKOFF = (dt.timedelta(minutes=1), dt.timedelta(minutes=5), dt.timedelta(minutes=30),
           dt.timedelta(hours=2))  # after the 1st..4th temporary failure; the 5th: failed
STALE_CLAIM = dt.timedelta(minutes=10)  # far longer than any one send (timeouts of 20 s)
WAIT_STEP_S = 0.5  # a throttled sender yields (may be cancelled) this often


@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0
    deferred: int = 0  # tried and queued again, or left queued because sending stopped
    unknown: int = 0  # may have gone (no answer after handing over, or found "sending" from
    # a sender that stopped): marked unknown for staff to check
    cancelled: int = 0  # the customer may no longer receive it (consent, switch, status)
    stopped: list[Text] = field(default_factory=list)  # why a channel stopped
    # channel -> what stopped it (SendFailure.kind): "secret" (none saved, or no keyring: ask
    # for it and send again with password= / sms_key=), "auth" (refused), "dns", "config"...
    stop_kinds: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "failed": self.failed, "deferred": self.deferred,
                "unknown": self.unknown, "cancelled": self.cancelled}


def _due(now: dt.datetime):
    """The rows a sender may take now."""
    return (Message.status.in_(WAITING),
            func.coalesce(Message.due_at, Message.at) <= now,
            or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now))


def mark_unknown(session: Session, now: dt.datetime | None = None) -> int:
    """Messages left "sending" by a sender that stopped become "unknown" (never resent)."""
    stale = (now or utcnow()) - STALE_CLAIM
    return session.execute(
        update(Message).where(Message.status == SENDING, Message.at < stale)
        .values(status=MessageStatus.UNKNOWN.value)).rowcount


def claim(session: Session, now: dt.datetime, channels: tuple[str, ...]) -> int | None:
    """Take the next due message for this sender (status "sending"); None when none is left.
    The caller commits before sending. On a server the candidate is locked as it is read, and
    rows another desk's claim holds locked are passed over (SKIP LOCKED): a desk stalled
    between its claim and its commit holds up no other desk's sender (SQLite ignores the
    clause: its writers take turns at BEGIN IMMEDIATE)."""
    while True:
        candidate = session.scalar(
            select(Message.id).where(*_due(now), Message.channel.in_(channels))
            .order_by(func.coalesce(Message.due_at, Message.at), Message.id).limit(1)
            .with_for_update(skip_locked=True))
        if candidate is None:
            return None
        taken = session.execute(
            update(Message).where(Message.id == candidate, *_due(now))
            .values(status=SENDING, at=utcnow())).rowcount
        if taken == 1:
            return candidate


class _Channels:
    """The connection and provider of a batch, made at the first message that needs them;
    a channel whose settings, secret or server are wrong is stopped for the batch."""

    def __init__(self, password: str | None, sms_key: str | None) -> None:
        self.password, self.sms_key = password, sms_key
        self.mailer: Mailer | None = None
        self.sms: SmsProvider | None = None
        self.stopped: dict[str, SendFailure] = {}

    def open(self) -> tuple[str, ...]:
        return tuple(c for c in CHANNELS if c not in self.stopped)

    def _mailer(self, session: Session) -> Mailer:
        if self.mailer is None:
            config = smtp_config(session)
            config.check()
            password = _secret("smtp", self.password) if config.user else None
            self.mailer = Mailer(config, password)
        return self.mailer

    def _sms(self, session: Session) -> SmsProvider:
        if self.sms is None:
            self.sms = provider_from_settings(session, _secret("sms", self.sms_key))
        return self.sms

    def prepare(self, session: Session, channel: str) -> None:
        """Read the channel's settings and secret (no connection yet)."""
        if channel == "email":
            self._mailer(session)
        elif channel == "sms":
            self._sms(session)

    def send(self, message: Message, attachments: list[MessageAttachment]) -> None:
        if not message.recipient:
            raise SendFailure(Text(msg.SEND_NO_RECIPIENT), "recipient")
        if message.channel == "email" and self.mailer is not None:
            config = self.mailer.config
            unsubscribe = config.reply_to if message.category == "marketing" else None
            self.mailer.send(build_email(config, message, attachments, unsubscribe))
        elif message.channel == "sms" and self.sms is not None:
            self.sms.send(message.recipient, message.body)
        else:
            raise SendFailure(Text(msg.SEND_CHANNEL, channel=message.channel), "channel")

    def close(self) -> None:
        if self.mailer is not None:
            self.mailer.close()


def _secret(name: str, given: str | None) -> str:
    try:
        return secrets.require_secret(name, given)
    except SalonError as error:
        raise SendFailure(error.args[0], "secret", stops=True) from None


def _send(db, message_id: int, channels: _Channels) -> tuple[str, SendFailure | None] | None:
    """Send the claimed message (no session open while talking to a server); its channel and
    what failed, if anything. None: the message is gone (its customer was deleted meanwhile)."""
    with db.session() as session:
        message = session.get(Message, message_id)
        if message is None:
            return None
        refusal = audience.withdrawn(session, [message_id]).get(message_id)
        if refusal is not None:  # a "no" given since it was queued
            reason = audience.reason_text(refusal, message.channel, message.category)
            return message.channel, SendFailure(Text(msg.SEND_WITHDRAWN, reason=reason),
                                                "withdrawn")
        attachments = list(session.scalars(select(MessageAttachment).where(
            MessageAttachment.message_id == message_id).order_by(MessageAttachment.id)))
        session.expunge_all()  # plain values from here on
        try:
            channels.prepare(session, message.channel)
        except SendFailure as failure:
            return message.channel, failure
    try:
        channels.send(message, attachments)
    except SendFailure as failure:
        return message.channel, failure
    return message.channel, None


def _outcome(message: Message, failure: SendFailure | None,
             now: dt.datetime) -> tuple[dict[str, Any], str]:
    """The row's new values and how the result counts it (sent, failed, deferred, stopped)."""
    if failure is None:
        return ({"status": MessageStatus.SENT.value, "sent_at": now, "at": now, "error": "",
                 "attempts": message.attempts + 1, "next_attempt_at": None}, "sent")
    reason = str(failure.text)
    if failure.kind == "withdrawn":
        return ({"status": MessageStatus.CANCELLED.value, "error": reason, "at": now,
                 "next_attempt_at": None}, "cancelled")
    if failure.uncertain:  # may have gone: staff check; never sent again by itself
        return ({"status": MessageStatus.UNKNOWN.value, "error": reason, "at": now,
                 "attempts": message.attempts + 1, "next_attempt_at": None}, "unknown")
    if failure.stops:  # nothing wrong with this message: as it was, due again
        return ({"status": MessageStatus.QUEUED.value, "error": reason,
                 "at": message.due_at or now}, "stopped")
    attempts = message.attempts + 1
    if failure.temporary and attempts <= len(BACKOFF):
        later = now + BACKOFF[attempts - 1]
        return ({"status": MessageStatus.QUEUED.value, "attempts": attempts, "error": reason,
                 "next_attempt_at": later, "at": later}, "deferred")
    return ({"status": MessageStatus.FAILED.value, "attempts": attempts, "error": reason,
             "at": now, "next_attempt_at": None}, "failed")


def _record(db, message_id: int, failure: SendFailure | None, now: dt.datetime) -> str:
    with db.transaction() as session:
        message = session.get(Message, message_id)
        values, counted = _outcome(message, failure, now)
        # "unknown" too: a sender that started meanwhile may have taken the claim for stale
        session.execute(update(Message).where(
            Message.id == message_id,
            Message.status.in_((SENDING, MessageStatus.UNKNOWN.value))).values(**values))
    return counted


class _Throttle:
    def __init__(self, per_minute: int) -> None:
        self.gap = 60.0 / per_minute if per_minute > 0 else 0.0
        self.next_at = 0.0

    def wait(self, done: int, total: int) -> Job[None]:
        while (left := self.next_at - time.monotonic()) > 0:
            time.sleep(min(left, WAIT_STEP_S))
            yield done, total

    def sent(self) -> None:
        self.next_at = time.monotonic() + self.gap


def send_due(db, *, now: dt.datetime | None = None, password: str | None = None,
             sms_key: str | None = None, limit: int | None = None,
             per_minute: int | None = None) -> Job[SendResult]:
    """Send what is due (at ``now``, the present when None). ``password`` and ``sms_key``:
    typed by the user for this batch when the computer has no keyring (else the keyring's or
    the environment's). ``per_minute``: messages.per_minute unless given."""
    result = SendResult()
    with db.transaction() as session:
        result.unknown = mark_unknown(session)
        if per_minute is None:
            per_minute = settings.get(session, settings.MESSAGES_PER_MINUTE)
        total = session.scalar(select(func.count()).select_from(Message).where(
            *_due(now or utcnow()), Message.channel.in_(CHANNELS))) or 0
    total = min(total, limit) if limit is not None else total
    channels, throttle, done = _Channels(password, sms_key), _Throttle(per_minute), 0
    try:
        while (limit is None or done < limit) and channels.open():
            yield from throttle.wait(done, total)
            with db.transaction() as session:
                message_id = claim(session, now or utcnow(), channels.open())
            if message_id is None:
                break
            sent = _send(db, message_id, channels)
            if sent is None:
                continue
            channel, failure = sent
            if failure is not None and failure.stops:
                channels.stopped[channel] = failure
            else:
                throttle.sent()
                done += 1
            counted = _record(db, message_id, failure, now or utcnow())
            if counted != "stopped":
                setattr(result, counted, getattr(result, counted) + 1)
            yield done, total
    finally:
        channels.close()
    _left_by_stops(db, now or utcnow(), channels, result)
    return result


def _left_by_stops(db, now: dt.datetime, channels: _Channels, result: SendResult) -> None:
    if not channels.stopped:
        return
    with db.session() as session:
        result.deferred += session.scalar(select(func.count()).select_from(Message).where(
            *_due(now), Message.channel.in_(tuple(channels.stopped)))) or 0
    result.stopped = [Text(msg.SEND_STOPPED, reason=failure.text)
                      for failure in channels.stopped.values()]
    result.stop_kinds = {channel: failure.kind for channel, failure in channels.stopped.items()}
