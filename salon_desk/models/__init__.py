"""SQLAlchemy models of Salon Desk, one module per part of the domain."""

from salon_desk.models import search_index  # noqa: F401  (keeps the FTS index in sync)
from salon_desk.models.appointments import (
    ACTIVE_STATUSES,
    BOOKED_STATUSES,
    Appointment,
    AppointmentStatus,
)
from salon_desk.models.audit import AuditEntry, AuditValues
from salon_desk.models.base import Base, UTCDateTime, utcnow
from salon_desk.models.budgets import Budget, BudgetLine
from salon_desk.models.care import (
    Document,
    DocumentFile,
    Note,
    NoteRevision,
    NoteType,
    PatchTest,
    PatchTestResult,
)
from salon_desk.models.catalog import Package, PackageItem, Product, Service, ServiceType
from salon_desk.models.credits import (
    LoyaltyCard,
    PointsAction,
    PointsEntry,
    PrepaidCard,
    PrepaidCardType,
    Voucher,
    VoucherUse,
)
from salon_desk.models.customers import (
    Badge,
    Channel,
    ConsentCategory,
    ConsentEvent,
    Customer,
    CustomerCategory,
    CustomerConsent,
    CustomerMedia,
    Gender,
    customer_badges,
)
from salon_desk.models.history import (
    BulkChange,
    BulkChangedCustomer,
    DismissedPair,
    ImportBatch,
    ImportedCustomer,
    Merge,
)
from salon_desk.models.messages import (
    Message,
    MessageAttachment,
    MessageKind,
    MessageStatus,
    MessageTemplate,
    MessageTemplateText,
)
from salon_desk.models.sales import (
    CashMovement,
    Debt,
    DebtPayment,
    LineKind,
    Payment,
    PaymentMethod,
    Sale,
    SaleLine,
)
from salon_desk.models.privacy import ForgetRequest, RetentionKept
from salon_desk.models.segments import SavedSegment
from salon_desk.models.settings import Setting
from salon_desk.models.staff import Room, Staff
from salon_desk.models.surveys import (
    QuestionKind,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveyTemplate,
)

__all__ = [
    "ACTIVE_STATUSES", "BOOKED_STATUSES", "Appointment", "AppointmentStatus", "Badge", "Base",
    "Budget", "BudgetLine", "BulkChange", "BulkChangedCustomer", "CashMovement", "SavedSegment",
    "Channel", "ConsentCategory", "ConsentEvent", "Customer", "CustomerCategory",
    "CustomerConsent", "CustomerMedia", "Debt", "DebtPayment", "DismissedPair", "Document",
    "DocumentFile",
    "Gender", "ImportBatch", "ImportedCustomer", "LineKind", "LoyaltyCard", "Merge", "Message",
    "MessageAttachment", "MessageKind", "MessageStatus", "MessageTemplate",
    "MessageTemplateText", "Note", "NoteRevision", "NoteType", "Package", "PackageItem", "PatchTest",
    "PatchTestResult", "Payment", "PaymentMethod", "PointsAction", "PointsEntry", "PrepaidCard",
    "PrepaidCardType", "Product", "QuestionKind", "Room", "Sale", "SaleLine", "Service",
    "ServiceType", "Setting", "Staff", "SurveyAnswer", "SurveyQuestion", "SurveyResponse",
    "SurveyTemplate", "UTCDateTime", "Voucher", "VoucherUse", "customer_badges", "utcnow",
    "ForgetRequest", "RetentionKept", "AuditEntry", "AuditValues",
]
