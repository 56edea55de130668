"""Survey templates and the surveys customers filled in."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_desk.models.base import Base, owned_rows, references, utcnow


class QuestionKind(enum.StrEnum):
    RATING = "rating"  # 1-5
    YES_NO = "yes_no"
    CHOICE = "choice"
    TEXT = "text"


class SurveyTemplate(Base):
    __tablename__ = "survey_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(default=True)

    questions: Mapped[list[SurveyQuestion]] = owned_rows(
        "template", order_by="SurveyQuestion.position")


class SurveyQuestion(Base):
    __tablename__ = "survey_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = references("survey_templates", on_delete="CASCADE", index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10))
    choices: Mapped[list | None] = mapped_column(JSON)

    template: Mapped[SurveyTemplate] = relationship(back_populates="questions")


class SurveyResponse(Base):
    __tablename__ = "survey_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int | None] = references("survey_templates", on_delete="SET NULL")
    customer_id: Mapped[int | None] = references("customers", on_delete="CASCADE", index=True)
    appointment_id: Mapped[int | None] = references("appointments", on_delete="SET NULL")
    completed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    answers: Mapped[list[SurveyAnswer]] = owned_rows("response", order_by="SurveyAnswer.id")


class SurveyAnswer(Base):
    __tablename__ = "survey_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = references("survey_responses", on_delete="CASCADE", index=True)
    question_id: Mapped[int | None] = references("survey_questions", on_delete="SET NULL")
    question_text: Mapped[str] = mapped_column(Text)  # kept as asked, even if edited later
    kind: Mapped[str] = mapped_column(String(10))
    rating: Mapped[int | None]
    value: Mapped[str] = mapped_column(Text, default="")

    response: Mapped[SurveyResponse] = relationship(back_populates="answers")
