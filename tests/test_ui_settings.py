"""The settings dialog: salon details and lists edited, then saved in one transaction."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from salon_desk.models import Badge, Customer, Package, Service, ServiceType, Staff
from salon_desk.services import settings
from salon_desk.ui import dialogs
from salon_desk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, salon_db):
    widget = SettingsDialog(salon_db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot, widget, text: str) -> None:
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_add_a_staff_member_and_a_service(qtbot, dialog, salon_db):
    dialog.show_page(dialog.staff_page)
    qtbot.mouseClick(dialog.staff_page.add_button, Qt.MouseButton.LeftButton)
    staff = dialog.staff_page.widgets
    _type(qtbot, staff["name"], "Nadia")
    _type(qtbot, staff["role"], "Nail technician")

    dialog.show_page(dialog.services_page)
    page = dialog.services_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, page.widgets["name"], "Gel pedicure")
    page.widgets["service_type"].setCurrentIndex(page.widgets["service_type"].findText("Nails"))
    page.widgets["duration_minutes"].setValue(55)
    _type(qtbot, page.widgets["price_cents"], "34,50")
    _type(qtbot, page.widgets["tax_rate"], "10")
    qtbot.mouseClick(page.widgets["requires_patch_test"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    with salon_db.session() as session:
        nadia = session.scalar(select(Staff).where(Staff.name == "Nadia"))
        service = session.scalar(select(Service).where(Service.name == "Gel pedicure"))
        nails = session.scalar(select(ServiceType.id).where(ServiceType.name == "Nails"))
        assert nadia.role == "Nail technician" and nadia.active
        assert service.price_cents == 3450 and service.duration_minutes == 55
        assert service.tax_rate == Decimal(10) and service.requires_patch_test
        assert service.service_type_id == nails


def test_a_new_service_type_can_be_used_before_saving(qtbot, dialog, salon_db):
    dialog.show_page(dialog.service_types_page)
    qtbot.mouseClick(dialog.service_types_page.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, dialog.service_types_page.widgets["name"], "Brows")
    dialog.show_page(dialog.services_page)
    page = dialog.services_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, page.widgets["name"], "Brow lamination")
    page.widgets["service_type"].setCurrentIndex(page.widgets["service_type"].findText("Brows"))
    assert dialog.save()
    with salon_db.session() as session:
        service = session.scalar(select(Service).where(Service.name == "Brow lamination"))
        assert service.service_type.name == "Brows"


def test_package_contents_are_saved(qtbot, dialog, salon_db):
    dialog.show_page(dialog.packages_page)
    page = dialog.packages_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, page.widgets["name"], "Manicure bonus")
    _type(qtbot, page.widgets["price_cents"], "90")
    editor = page.widgets["items"]
    editor.add_line(None, 1, emit=True)
    combo = editor.table.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findText("Manicure"))
    editor.table.cellWidget(0, 1).setValue(5)
    assert dialog.save()
    with salon_db.session() as session:
        package = session.scalar(select(Package).where(Package.name == "Manicure bonus"))
        assert package.price_cents == 9000
        assert [(i.service.name, i.quantity) for i in package.items] == [("Manicure", 5)]


def test_deleting_asks_and_says_what_uses_it(qtbot, dialog, salon_db, make_customer,
                                            monkeypatch):
    with salon_db.session() as session:
        laura = session.scalar(select(Staff.id).where(Staff.name == "Laura"))
    customer = make_customer(first_name="Inés", preferred_staff_id=laura)
    dialog.close()
    dialog = SettingsDialog(salon_db)
    qtbot.addWidget(dialog)
    page = dialog.staff_page
    dialog.show_page(page)
    page.select(next(e for e in page.entries if e.id == laura))
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, yes=None:
                        questions.append(text) or False)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "1 customers" in questions[0]
    assert any(e.id == laura for e in page.entries)  # answered No
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.save()
    with salon_db.session() as session:
        assert session.get(Staff, laura) is None
        assert session.get(Customer, customer).preferred_staff_id is None


def test_builtin_badges_cannot_be_deleted(qtbot, dialog, salon_db):
    page = dialog.badges_page
    dialog.show_page(page)
    builtin = next(e for e in page.entries if e.values.get("builtin"))
    page.select(builtin)
    assert not page.delete_button.isEnabled()
    own = next(e for e in page.entries if not e.values.get("builtin"))
    page.select(own)
    assert page.delete_button.isEnabled()


def test_salon_details_are_saved(qtbot, dialog, salon_db):
    page = dialog.salon_page
    _type(qtbot, page.name, "Studio Nord")
    page.currency.setCurrentText("gbp")
    page.country.set_code("GB")
    page.slot.setValue(30)
    assert dialog.save()
    with salon_db.session() as session:
        assert settings.get(session, settings.SALON_NAME) == "Studio Nord"
        assert settings.get(session, settings.CURRENCY) == "GBP"
        assert settings.get(session, settings.DEFAULT_COUNTRY) == "GB"
        assert settings.get(session, settings.SLOT_MINUTES) == 30


def test_a_problem_on_any_page_saves_nothing(qtbot, dialog, salon_db, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    dialog.show_page(dialog.staff_page)
    qtbot.mouseClick(dialog.staff_page.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, dialog.staff_page.widgets["name"], "Zoe")
    page = dialog.badges_page
    dialog.show_page(page)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, page.widgets["name"], "VIP")  # the name of an existing badge
    assert not dialog.save()
    assert dialog.isVisible() and "VIP" in errors[0]
    assert dialog.stack.currentIndex() == dialog.pages.index(page)
    with salon_db.session() as session:
        assert session.scalar(select(Staff).where(Staff.name == "Zoe")) is None
    _type(qtbot, page.widgets["name"], "Loyal")
    assert dialog.save()
    with salon_db.session() as session:
        assert session.scalar(select(Staff).where(Staff.name == "Zoe")) is not None
        assert session.scalar(select(Badge).where(Badge.name == "Loyal")) is not None


def test_cancelling_with_changes_asks_first(qtbot, dialog, salon_db, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: asked.append(1) or False)
    dialog.reject()
    assert not asked and not dialog.isVisible()  # nothing changed: closes at once
    dialog.show()
    _type(qtbot, dialog.salon_page.phone, "+34 910 111 222")
    dialog.reject()
    assert asked and dialog.isVisible()  # kept open
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    dialog.reject()
    assert not dialog.isVisible()
    with salon_db.session() as session:
        assert settings.get(session, settings.SALON_PHONE) == "+34 910 000 000"
