"""Satisfaction surveys: templates edited in settings, filled in for a customer after a visit.

Each answer keeps the question's text and kind as they were asked, so editing or deleting a
question later never changes what a customer answered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from salon_desk.models import (
    Appointment,
    AppointmentStatus,
    QuestionKind,
    Sale,
    SaleLine,
    Service,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveyTemplate,
    utcnow,
)
from salon_desk.services import error_texts as msg
from salon_desk.services.errors import ValidationError, get_or_not_found
from salon_desk.services.texts import Text

KIND_LABELS = {QuestionKind.RATING.value: "Rating 1-5", QuestionKind.YES_NO.value: "Yes / no",
               QuestionKind.CHOICE.value: "Choice", QuestionKind.TEXT.value: "Free text"}
YES, NO = "yes", "no"


@dataclass
class QuestionData:
    text: str
    kind: str = QuestionKind.RATING.value
    choices: list[str] = field(default_factory=list)
    id: int | None = None  # set when editing an existing question


@dataclass
class TemplateData:
    name: str
    questions: list[QuestionData] = field(default_factory=list)
    active: bool = True


@dataclass
class AnswerRow:
    question: str
    kind: str
    rating: int | None
    value: str

    @property
    def shown(self) -> str:
        if self.kind == QuestionKind.RATING.value and self.rating is not None:
            return "★" * self.rating + "☆" * (5 - self.rating)
        if self.kind == QuestionKind.YES_NO.value:
            return {YES: "Yes", NO: "No"}.get(self.value, self.value)
        return self.value


@dataclass
class ResponseRow:
    id: int
    template_name: str
    completed_at: dt.datetime
    appointment_id: int | None
    appointment_label: str
    appointment_at: dt.datetime | None
    appointment_service: str
    answers: list[AnswerRow]

    @property
    def average_rating(self) -> Decimal | None:
        ratings = [a.rating for a in self.answers if a.rating is not None]
        return _mean(ratings)


def _mean(values: list[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"), ROUND_HALF_UP)


# Templates -------------------------------------------------------------------------------------

def list_templates(session: Session, active_only: bool = False) -> list[SurveyTemplate]:
    stmt = select(SurveyTemplate).options(selectinload(SurveyTemplate.questions))
    if active_only:
        stmt = stmt.where(SurveyTemplate.active.is_(True))
    return list(session.scalars(stmt.order_by(SurveyTemplate.name)))


def get_template(session: Session, template_id: int) -> SurveyTemplate:
    return get_or_not_found(session, SurveyTemplate, template_id, msg.SURVEY_TEMPLATE_NOT_FOUND)


def _validate_template(data: TemplateData) -> TemplateData:
    errors: dict[str, str] = {}
    data.name = (data.name or "").strip()
    if not data.name:
        errors["name"] = Text(msg.SURVEY_NAME_NEEDED)
    questions = []
    for i, q in enumerate(data.questions, start=1):
        q.text = (q.text or "").strip()
        q.choices = [c.strip() for c in q.choices or [] if c and c.strip()]
        if not q.text:
            errors["questions"] = Text(msg.QUESTION_NO_TEXT, number=i)
        if q.kind not in KIND_LABELS:
            errors["questions"] = Text(msg.QUESTION_UNKNOWN_KIND, number=i, kind=repr(q.kind))
        elif q.kind == QuestionKind.CHOICE.value:
            if len(q.choices) < 2:
                errors["questions"] = Text(msg.QUESTION_TWO_CHOICES, number=i)
            elif len({c.lower() for c in q.choices}) != len(q.choices):
                errors["questions"] = Text(msg.QUESTION_CHOICES_REPEAT, number=i)
        else:
            q.choices = []
        questions.append(q)
    if not questions:
        errors["questions"] = Text(msg.SURVEY_NO_QUESTIONS)
    data.questions = questions
    if errors:
        raise ValidationError(errors)
    return data


def save_template(session: Session, data: TemplateData,
                  template_id: int | None = None) -> SurveyTemplate:
    """Create or update a template; questions keep their ids when edited in place."""
    data = _validate_template(data)
    try:
        # Everything inside the savepoint: when the name is taken, rolling it back also drops
        # the new template from the session, so the caller's transaction stays usable.
        with session.begin_nested():
            if template_id is None:
                template = SurveyTemplate(name=data.name, active=data.active)
                session.add(template)
            else:
                template = get_template(session, template_id)
                template.name, template.active = data.name, data.active
            existing = {q.id: q for q in template.questions}
            kept = []
            for position, q in enumerate(data.questions):
                question = existing.get(q.id) if q.id is not None else None
                if question is None:
                    question = SurveyQuestion(text=q.text, kind=q.kind)
                question.position, question.text, question.kind = position, q.text, q.kind
                question.choices = q.choices or None
                kept.append(question)
            template.questions = kept
            session.flush()
    except IntegrityError as exc:
        raise ValidationError({"name": Text(msg.SURVEY_NAME_TAKEN, name=data.name)}) from exc
    return template


def delete_template(session: Session, template_id: int) -> None:
    """Completed surveys stay (with their questions as asked); only the template goes."""
    session.delete(get_template(session, template_id))
    session.flush()


# Filling in ------------------------------------------------------------------------------------

def _answer(question: SurveyQuestion, raw: Any) -> SurveyAnswer | str | None:
    """The answer row, an error message, or None when the question was left blank."""
    kind = question.kind
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if kind == QuestionKind.RATING.value:
        try:
            rating = int(raw)
        except (TypeError, ValueError):
            return Text(msg.RATING_NOT_NUMBER)
        if isinstance(raw, float) and raw != rating or not 1 <= rating <= 5:
            return Text(msg.RATING_RANGE)
        return SurveyAnswer(question_id=question.id, question_text=question.text, kind=kind,
                            rating=rating, value=str(rating))
    if kind == QuestionKind.YES_NO.value:
        value = {True: YES, False: NO}.get(raw, raw) if isinstance(raw, bool) else \
            str(raw).strip().lower()
        if value not in (YES, NO):
            return Text(msg.ANSWER_YES_OR_NO)
        return SurveyAnswer(question_id=question.id, question_text=question.text, kind=kind,
                            value=value)
    if kind == QuestionKind.CHOICE.value:
        value = str(raw).strip()
        if value not in (question.choices or []):
            return Text(msg.ANSWER_NOT_A_CHOICE, value=value)
        return SurveyAnswer(question_id=question.id, question_text=question.text, kind=kind,
                            value=value)
    return SurveyAnswer(question_id=question.id, question_text=question.text, kind=kind,
                        value=str(raw).strip())


def fill_survey(session: Session, customer_id: int, template_id: int, answers: dict[int, Any],
                appointment_id: int | None = None,
                completed_at: dt.datetime | None = None) -> SurveyResponse:
    """Record a completed survey; ``answers`` maps question id to the answer (blank = skipped)."""
    template = get_template(session, template_id)
    errors: dict[str, str] = {}
    rows = []
    for question in template.questions:
        result = _answer(question, answers.get(question.id))
        if isinstance(result, str):
            errors[f"q{question.id}"] = Text(msg.ANSWER_PROBLEM, question=question.text, problem=result)
        elif result is not None:
            rows.append(result)
    unknown = set(answers) - {q.id for q in template.questions}
    if unknown:
        errors["answers"] = Text(msg.ANSWERS_NOT_IN_SURVEY)
    if not rows and not errors:
        errors["answers"] = Text(msg.ANSWER_ONE_QUESTION)
    if appointment_id is not None:
        appt = session.get(Appointment, appointment_id)
        if appt is None or appt.customer_id != customer_id:
            errors["appointment_id"] = Text(msg.APPOINTMENT_NOT_THEIRS)
    if errors:
        raise ValidationError(errors)
    response = SurveyResponse(template_id=template.id, customer_id=customer_id,
                              appointment_id=appointment_id,
                              completed_at=completed_at or utcnow(), answers=rows)
    session.add(response)
    session.flush()
    return response


def delete_response(session: Session, response_id: int) -> None:
    session.delete(get_or_not_found(session, SurveyResponse, response_id, msg.SURVEY_NOT_FOUND))
    session.flush()


def list_responses(session: Session, customer_id: int) -> list[ResponseRow]:
    """The customer's completed surveys with their answers, newest first."""
    stmt = (select(SurveyResponse, SurveyTemplate.name, Appointment.starts_at, Service.name)
            .outerjoin(SurveyTemplate, SurveyTemplate.id == SurveyResponse.template_id)
            .outerjoin(Appointment, Appointment.id == SurveyResponse.appointment_id)
            .outerjoin(Service, Service.id == Appointment.service_id)
            .options(selectinload(SurveyResponse.answers))
            .where(SurveyResponse.customer_id == customer_id)
            .order_by(SurveyResponse.completed_at.desc(), SurveyResponse.id.desc()))
    out = []
    for response, name, starts_at, service in session.execute(stmt):
        label = ""
        if starts_at is not None:
            label = " ".join(p for p in (starts_at.astimezone().strftime("%d/%m/%Y"), service)
                             if p)
        out.append(ResponseRow(
            id=response.id, template_name=name or "(deleted survey)",
            completed_at=response.completed_at, appointment_id=response.appointment_id,
            appointment_label=label, appointment_at=starts_at,
            appointment_service=service or "",
            answers=[AnswerRow(a.question_text, a.kind, a.rating, a.value)
                     for a in response.answers]))
    return out


