"""The salon's lists in the settings dialog: categories, badges, staff, rooms, service types,
services, products and packages."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QPushButton, QSpinBox,
    QTableWidget, QVBoxLayout, QWidget)
from sqlalchemy.orm import Session

from salon_desk.models import (Badge, CustomerCategory, Package, Product, Room, Service,
    ServiceType, Staff)
from salon_desk.models.db import Database
from salon_desk.services.sales import catalog
from salon_desk.services import error_texts as msg
from salon_desk.services.customers.views import BadgeInfo, badge_name
from salon_desk.ui.settings_pages.catalog_page import CatalogPage, Entry, Field
from salon_desk.ui.texts import message_text
from salon_desk.ui.widgets.badges import badge_icon


def _next_position(entries: list[Entry]) -> int:
    return max((int(e.values.get("position") or 0) for e in entries), default=-1) + 1


class CategoriesPage(CatalogPage):
    model = CustomerCategory

    def title(self) -> str:
        return self.tr("Customer categories")

    def fields(self) -> list[Field]:
        return [Field("name", self.tr("Name"), "text", {"max": 80}),
                Field("colour", self.tr("Colour"), "colour")]

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("New category"), "colour": "#607d8b"}


class BadgesPage(CatalogPage):
    model = Badge
    deletable_builtin = False

    def title(self) -> str:
        return self.tr("Badges")

    def fields(self) -> list[Field]:
        return [Field("name", self.tr("Name"), "text", {"max": 80}),
                Field("colour", self.tr("Colour"), "colour"),
                Field("icon", self.tr("Icon"), "text", {
                    "max": 4, "placeholder": self.tr("an emoji or one or two letters")})]

    def to_values(self, item: Badge) -> dict[str, Any]:
        # A badge the app made shows its name in the interface language until renamed.
        return {**super().to_values(item), "builtin": item.builtin, "position": item.position,
                "key": item.key, "name": message_text(badge_name(item.key, item.name))}

    def to_db(self, entry: Entry) -> dict[str, Any]:
        values = super().to_db(entry)
        shipped = badge_name(entry.values.get("key"), msg.BADGES.get(entry.values.get("key")))
        if shipped and values.get("name") == message_text(shipped):
            values["name"] = str(shipped)  # left as shown: it goes on following the language
        if entry.id is None:
            values["position"] = entry.values.get("position", 0)
        return values

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("New badge"), "colour": "#8e24aa", "icon": "",
                "position": _next_position(self.entries)}

    def list_icon(self, entry: Entry) -> QIcon | None:
        v = entry.values
        return badge_icon(BadgeInfo(0, v.get("name") or "?", v.get("colour") or "#607d8b",
                                    v.get("icon") or ""), 16)


class StaffPage(CatalogPage):
    model = Staff

    def title(self) -> str:
        return self.tr("Staff")

    def fields(self) -> list[Field]:
        return [Field("name", self.tr("Name"), "text", {"max": 120}),
                Field("role", self.tr("Role"), "text", {
                    "max": 80, "placeholder": self.tr("Stylist, beautician, receptionist…")}),
                Field("email", self.tr("Email"), "text", {"max": 254}),
                Field("phone", self.tr("Phone"), "text", {"max": 40}),
                Field("colour", self.tr("Colour in the schedule"), "colour"),
                Field("active", self.tr("Status"), "bool", {"text": self.tr("Works here now")})]

    def to_db(self, entry: Entry) -> dict[str, Any]:
        values = super().to_db(entry)
        for key in ("email", "phone"):
            values[key] = (values.get(key) or "").strip() or None
        if entry.id is None:
            values["position"] = entry.values.get("position", 0)
        return values

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("New staff member"), "role": "", "colour": "#8e24aa",
                "active": True, "position": _next_position(self.entries)}

    def to_values(self, item: Staff) -> dict[str, Any]:
        return {**super().to_values(item), "position": item.position}


class RoomsPage(CatalogPage):
    model = Room

    def title(self) -> str:
        return self.tr("Rooms")

    def fields(self) -> list[Field]:
        return [Field("name", self.tr("Name"), "text", {"max": 80}),
                Field("active", self.tr("Status"), "bool", {"text": self.tr("In use")})]

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("New room"), "active": True}


class ServiceTypesPage(CatalogPage):
    model = ServiceType

    def title(self) -> str:
        return self.tr("Service types")

    def fields(self) -> list[Field]:
        return [Field("name", self.tr("Name"), "text", {"max": 80}),
                Field("colour", self.tr("Colour"), "colour")]

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("New service type"), "colour": "#26a69a"}


def _price_fields(page: CatalogPage, currency: str) -> list[Field]:
    return [Field("price_cents", page.tr("Price ({0}, tax included)").format(currency), "money"),
            Field("tax_rate", page.tr("Tax rate (%)"), "decimal")]


class ServicesPage(CatalogPage):
    model = Service

    def __init__(self, db: Database, types_page: ServiceTypesPage, currency: str = "EUR",
                 parent: QWidget | None = None) -> None:
        self.types_page = types_page
        self.currency = currency
        super().__init__(db, parent)

    def title(self) -> str:
        return self.tr("Services")

    def fields(self) -> list[Field]:
        return [Field("name", self.tr("Name"), "text", {"max": 120}),
                Field("service_type", self.tr("Type"), "choice"),
                Field("duration_minutes", self.tr("Duration"), "int",
                      {"min": 5, "max": 720, "step": 5, "suffix": self.tr(" min")}),
                *_price_fields(self, self.currency),
                Field("requires_patch_test", self.tr("Patch test"), "bool",
                      {"text": self.tr("Needs a valid patch test before booking")}),
                Field("active", self.tr("Status"), "bool", {"text": self.tr("On offer")}),
                Field("description", self.tr("Description"), "multiline")]

    def load(self, session: Session) -> None:
        super().load(session)
        self.refresh_choices()

    def to_values(self, item: Service) -> dict[str, Any]:
        values = {k: getattr(item, k) for k in ("name", "duration_minutes", "price_cents",
                                                "tax_rate", "requires_patch_test", "active",
                                                "description")}
        values["service_type"] = next((e.key for e in self.types_page.entries
                                       if e.id == item.service_type_id), None)
        return values

    def to_db(self, entry: Entry) -> dict[str, Any]:
        values = {k: v for k, v in entry.values.items() if k != "service_type"}
        kind = next((e for e in self.types_page.entries
                     if e.key == entry.values.get("service_type")), None)
        values["service_type_id"] = kind.stored_id if kind else None
        return values

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("New service"), "service_type": None, "duration_minutes": 30,
                "price_cents": 0, "tax_rate": Decimal(21), "requires_patch_test": False,
                "active": True, "description": ""}

    def refresh_choices(self) -> None:
        combo: QComboBox = self.widgets["service_type"]
        self._filling = True
        combo.clear()
        combo.addItem("—", None)
        for entry in self.types_page.entries:
            combo.addItem(entry.name, entry.key)
        self._filling = False
        self._show_entry(self.list.currentRow())

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_choices()
        super().showEvent(event)


class ProductsPage(CatalogPage):
    model = Product

    def __init__(self, db: Database, currency: str = "EUR", parent: QWidget | None = None
                 ) -> None:
        self.currency = currency
        super().__init__(db, parent)

    def title(self) -> str:
        return self.tr("Products")

    def fields(self) -> list[Field]:
        return [Field("name", self.tr("Name"), "text", {"max": 120}),
                Field("brand", self.tr("Brand"), "text", {"max": 80}),
                Field("barcode", self.tr("Barcode"), "text", {"max": 40}),
                *_price_fields(self, self.currency),
                Field("stock", self.tr("In stock"), "int", {"min": -9999, "max": 999999}),
                Field("active", self.tr("Status"), "bool", {"text": self.tr("On sale")})]

    def to_db(self, entry: Entry) -> dict[str, Any]:
        values = super().to_db(entry)
        values["barcode"] = (values.get("barcode") or "").strip() or None
        return values

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("New product"), "brand": "", "barcode": "", "price_cents": 0,
                "tax_rate": Decimal(21), "stock": 0, "active": True}


class PackageItemsEditor(QWidget):
    """The lines of a package: a service or product and how many."""

    def __init__(self, page: PackagesPage) -> None:
        super().__init__(page)
        self.page = page
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Service or product"), self.tr("Quantity")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 90)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setMinimumHeight(130)
        box.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add line"), self)
        add.clicked.connect(lambda: self.add_line(None, 1, emit=True))
        remove = QPushButton(self.tr("Remove line"), self)
        remove.clicked.connect(self.remove_line)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box.addLayout(row)

    def _choices(self) -> list[tuple[str, str]]:
        # Combo data as "s:<key>" / "p:<key>" strings: Qt compares those reliably.
        out = [(e.name, f"s:{e.key}") for e in self.page.services_page.entries]
        out += [(self.tr("{0} (product)").format(e.name), f"p:{e.key}")
                for e in self.page.products_page.entries]
        return out

    def add_line(self, ref: tuple[str, int] | None, quantity: int, emit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        for label, data in self._choices():
            combo.addItem(label, data)
        if ref is not None:
            combo.setCurrentIndex(max(0, combo.findData(f"{ref[0]}:{ref[1]}")))
        spin = QSpinBox(self.table)
        spin.setRange(1, 999)
        spin.setValue(quantity)
        combo.currentIndexChanged.connect(lambda _i: self.page.items_edited())
        spin.valueChanged.connect(lambda _v: self.page.items_edited())
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, spin)
        if emit:
            self.page.items_edited()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.page.items_edited()

    def lines(self) -> list[tuple[str, int, int]]:
        out = []
        for row in range(self.table.rowCount()):
            data = self.table.cellWidget(row, 0).currentData()
            if data:
                kind, key = data.split(":")
                out.append((kind, int(key), self.table.cellWidget(row, 1).value()))
        return out

    def set_lines(self, lines: list[tuple[str, int, int]]) -> None:
        self.table.setRowCount(0)
        for kind, key, quantity in lines:
            self.add_line((kind, key), quantity)


class PackagesPage(CatalogPage):
    model = Package

    def __init__(self, db: Database, services_page: ServicesPage, products_page: ProductsPage,
                 currency: str = "EUR", parent: QWidget | None = None) -> None:
        self.services_page = services_page
        self.products_page = products_page
        self.currency = currency
        super().__init__(db, parent)

    def title(self) -> str:
        return self.tr("Packages")

    def fields(self) -> list[Field]:
        return [Field("name", self.tr("Name"), "text", {"max": 120}),
                Field("price_cents", self.tr("Price ({0})").format(self.currency), "money"),
                Field("validity_days", self.tr("Valid for"), "int", {
                    "min": 0, "max": 3650, "suffix": self.tr(" days"),
                    "special": self.tr("No expiry")}),
                Field("active", self.tr("Status"), "bool", {"text": self.tr("On sale")}),
                Field("description", self.tr("Description"), "multiline", {"height": 50}),
                Field("items", self.tr("Contents"), "custom")]

    def make_custom(self, spec: Field) -> QWidget:
        return PackageItemsEditor(self)

    def read_custom(self, spec: Field) -> Any:
        return self.widgets["items"].lines()

    def write_custom(self, spec: Field, value: Any) -> None:
        self.widgets["items"].set_lines(value or [])

    def items_edited(self) -> None:
        self._edited(next(f for f in self.fields() if f.name == "items"))

    def to_values(self, item: Package) -> dict[str, Any]:
        values = {k: getattr(item, k) for k in ("name", "price_cents", "validity_days",
                                                "active", "description")}
        services = {e.id: e.key for e in self.services_page.entries}
        products = {e.id: e.key for e in self.products_page.entries}
        lines = []
        for line in item.items:
            if line.service_id in services:
                lines.append(("s", services[line.service_id], line.quantity))
            elif line.product_id in products:
                lines.append(("p", products[line.product_id], line.quantity))
        values["items"] = lines
        return values

    def to_db(self, entry: Entry) -> dict[str, Any]:
        values = {k: v for k, v in entry.values.items() if k != "items"}
        values["validity_days"] = values.get("validity_days") or None
        return values

    def after_save(self, session: Session, entry: Entry, item: Package) -> None:
        services = {e.key: e.stored_id for e in self.services_page.entries}
        products = {e.key: e.stored_id for e in self.products_page.entries}
        lines = []
        for kind, key, quantity in entry.values.get("items") or []:
            if kind == "s" and services.get(key):
                lines.append((services[key], None, quantity))
            elif kind == "p" and products.get(key):
                lines.append((None, products[key], quantity))
        catalog.set_package_items(session, item, lines)

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("New package"), "price_cents": 0, "validity_days": 365,
                "active": True, "description": "", "items": []}

    def showEvent(self, event: QShowEvent) -> None:
        # Services or products may have been added or renamed on their pages meanwhile.
        self._show_entry(self.list.currentRow())
        super().showEvent(event)
