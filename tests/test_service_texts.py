"""Messages from the services reach the user in their language: every text a service gives is
in one catalogue (services.error_texts), marked for translation and translated into Spanish; the
interface translates it in one place (ui.texts.message_text, used by dialogs.show_error, the
field errors of saving.reporting and the lists that show names the app wrote)."""

from __future__ import annotations

import ast
import datetime as dt
import functools
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from visits_helpers import service_id, staff_id

from salon_desk.services import error_texts
from salon_desk.services.schedule.appointments import AppointmentData, book
from salon_desk.services.sales.debts import list_debts, pay_debt
from salon_desk.services.errors import ScheduleClash, ValidationError
from salon_desk.services.sales.selling import LineDraft, PaymentDraft, SaleDraft, create_sale
from salon_desk.services.texts import CONTEXT, Amount, Text, stored_text
from salon_desk.ui import dialogs
from salon_desk.ui.saving import run_write
from salon_desk.ui.texts import item_text, message_text

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ROOT / "salon_desk" / "services"
sys.path.insert(0, str(ROOT / "scripts"))

# Every service words its messages from the catalogue.
NOT_YET: tuple[str, ...] = ()
NBSP = "\u00a0"


# --------------------------------------------------------------------------- the catalogue
@functools.cache  # read once: the checks below ask it of every name in every service module
def catalogue() -> dict[str, str]:
    """NAME -> source text of every text in services/error_texts.py, as written there."""
    tree = ast.parse((SERVICES / "error_texts.py").read_text(encoding="utf-8"))
    texts = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            assert ast.unparse(call.func) == "QT_TRANSLATE_NOOP", ast.unparse(node)
            assert ast.literal_eval(call.args[0]) == CONTEXT
            texts[node.targets[0].id] = ast.literal_eval(call.args[1])
    return texts


def _catalogue_ref(node: ast.AST) -> bool:
    """msg.NAME of a catalogue text, or msg.TABLE[...] of a table of them (msg.BADGES[key])."""
    if isinstance(node, ast.Subscript):
        table = getattr(error_texts, getattr(node.value, "attr", ""), None)
        return (isinstance(node.value, ast.Attribute) and isinstance(table, dict)
                and set(table.values()) <= set(catalogue().values()))
    return isinstance(node, ast.Attribute) and node.attr in catalogue()


def _is_text(node: ast.AST | None) -> bool:
    """A message written in place: a string literal, an f-string or a + of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))


def _error_names() -> set[str]:
    """The names of SalonError and of every error a service module derives from it."""
    import importlib
    import pkgutil

    import salon_desk.services as services
    from salon_desk.services.errors import SalonError

    for module in pkgutil.walk_packages(services.__path__, "salon_desk.services."):
        importlib.import_module(module.name)
    names, todo = set(), [SalonError]
    while todo:
        error = todo.pop()
        names.add(error.__name__)
        todo += error.__subclasses__()
    return names


ERRORS = _error_names()


def _worded_messages(tree: ast.AST) -> list[str]:
    """Messages a service words itself: raise X("..."), ValidationError({k: "..."}),
    errors[k] = "..." (or problems[k], or .append("...") to such a list), and Text(...) whose
    source is not a catalogue name."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name in ERRORS and node.args:
                arg = node.args[0]
                values = arg.values if isinstance(arg, ast.Dict) else [arg]
                found += [ast.unparse(v) for v in values if _is_text(v)]
            if name == "Text" and node.args and _not_from_the_catalogue(node.args[0]):
                found.append(ast.unparse(node))
            if (name.endswith(("errors.append", "problems.append")) and node.args
                    and _is_text(node.args[0])):
                found.append(ast.unparse(node.args[0]))
        if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript)
                and ast.unparse(node.targets[0].value).endswith(("errors", "problems"))
                and _is_text(node.value)):
            found.append(ast.unparse(node.value))
    return found


def _service_modules():
    for path in sorted(SERVICES.rglob("*.py")):
        name = path.relative_to(SERVICES).as_posix()
        if not name.startswith(tuple(f"{folder}/" for folder in NOT_YET)):
            yield name, ast.parse(path.read_text(encoding="utf-8"))


def test_services_word_no_message_themselves():
    worded = {name: _worded_messages(tree) for name, tree in _service_modules()}
    assert {name: found for name, found in worded.items() if found} == {}


def _not_from_the_catalogue(source: ast.AST) -> bool:
    """Words written in place, or a name that is not in the catalogue (a helper's parameter,
    handed a catalogue text by its callers, is let through)."""
    if isinstance(source, (ast.Attribute, ast.Subscript)):
        return not _catalogue_ref(source)
    return _is_text(source)


def test_every_text_made_by_a_service_comes_from_the_catalogue():
    """No service builds a Text from words of its own or from a name not in the catalogue."""
    wrong = {}
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Call)
                 and ast.unparse(n.func) == "Text" and n.args
                 and _not_from_the_catalogue(n.args[0])]
        if found and path.name != "texts.py":
            wrong[path.name] = found
    assert wrong == {}


