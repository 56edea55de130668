"""Salon-wide settings, declared once with their types and defaults, stored in the database.

Per-PC preferences (window geometry, last folder) belong in QSettings, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from salon_desk.models import Setting
from salon_desk.services import error_texts as msg
from salon_desk.services import permissions
from salon_desk.services.errors import NotFound, SalonError, ValidationError
from salon_desk.services.texts import Text

T = TypeVar("T")
OPTIONS: dict[str, Option[Any]] = {}


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    kind: type
    default: T
    label: str = ""

    def __post_init__(self) -> None:
        OPTIONS[self.key] = self

    def to_json(self, value: T) -> Any:
        if self.kind is Decimal:
            return str(value)
        return value

    def from_json(self, raw: Any) -> T:
        if raw is None:
            return self.default
        if self.kind is Decimal:
            return Decimal(str(raw))  # type: ignore[return-value]
        if self.kind is int:
            return int(raw)  # type: ignore[return-value]
        if self.kind is bool:
            return bool(raw)  # type: ignore[return-value]
        return raw


# The salon
SALON_NAME = Option("salon.name", str, "My Salon", "Salon name")
SALON_ADDRESS = Option("salon.address", str, "", "Address")
SALON_PHONE = Option("salon.phone", str, "", "Phone")
SALON_EMAIL = Option("salon.email", str, "", "Email")
SALON_TAX_ID = Option("salon.tax_id", str, "", "Tax ID")
SALON_WEBSITE = Option("salon.website", str, "", "Website")
CURRENCY = Option("salon.currency", str, "EUR", "Currency (ISO 4217)")
DEFAULT_COUNTRY = Option("salon.default_country", str, "ES", "Default country for phone numbers")
OPENING_TIME = Option("schedule.opening", str, "09:00", "Opening time")
CLOSING_TIME = Option("schedule.closing", str, "20:00", "Closing time")
SLOT_MINUTES = Option("schedule.slot_minutes", int, 15, "Schedule slot (minutes)")
# Rewards
POINTS_PER_UNIT = Option("points.per_currency_unit", Decimal, Decimal(1), "Points per unit spent")
POINT_VALUE_CENTS = Option("points.value_cents", int, 5, "Value of one point (cents)")
# Messages: the salon's email account and SMS provider (their password and key are never
# settings: they live in the system keyring), the outbox and the automatic messages.
SMTP_HOST = Option("smtp.host", str, "", "SMTP server")
SMTP_PORT = Option("smtp.port", int, 587, "SMTP port")
SMTP_SECURITY = Option("smtp.security", str, "starttls", "SMTP security (none, starttls, ssl)")
SMTP_USER = Option("smtp.user", str, "", "SMTP user")
SMTP_SENDER = Option("smtp.sender", str, "", "Sender address")
SMTP_TIMEOUT = Option("smtp.timeout", int, 20, "SMTP timeout (seconds)")
SMS_PROVIDER = Option("sms.provider", str, "twilio", "SMS provider")
SMS_ACCOUNT = Option("sms.account", str, "", "SMS account (Account SID)")
SMS_SENDER = Option("sms.sender", str, "", "SMS sender (number or name)")
SMS_API_URL = Option("sms.api_url", str, "https://api.twilio.com", "SMS provider's address")
MESSAGES_PER_MINUTE = Option("messages.per_minute", int, 30, "Messages sent per minute")
LONG_SMS_WARNING = Option("messages.long_sms_warning", int, 3,
                          "Warn from this many SMS segments")
REMINDERS_ENABLED = Option("reminders.enabled", bool, True, "Send appointment reminders")
REMINDERS_HOURS_BEFORE = Option("reminders.hours_before", int, 24,
                                "Reminder hours before the appointment")
REMINDERS_CHANNEL = Option("reminders.channel", str, "sms", "Reminders' channel")
REMINDERS_TEMPLATE = Option("reminders.template_id", int, 0, "Reminders' template (0: built-in)")
BIRTHDAY_ENABLED = Option("birthday.enabled", bool, False, "Send birthday greetings")
BIRTHDAY_CHANNEL = Option("birthday.channel", str, "email", "Birthday greetings' channel")
BIRTHDAY_TEMPLATE = Option("birthday.template_id", int, 0,
                           "Birthday greetings' template (0: built-in)")
ANNIVERSARY_ENABLED = Option("anniversary.enabled", bool, False, "Send anniversary greetings")
SALON_LANGUAGE = Option("salon.language", str, "",
                        "Language of the messages (empty: the app's)")


# The settings that take one of a few words.
CHOICES = {"smtp.security": ("none", "starttls", "ssl"), "reminders.channel": ("email", "sms"),
           "birthday.channel": ("email", "sms"), "salon.language": ("", "en", "es")}
# Secrets are never settings (they live in the system keyring): a key that names one is told
# where it goes, for the scripts that would set it here.
SECRET_WORDS = ("password", "passphrase", "secret", "token", "key", "api_key", "auth_token")
SECRET_VARIABLES = {"smtp": "SALON_DESK_SMTP_PASSWORD", "sms": "SALON_DESK_SMS_KEY",
                    "backup": "SALON_DESK_BACKUP_PASSPHRASE"}
YES = ("true", "yes", "on", "1")
NO = ("false", "no", "off", "0")


def find_option(key: str) -> Option[Any]:
    """The option of that key (the modules that declare options must be imported); NotFound
    listing the known keys otherwise, or SalonError when the key names a secret."""
    key = key.strip().lower()
    if key in OPTIONS:
        return OPTIONS[key]
    group, _, name = key.rpartition(".")
    if any(word in name.split("_") or name == word for word in SECRET_WORDS):
        variable = SECRET_VARIABLES.get(group, " / ".join(SECRET_VARIABLES.values()))
        raise SalonError(Text(msg.SETTING_SECRET, key=key, variable=variable))
    raise NotFound(Text(msg.SETTING_UNKNOWN, key=key, known=", ".join(sorted(OPTIONS))))


def parse_text(opt: Option[T], text: str) -> T:
    """A value typed as text (the command line), checked against the option's type."""
    raw = text.strip()
    if opt.kind is bool:
        if raw.lower() not in YES + NO:
            raise ValidationError({opt.key: Text(msg.SETTING_NOT_YES_NO, key=opt.key,
                                                 value=text)})
        return raw.lower() in YES  # type: ignore[return-value]
    if opt.kind is int:
        if not raw.lstrip("-").isdigit() or not raw.isascii():
            raise ValidationError({opt.key: Text(msg.SETTING_NOT_NUMBER, key=opt.key,
                                                 value=text)})
        return int(raw)  # type: ignore[return-value]
    if opt.kind is Decimal:
        try:
            return Decimal(raw.replace(",", "."))  # type: ignore[return-value]
        except ArithmeticError:
            raise ValidationError({opt.key: Text(msg.SETTING_NOT_NUMBER, key=opt.key,
                                                 value=text)}) from None
    choices = CHOICES.get(opt.key)
    if choices is not None:
        if raw.lower() not in choices:
            raise ValidationError({opt.key: Text(msg.SETTING_CHOICE, key=opt.key,
                                                 known=", ".join(c for c in choices if c),
                                                 value=text)})
        return raw.lower()  # type: ignore[return-value]
    return text  # type: ignore[return-value]


def value_text(opt: Option[T], value: T) -> str:
    """A value as the command line prints it (booleans as true/false)."""
    if opt.kind is bool:
        return "true" if value else "false"
    return str(value)


def get(session: Session, option: Option[T]) -> T:
    row = session.get(Setting, option.key)
    return option.from_json(row.value if row else None)


def set_value(session: Session, option: Option[T], value: T) -> None:
    permissions.require(permissions.CHANGE_SETTINGS)
    row = session.get(Setting, option.key)
    if row is None:
        session.add(Setting(key=option.key, value=option.to_json(value)))
    else:
        row.value = option.to_json(value)
