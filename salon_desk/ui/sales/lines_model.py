"""The editable tables of the charge dialog: sale lines and payments being entered."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from salon_desk.services.money import line_amount
from salon_desk.services.sales.selling import METHOD_LABELS, LineDraft, PaymentDraft
from salon_desk.ui import formatting
from salon_desk.ui.visits.common import tr

Index = QModelIndex | QPersistentModelIndex

COL_QTY, COL_ITEM, COL_PRICE, COL_DISCOUNT, COL_STAFF, COL_AMOUNT = range(6)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class LinesModel(QAbstractTableModel):
    """Lines of the sale. Quantity, unit price, discount and staff are edited in place; the
    amounts come from the service preview (same rounding as the recorded sale)."""

    def __init__(self, currency: str, staff: list[tuple[int, str]], parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.staff_names = dict(staff)
        self.lines: list[LineDraft] = []
        self.names: list[str] = []
        self.prices: list[int] = []  # the unit price each line shows
        self.discounts: list[Decimal] = []
        self.amounts: list[int] = []

    def add(self, line: LineDraft, name: str, price: int, discount: Decimal) -> None:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.names.append(name)
        self.prices.append(price)
        self.discounts.append(discount)
        self.amounts.append(line_amount(line.quantity, price, discount))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        for values in (self.lines, self.names, self.prices, self.discounts, self.amounts):
            del values[row]
        self.endRemoveRows()

    def set_preview(self, prices: list[int], discounts: list[Decimal], amounts: list[int]
                    ) -> None:
        if len(amounts) != len(self.lines):
            return
        self.prices, self.discounts, self.amounts = list(prices), list(discounts), list(amounts)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, COL_AMOUNT))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Qty"), tr("Item"), tr("Unit price"), tr("Discount"), tr("Employee"),
                    tr("Amount")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (COL_QTY, COL_PRICE, COL_DISCOUNT, COL_STAFF):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        line = self.lines[r]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if c == COL_QTY:
                return line.quantity if edit else str(line.quantity)
            if c == COL_ITEM:
                return self.names[r]
            if c == COL_PRICE:
                return (formatting.cents_to_text(self.prices[r]) if edit
                        else formatting.money(self.prices[r], self.currency))
            if c == COL_DISCOUNT:
                return (str(self.discounts[r].normalize()) if edit
                        else formatting.percent(self.discounts[r]))
            if c == COL_STAFF:
                return line.staff_id if edit else self.staff_names.get(line.staff_id, "")
            if c == COL_AMOUNT:
                return formatting.money(self.amounts[r], self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (COL_QTY, COL_PRICE, COL_DISCOUNT,
                                                               COL_AMOUNT):
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line = self.lines[index.row()]
        c = index.column()
        try:
            if c == COL_QTY:
                quantity = int(value)
                if quantity < 1:
                    return False
                line.quantity = quantity
            elif c == COL_PRICE:
                price = formatting.text_to_cents(str(value))
                if price < 0:
                    return False
                line.unit_price_cents = price
                self.prices[index.row()] = price
            elif c == COL_DISCOUNT:
                pct = Decimal(str(value).replace(",", ".").replace("%", "").strip() or "0")
                if not Decimal(0) <= pct <= Decimal(100):
                    return False
                line.discount_percent = pct
                self.discounts[index.row()] = pct
            elif c == COL_STAFF:
                line.staff_id = int(value) if value else None
            else:
                return False
        except (ValueError, InvalidOperation):
            return False
        r = index.row()
        self.amounts[r] = line_amount(line.quantity, self.prices[r], self.discounts[r])
        self.dataChanged.emit(self.index(r, 0), self.index(r, COL_AMOUNT))
        return True


class StaffDelegate(QStyledItemDelegate):
    """Chooses the employee of a line from a list."""

    def __init__(self, staff: list[tuple[int, str]], parent=None) -> None:
        super().__init__(parent)
        self.staff = staff

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("—", None)
        for staff_id, name in self.staff:
            combo.addItem(name, staff_id)
        return combo

    def setEditorData(self, editor: QComboBox, index: Index) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QComboBox, model, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PaymentsModel(QAbstractTableModel):
    """Payments added to the sale: method, what it is (voucher, card...), amount, handed over."""

    def __init__(self, currency: str, parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.payments: list[PaymentDraft] = []
        self.labels: list[str] = []
        self.amounts: list[int] = []

    def add(self, payment: PaymentDraft, label: str) -> None:
        row = len(self.payments)
        self.beginInsertRows(QModelIndex(), row, row)
        self.payments.append(payment)
        self.labels.append(label)
        self.amounts.append(payment.amount_cents)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.payments[row], self.labels[row], self.amounts[row]
        self.endRemoveRows()

    def set_amounts(self, amounts: list[int]) -> None:
        if len(amounts) == len(self.payments):
            self.amounts = list(amounts)
            if self.payments:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.payments) - 1, 3))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.payments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Method"), tr("Detail"), tr("Amount"), tr("Handed over")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.payments[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return tr(METHOD_LABELS.get(p.method, p.method))
            if c == 1:
                return self.labels[index.row()]
            if c == 2:
                return formatting.money(self.amounts[index.row()], self.currency)
            if c == 3:
                return ("" if p.tendered_cents is None
                        else formatting.money(p.tendered_cents, self.currency))
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= 2:
            return RIGHT
        return None