def test_the_check_sees_a_message_worded_in_place():
    tree = ast.parse('def f(x):\n'
                     '    raise NotFound(f"Debt {x} does not exist")\n'
                     '    raise ValidationError({"amount": "Too much"})\n'
                     '    errors["name"] = "Give it a name"\n'
                     '    raise NotFound(Text("Not in the catalogue"))\n'
                     '    raise NotFound(Text(msg.DEBT_NOT_FOUND, id=x))\n'
                     '    raise MergeRefused("Choose another customer")\n'
                     '    problems.append(f"{x} could not be read")\n')
    assert len(_worded_messages(tree)) == 6


def test_every_catalogue_text_is_extracted_and_translated_into_spanish():
    import update_translations as updater
    from i18n_extract import extract

    texts = catalogue()
    assert len(texts) > 80
    assert {getattr(error_texts, name) for name in texts} == set(texts.values())
    extracted = extract(updater.PACKAGE, updater.ROOT).messages
    spanish = updater.read_ts(updater.ts_path("es"))
    missing = [t for t in texts.values() if (CONTEXT, t, "") not in extracted]
    untranslated = [t for t in texts.values()
                    if not spanish.get((CONTEXT, t, "")) or not spanish[(CONTEXT, t, "")].finished]
    assert missing == []
    assert untranslated == []
    counting = [t for t in texts.values() if "%n" in t]
    assert counting and all(extracted[(CONTEXT, t, "")].numerus for t in counting)


# ----------------------------------------------------------------------------- the messages
def test_a_text_is_english_for_logs_and_keeps_its_source():
    text = Text(error_texts.DEBT_TOO_MUCH, left=Amount(4500), amount=Amount(5000))
    assert str(text) == "Only 45.00 is left to pay on this debt; 50.00 is too much"
    error = ValidationError({"amount": text})
    assert str(error) == str(text) and str(error).values["part0"].source == text.source
    assert str(Text(error_texts.VOUCHER_SESSIONS_LEFT, voucher="Cut", n=1)).endswith(
        "only 1 session left")
    assert stored_text("Unpaid on ticket T2026-000007").source == error_texts.UNPAID_ON_TICKET
    assert stored_text("Paid in two parts") == "Paid in two parts"


def test_service_messages_in_spanish(qapp, spanish):
    text = Text(error_texts.DEBT_TOO_MUCH, left=Amount(4500), amount=Amount(5000))
    assert message_text(text) == (f"Solo quedan 45,00{NBSP}€ por pagar de esta deuda; "
                                  f"50,00{NBSP}€ es demasiado")
    assert message_text(Text(error_texts.VOUCHER_SESSIONS_LEFT, voucher="Corte", n=1)) == (
        "Al bono «Corte» solo le queda 1 sesión")
    assert message_text(Text(error_texts.VOUCHER_SESSIONS_LEFT, voucher="Corte", n=3)) == (
        "Al bono «Corte» solo le quedan 3 sesiones")
    assert item_text("Unpaid on ticket T2026-000007") == "Pendiente del ticket T2026-000007"
    assert item_text('Prepaid card "Member C"') == "Tarjeta prepago «Member C»"
    assert item_text("Debt payment (ticket T1): paid at the desk") == (
        "Pago de deuda (ticket T1): paid at the desk")
    assert item_text("My own words") == "My own words"