def average_satisfaction(session: Session, customer_id: int) -> Decimal | None:
    """The mean of every rating the customer gave (1-5, one decimal), None without ratings."""
    total, count = session.execute(
        select(func.sum(SurveyAnswer.rating), func.count(SurveyAnswer.rating))
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.customer_id == customer_id, SurveyAnswer.rating.is_not(None))
    ).one()
    if not count:
        return None
    return (Decimal(total) / count).quantize(Decimal("0.1"), ROUND_HALF_UP)


def latest_visit_appointment(session: Session, customer_id: int,
                             now: dt.datetime | None = None) -> int | None:
    """The appointment a survey filled in now is most likely about: that of the customer's
    latest past visit. A visit is a completed appointment, or a sale (not cancelled), that
    already happened; a sale stands for the appointment it charged. None when there was no
    visit, or when the latest visit (its day) was a sale with no appointment behind it.
    A future appointment is never the answer."""
    now = now or utcnow()
    charged = (select(SaleLine.appointment_id)
               .join(Sale, Sale.id == SaleLine.sale_id)
               .where(Sale.customer_id == customer_id, Sale.cancelled.is_(False),
                      SaleLine.appointment_id.is_not(None)))
    appointment = session.execute(
        select(Appointment.id, Appointment.starts_at)
        .where(Appointment.customer_id == customer_id, Appointment.starts_at <= now,
               Appointment.status != AppointmentStatus.CANCELLED.value,
               (Appointment.status == AppointmentStatus.COMPLETED.value)
               | Appointment.id.in_(charged))
        .order_by(Appointment.starts_at.desc(), Appointment.id.desc()).limit(1)).first()
    with_appointment = select(SaleLine.sale_id).where(SaleLine.appointment_id.is_not(None))
    walk_in = session.scalar(
        select(func.max(Sale.sold_at))
        .where(Sale.customer_id == customer_id, Sale.cancelled.is_(False), Sale.sold_at <= now,
               Sale.id.not_in(with_appointment)))
    if appointment is None:
        return None
    if walk_in is not None and (walk_in.astimezone().date()
                                > appointment.starts_at.astimezone().date()):
        return None  # the latest visit was a sale without an appointment (products, say)
    return appointment.id
