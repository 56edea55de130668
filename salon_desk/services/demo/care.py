"""Demo care history: notes and colour formulas (with edits), patch tests, surveys, logged
messages and a few documents (generated before/after photos and a consent form PDF).

Rich history goes to the first 400 customers plus one in 250 of the rest, so a 100,000-customer
demo stays quick; rows go in with Core bulk inserts and pre-assigned ids. Everything comes from
the ``rng`` handed in, so the same seed gives the same data (dates are relative to today).
When the visits demo ran first, notes and surveys are linked to the customers' appointments.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections import defaultdict

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from salon_desk.models import (
    Appointment,
    Customer,
    Message,
    Note,
    NoteRevision,
    PatchTest,
    Service,
    ServiceType,
    Staff,
    SurveyAnswer,
    SurveyResponse,
)
from salon_desk.services.care import documents
from salon_desk.services.care.notes import Formula, Shade
from salon_desk.services.care.surveys import QuestionData, TemplateData, list_templates, save_template

RICH = 400
SPRINKLE = 250
WITH_DOCUMENTS = 40

BRANDS = ["Lumina Color Pro", "Chromaline Permanent", "Velvet Tone Demi", "Aurea Gloss"]
RESULTS = ["Even warm blonde, grey fully covered", "Rich chocolate, shine excellent",
           "Slightly too ashy at the ends", "Copper came out brighter than planned",
           "Perfect match to the inspiration photo", "Roots a touch darker than the lengths"]
COLOUR_TEXTS = ["Roots 30% grey, resistant at the temples",
                "Wants to go a little lighter for summer",
                "Porous ends: apply the lengths for the last 10 minutes only",
                "Sensitive scalp: barrier cream on the hairline", "Asked for a cooler tone",
                ""]
GENERAL_NOTES = ["Prefers a quiet appointment, no small talk", "Coffee with oat milk",
                 "Likes the water not too hot at the basin",
                 "Planning a wedding in spring: trial run in March",
                 "Recommend the hydrating mask next time",
                 "Skin reacts to fragrance: use the sensitive range",
                 "Brings her own brush for the blow-dry", "Back pain: extra cushion on the chair"]
PINNED = ["Allergic to PPD: colour only after a fresh patch test",
          "Always books with her sister: book two chairs together",
          "Pregnant (due in autumn): no ammonia, no deep massage"]
CALLS = [("call", "appointments", "Moved Friday's appointment", "Called to move it to 17:00."),
         ("call", "appointments", "Running late", "She phoned: 15 minutes late, kept the slot."),
         ("whatsapp", "appointments", "Confirmed tomorrow", "Sent from the salon phone."),
         ("whatsapp", "follow_up", "How is the colour?", "Asked after the first wash; happy."),
         ("call", "follow_up", "Product question", "Explained how to use the purple shampoo."),
         ("in_person", "marketing", "Spring offer", "Told her about the keratin offer.")]
SURVEY_TEXTS = ["Lovely as always", "Great colour, a bit of a wait at the start",
                "Marta is wonderful", "Music a little loud", ""]


def _pick_customers(ids: list[int]) -> list[int]:
    return ids[:RICH] + ids[RICH::SPRINKLE]


def _formula(rng: random.Random, start: int | None = None) -> Formula:
    start = start or rng.randint(3, 8)
    target = max(1, min(10, start + rng.choice([-1, 0, 1, 1, 2])))
    tones = rng.sample(["0", "1", "3", "4", "7", "34", "43", "66"], k=rng.choice([1, 2, 2, 3]))
    shades = [Shade(f"{target if i == 0 else rng.choice([target, target - 1])}.{tone}",
                    float(rng.choice([10, 15, 20, 25, 30, 40]))) for i, tone in enumerate(tones)]
    return Formula(brand=rng.choice(BRANDS), shades=shades,
                   developer_volume=rng.choice([10, 20, 20, 30]),
                   mixing_ratio=rng.choice(["1:1", "1:1.5", "1:2"]),
                   processing_minutes=rng.choice([25, 30, 35, 40, 45]),
                   starting_level=start, target_level=target, result=rng.choice(RESULTS))


def _next_id(session: Session, model) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def _at(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(9, 18), rng.choice((0, 15, 30, 45))),
                               dt.UTC)


def _templates(session: Session) -> list:
    if not list_templates(session):
        save_template(session, TemplateData("After your visit", [
            QuestionData("How happy are you with the result?", "rating"),
            QuestionData("How was the welcome and the attention?", "rating"),
            QuestionData("How clean and comfortable was the salon?", "rating"),
            QuestionData("Would you recommend us to a friend?", "yes_no"),
            QuestionData("How did you book?", "choice", ["Phone", "WhatsApp", "In person",
                                                         "Instagram"]),
            QuestionData("Anything we could do better?", "text"),
        ]))
        save_template(session, TemplateData("Colour follow-up", [
            QuestionData("How is the colour holding after two weeks?", "rating"),
            QuestionData("Did the shade match what you wanted?", "yes_no"),
            QuestionData("Would you like the same formula next time?", "choice",
                         ["Yes, the same", "A little lighter", "A little darker"]),
        ]))
    return list_templates(session)


def _appointments(session: Session, customer_ids: list[int]) -> dict[int, list[tuple]]:
    """Completed appointments of these customers: (id, starts_at, service type, staff id)."""
    out: dict[int, list[tuple]] = defaultdict(list)
    for start in range(0, len(customer_ids), 900):
        chunk = customer_ids[start:start + 900]
        rows = session.execute(
            select(Appointment.customer_id, Appointment.id, Appointment.starts_at,
                   ServiceType.name, Appointment.staff_id)
            .outerjoin(Service, Service.id == Appointment.service_id)
            .outerjoin(ServiceType, ServiceType.id == Service.service_type_id)
            .where(Appointment.customer_id.in_(chunk), Appointment.status == "completed")
            .order_by(Appointment.starts_at))
        for cid, appt_id, starts_at, kind, staff_id in rows:
            out[cid].append((appt_id, starts_at, kind, staff_id))
    return out


def build_demo_history(session: Session, customer_ids: list[int], rng: random.Random) -> None:
    today = dt.date.today()
    chosen = _pick_customers(customer_ids)
    if not chosen:
        return
    history = _CareHistory(session, rng, today)
    visits = _appointments(session, chosen)
    for cid in chosen:
        appts = visits.get(cid, [])
        history.colour_cards(cid, [a for a in appts if a[2] == "Colour"])
        history.general_notes(cid)
        history.patch_test(cid)
        history.surveys(cid, appts)
        history.messages(cid)
    history.write(session.connection())
    _documents(session, chosen[:WITH_DOCUMENTS], rng, today)


class _CareHistory:
    """The care rows of the chosen customers, built in memory and written in bulk."""

    def __init__(self, session: Session, rng: random.Random, today: dt.date) -> None:
        self.rng, self.today = rng, today
        self.staff = list(session.scalars(select(Staff.id).order_by(Staff.id)))
        self.colourists = [s for s, role in session.execute(select(Staff.id, Staff.role))
                           if role in ("Colourist", "Stylist")] or self.staff
        self.patch_services = [(s.id, s.name) for s in session.scalars(
            select(Service).where(Service.requires_patch_test.is_(True)).order_by(Service.id))]
        self.templates = _templates(session)
        self.note_id, self.rev_id = _next_id(session, Note), _next_id(session, NoteRevision)
        self.resp_id = _next_id(session, SurveyResponse)
        self.ans_id = _next_id(session, SurveyAnswer)
        self.rows: dict[type, list[dict]] = {model: [] for model in (
            Note, NoteRevision, PatchTest, SurveyResponse, SurveyAnswer, Message)}
        self.now = dt.datetime.now(dt.UTC)

    def colour_cards(self, cid: int, colour_appts: list[tuple]) -> None:
        """Colour formulas: a first card, later ones reusing the previous formula."""
        rng = self.rng
        if not (colour_appts or rng.random() < 0.55):
            return
        n_cards = min(len(colour_appts), 4) if colour_appts else rng.randint(1, 3)
        formula = _formula(rng)
        previous = None
        for k in range(n_cards):
            if colour_appts:
                appt_id, starts_at, _kind, who = colour_appts[-n_cards + k]
                created = starts_at + dt.timedelta(hours=2)
            else:
                appt_id, who = None, rng.choice(self.colourists)
                created = _at(self.today - dt.timedelta(days=60 * (n_cards - k) + rng.randint(
                    0, 20)), rng)
            if previous is not None:
                formula = Formula.from_json(formula.to_json())
                formula.shades[0].grams = float(max(5, formula.shades[0].grams
                                                    + rng.choice([-5, 0, 5])))
                formula.result = rng.choice(RESULTS)
            self._colour_card(cid, formula, appt_id, who, created, previous)
            previous = self.note_id
            self.note_id += 1

    def _colour_card(self, cid: int, formula: Formula, appt_id: int | None, who: int | None,
                     created: dt.datetime, previous: int | None) -> None:
        rng = self.rng
        text = rng.choice(COLOUR_TEXTS)
        note = {"id": self.note_id, "customer_id": cid, "note_type": "colour", "text": text,
                "formula": formula.to_json(), "appointment_id": appt_id, "pinned": False,
                "author_id": who or rng.choice(self.colourists), "based_on_id": previous,
                "created_at": created, "updated_at": created}
        self.rows[Note].append(note)
        if rng.random() < 0.35:  # edited afterwards: keep the earlier state
            before = Formula.from_json(formula.to_json())
            before.processing_minutes = (formula.processing_minutes or 30) - 5
            changed = created + dt.timedelta(days=rng.randint(1, 5))
            self.rows[NoteRevision].append({
                "id": self.rev_id, "note_id": self.note_id, "changed_at": changed,
                "changed_by_id": rng.choice(self.colourists), "previous_text": text,
                "previous_formula": before.to_json()})
            note["updated_at"] = changed
            self.rev_id += 1

    def general_notes(self, cid: int) -> None:
        """A few plain notes, and now and then a pinned one."""
        rng = self.rng
        for _ in range(rng.choices([0, 1, 2], [40, 45, 15])[0]):
            self._note(cid, rng.randint(5, 700), GENERAL_NOTES, pinned=False)
        if rng.random() < 0.08:
            self._note(cid, rng.randint(5, 400), PINNED, pinned=True)

    def _note(self, cid: int, days_ago: int, texts: list[str], pinned: bool) -> None:
        rng = self.rng
        created = _at(self.today - dt.timedelta(days=days_ago), rng)
        self.rows[Note].append({"id": self.note_id, "customer_id": cid, "note_type": "general",
                                "text": rng.choice(texts), "formula": None,
                                "appointment_id": None, "pinned": pinned,
                                "author_id": rng.choice(self.staff), "based_on_id": None,
                                "created_at": created, "updated_at": created})
        self.note_id += 1

    def patch_test(self, cid: int) -> None:
        """Patch tests: valid, expired, failed and pending ones."""
        rng = self.rng
        if not (self.patch_services and rng.random() < 0.6):
            return
        service_id, _name = rng.choice(self.patch_services)
        kind = rng.choices(["valid", "expired", "failed", "pending"], [55, 25, 10, 10])[0]
        tested = self.today - dt.timedelta(days={"valid": rng.randint(3, 150),
                                                 "expired": rng.randint(200, 500),
                                                 "failed": rng.randint(5, 300),
                                                 "pending": rng.randint(0, 1)}[kind])
        result = {"valid": "pass", "expired": "pass", "failed": "fail",
                  "pending": "pending"}[kind]
        self.rows[PatchTest].append({
            "customer_id": cid, "tested_on": tested, "service_id": service_id,
            "product_id": None, "subject": rng.choice(["Behind the ear", "Inner elbow", ""]),
            "staff_id": rng.choice(self.colourists), "result": result,
            "valid_until": tested + dt.timedelta(days=180) if result == "pass" else None,
            "notes": "Slight redness after 48 h" if kind == "failed" else ""})

    def surveys(self, cid: int, appts: list[tuple]) -> None:
        """Surveys after some visits (or none, for a customer without visits)."""
        rng = self.rng
        survey_appts = appts[-3:] if appts else [None] * rng.choice([0, 0, 1, 2])
        for appt in survey_appts:
            if appt is not None and rng.random() < 0.45:
                continue
            template = self.templates[0] if appt is None or appt[2] != "Colour" else \
                rng.choice(self.templates)
            when = (appt[1] + dt.timedelta(days=1)) if appt else \
                _at(self.today - dt.timedelta(days=rng.randint(10, 600)), rng)
            if when > self.now:
                continue
            happy = rng.random() < 0.8
            self.rows[SurveyResponse].append({
                "id": self.resp_id, "template_id": template.id, "customer_id": cid,
                "appointment_id": appt[0] if appt else None, "completed_at": when})
            for q in template.questions:
                self._answer(q, happy)
            self.resp_id += 1

    def _answer(self, q, happy: bool) -> None:
        rng = self.rng
        row = {"id": self.ans_id, "response_id": self.resp_id, "question_id": q.id,
               "question_text": q.text, "kind": q.kind, "rating": None, "value": ""}
        if q.kind == "rating":
            rating = rng.choice([4, 5, 5]) if happy else rng.choice([2, 3, 4])
            row.update(rating=rating, value=str(rating))
        elif q.kind == "yes_no":
            row["value"] = "yes" if happy or rng.random() < 0.5 else "no"
        elif q.kind == "choice":
            row["value"] = rng.choice(q.choices)
        else:
            row["value"] = rng.choice(SURVEY_TEXTS)
            if not row["value"]:
                return
        self.rows[SurveyAnswer].append(row)
        self.ans_id += 1

    def messages(self, cid: int) -> None:
        """Messages logged by hand."""
        rng = self.rng
        for _ in range(rng.choices([0, 1, 2, 3], [35, 35, 20, 10])[0]):
            channel, category, subject, body = rng.choice(CALLS)
            self.rows[Message].append({
                "customer_id": cid, "channel": channel, "category": category,
                "subject": subject, "body": body, "status": "logged",
                "at": _at(self.today - dt.timedelta(days=rng.randint(1, 500)), rng),
                "staff_id": rng.choice(self.staff)})

    def write(self, conn) -> None:
        for model, rows in self.rows.items():
            for start in range(0, len(rows), 5000):
                conn.execute(insert(model.__table__), rows[start:start + 5000])


# Documents ---------------------------------------------------------------------------------

PALETTES = [("#f6d365", "#fda085"), ("#a18cd1", "#fbc2eb"), ("#84fab0", "#8fd3f4"),
            ("#fccb90", "#d57eeb"), ("#e0c3fc", "#8ec5fc"), ("#f093fb", "#f5576c")]


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # older Pillow without sized default fonts
        return ImageFont.load_default()


def photo_card(label: str, top: str, bottom: str, seed: int) -> bytes:
    """A synthetic "photo": a soft vertical gradient with a label, as JPEG bytes."""
    width, height = 480, 360
    img = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    t = tuple(int(top[i:i + 2], 16) for i in (1, 3, 5))
    b = tuple(int(bottom[i:i + 2], 16) for i in (1, 3, 5))
    for y in range(height):
        f = y / (height - 1)
        draw.line([(0, y), (width, y)], fill=tuple(int(t[i] + (b[i] - t[i]) * f)
                                                   for i in range(3)))
    rng = random.Random(seed)
    for _ in range(9):  # soft waves, different for every customer
        x, y = rng.randint(-100, width), rng.randint(20, height - 120)
        draw.arc((x, y, x + rng.randint(120, 260), y + rng.randint(160, 320)), 180, 330,
                 fill=(255, 255, 255), width=rng.choice((2, 3, 4)))
    font = _font(64)
    box = draw.textbbox((0, 0), label, font=font)
    text_w, text_h = box[2] - box[0], box[3] - box[1]
    left, top_y = 28, height - text_h - 64
    draw.rounded_rectangle((left, top_y, left + text_w + 44, top_y + text_h + 36), 18,
                           fill=(255, 255, 255))
    draw.text((left + 22 - box[0], top_y + 18 - box[1]), label, fill=(60, 50, 80), font=font)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def consent_pdf(customer_name: str, day: dt.date) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    pdf.setTitle("Colour service consent")
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 770, "Colour service consent form")
    pdf.setFont("Helvetica", 11)
    lines = [f"Customer: {customer_name}", f"Date: {day:%d/%m/%Y}", "",
             "I confirm I have had a skin (patch) test at least 48 hours before the service",
             "and that I have told the salon about any allergy or reaction.", "",
             "Signed: ______________________"]
    for i, line in enumerate(lines):
        pdf.drawString(72, 730 - 18 * i, line)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _documents(session: Session, customer_ids: list[int], rng: random.Random,
               today: dt.date) -> None:
    folder = documents.folder_for(session)
    names = dict(session.execute(select(Customer.id, Customer.first_name + " "
                                        + Customer.last_name).where(
        Customer.id.in_(customer_ids))).all())
    for i, cid in enumerate(customer_ids):
        top, bottom = PALETTES[i % len(PALETTES)]
        day = today - dt.timedelta(days=rng.randint(10, 300))
        if rng.random() < 0.8:
            documents.attach_bytes(session, cid, photo_card("Before", bottom, top, cid),
                                   "IMG_before.jpg", title="Before colour", document_date=day,
                                   folder=folder)
            documents.attach_bytes(session, cid, photo_card("After", top, bottom, cid + 1),
                                   "IMG_after.jpg", title="After colour", document_date=day,
                                   description="Result of the colour service", folder=folder)
        if rng.random() < 0.4:
            # the same inspiration picture brought by several customers: stored once
            documents.attach_bytes(session, cid, photo_card("Inspiration", "#fbe9d7",
                                                            "#c79081", 7),
                                   "inspiration.jpg", title="Look she wants",
                                   document_date=day - dt.timedelta(days=3), folder=folder)
        if rng.random() < 0.6:
            documents.attach_bytes(session, cid, consent_pdf(names.get(cid, ""), day),
                                   "consent.pdf", title="Signed consent form",
                                   document_date=day, folder=folder)