def test_booking_refusal_is_shown_in_spanish_by_show_error(qapp, salon_db, make_customer,
                                                          spanish, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs.QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    ana, eva = make_customer(first_name="Ana", last_name="Ruiz"), make_customer(first_name="Eva")
    laura, cut = staff_id(salon_db, "Laura"), service_id(salon_db, "Women's cut & blow-dry")
    when = dt.datetime.combine(dt.date(2030, 5, 6), dt.time(10)).astimezone()
    with salon_db.transaction() as session:
        book(session, AppointmentData(ana, cut, laura, when))

    outcome = run_write(None, salon_db, "Reservar", lambda s: book(
        s, AppointmentData(eva, cut, laura, when + dt.timedelta(minutes=15))))
    assert not outcome.ok
    assert shown == [f"Laura ya tiene una cita: Women's cut & blow-dry con Ana Ruiz el "
                     f"{_date(when)} de 10:00 a 10:45."]
    with pytest.raises(ScheduleClash, match="Laura is already booked"), \
            salon_db.transaction() as session:  # English for logs and the command line
        book(session, AppointmentData(eva, cut, laura, when))


def _date(value: dt.datetime) -> str:
    from salon_desk.ui import formatting

    return formatting.date(value.date())


def test_field_error_of_a_debt_payment_is_shown_in_spanish(qapp, salon_db, make_customer,
                                                           spanish):
    cid = make_customer()
    with salon_db.transaction() as session:
        create_sale(session, SaleDraft(cid, lines=[LineDraft(
            "service", service_id(salon_db, "Full colour"))], payments=[PaymentDraft("cash",
                                                                                      2000)]))
        debt = list_debts(session, cid)[0]
    label = QLabel()
    outcome = run_write(None, salon_db, "Pagar", lambda s: pay_debt(s, debt.id, 5000, "cash"),
                        error_label=label)
    assert not outcome.ok
    assert label.text() == (f"Solo quedan 45,00{NBSP}€ por pagar de esta deuda; 50,00{NBSP}€ "
                            "es demasiado")
    assert outcome.error == label.text()
    assert item_text(debt.description).startswith("Pendiente del ticket T")


def test_sale_dialog_shows_its_refusal_in_spanish(qtbot, salon_db, make_customer, spanish):
    from salon_desk.ui.sales.sale_dialog import SaleDialog

    cid = make_customer()
    dialog = SaleDialog(salon_db, SaleDraft(cid))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error_label.text() == "Añada al menos una línea a la venta" or \
        not dialog.charge_button.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("service"))
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(
        service_id(salon_db, "Toner")))  # 25.00
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("card"))
    dialog.amount_edit.set_cents(9000)
    qtbot.mouseClick(dialog.add_payment_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == (f"Los pagos (90,00{NBSP}€) superan el total "
                                         f"(25,00{NBSP}€)")


def test_customer_form_shows_its_field_errors_in_spanish(qtbot, salon_db, spanish,
                                                         monkeypatch):
    """The form's own check (the mobile) and the service's (the name, the reason for blocking)
    both reach the fields in the interface language."""
    from salon_desk.ui import customer_form
    from salon_desk.ui.customer_form import CustomerFormDialog

    monkeypatch.setattr(customer_form, "ask_unsaved", lambda parent: "discard")
    form = CustomerFormDialog(salon_db)
    qtbot.addWidget(form)
    form.show()
    fields = form.fields
    qtbot.mouseClick(fields.blocked, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(fields.mobile.number_edit, "12345")
    assert not form.save()
    shown = {key: label.text() for key, label in fields.error_labels.items()
             if label.isVisible()}
    assert shown == {"first_name": "Escriba al menos un nombre o un apellido",
                     "mobile": "«12345» no es un número de teléfono válido para ES",
                     "blocked_reason": "Indique por qué está bloqueado el cliente"}


# ------------------------------------------------------------- the interface's side of it
UI = ROOT / "salon_desk" / "ui"
NOT_FROM_SERVICES = {"OSError", "ValueError", "TypeError", "KeyError", "UnicodeError",
                     "PermissionError", "FileNotFoundError", "PhoneError"}


def _formatted(node: ast.AST) -> list[ast.AST]:
    """What an f-string, a str.format call or a str.join puts into the text it makes."""
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format":
            return [*node.args, *(k.value for k in node.keywords)]
        if node.func.attr == "join":
            return list(node.args)
    return []


def _an_error(node: ast.AST) -> bool:
    """``exc`` or ``str(exc)``: an exception put into a sentence as it is."""
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "str" and node.args:
        node = node.args[0]
    return isinstance(node, ast.Name) and node.id == "exc"


def _services_error_worded_in(tree: ast.AST) -> list[str]:
    """Places that put a service's error into a sentence of their own without message_text:
    its str() is the English (a handler of OSError and the like is left alone)."""
    found = []

    def visit(node: ast.AST, handler: ast.ExceptHandler | None) -> None:
        if isinstance(node, ast.ExceptHandler):
            handler = node
        caught = set() if handler is None or handler.type is None else {
            ast.unparse(n) for n in ast.walk(handler.type) if isinstance(n, ast.Name)}
        if not (caught and caught <= NOT_FROM_SERVICES):
            found.extend(f"{node.lineno}: {ast.unparse(node)}" for part in _formatted(node)
                         if _an_error(part))
        for child in ast.iter_child_nodes(node):
            visit(child, handler)

    visit(tree, None)
    return found


def test_the_interface_translates_a_service_error_it_puts_into_a_sentence():
    wrong = {}
    for path in sorted(UI.rglob("*.py")):
        found = _services_error_worded_in(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            wrong[path.relative_to(UI).as_posix()] = found
    assert wrong == {}


def test_the_interface_check_sees_an_error_formatted_as_english():
    tree = ast.parse('try:\n    save()\n'
                     'except SalonError as exc:\n'
                     '    show(f"{title}: {exc}")\n'
                     '    show(tr("{0}: {1}").format(title, str(exc)))\n'
                     '    show(f"{title}: {message_text(str(exc))}")\n'
                     'except OSError as exc:\n'
                     '    show(tr("Not saved: {0}").format(exc))\n'
                     'def failed(exc, tb):\n'
                     '    label.setText("\\n".join(exc))\n')
    assert len(_services_error_worded_in(tree)) == 3
