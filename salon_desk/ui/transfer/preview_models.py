"""Table models of the import preview: the rows as they will be saved, and the problems."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from salon_desk.services.importing.preview import Preview, PreviewRow
from salon_desk.services.phones import format_phone
from salon_desk.ui.texts import message_text
from salon_desk.ui.i18n import translator


_tr = translator("ImportPreview")


# (key in the converted values, header); only the columns the file gives are shown.
FIELDS = [
    ("first_name", "First name"), ("last_name", "Last name"), ("email", "Email"),
    ("mobile", "Mobile"), ("phone", "Phone"), ("gender", "Gender"),
    ("birth_date", "Date of birth"), ("street", "Street"), ("city", "City"),
    ("postcode", "Postcode"), ("region", "Region"), ("country", "Country"),
    ("external_id", "External ID"), ("customer_since", "Customer since"),
    ("category", "Category"), ("badges", "Badges"), ("discount_percent", "Discount %"),
    ("active", "Status"), ("blocked", "Blocked"), ("allergies", "Allergies"),
    ("notes", "Notes"),
]
COL_LINE, COL_STATUS = 0, 1


def _display(key: str, values: dict, row: PreviewRow) -> str:
    if key == "birth_date":
        month, day, year = (values.get("birth_month"), values.get("birth_day"),
                            values.get("birth_year"))
        if not month:
            return ""
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    if key == "notes":
        lines = [values.get("notes") or "", *row.notes_added]
        return " / ".join(line for line in lines if line)
    value = values.get(key)
    if value is None:
        return ""
    if key in ("mobile", "phone"):
        return format_phone(value)
    if key == "active":
        return _tr("Active") if value else _tr("Inactive")
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, list):
        return ", ".join(value)
    if key == "gender":
        return {"female": _tr("Female"), "male": _tr("Male"), "other": _tr("Other"),
                "unspecified": _tr("Unspecified")}.get(value, str(value))
    return str(value)


class PreviewRowsModel(QAbstractTableModel):
    """The first rows of the file as they will be saved."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PreviewRow] = []
        self.fields: list[tuple[str, str]] = []

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self.rows = list(preview.sample) if preview else []
        present = set()
        for row in self.rows:
            present.update(row.values)
            if row.notes_added:
                present.add("notes")
        if "birth_month" in present:
            present.add("birth_date")
        self.fields = [(k, h) for k, h in FIELDS if k in present]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.fields)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_LINE:
            return _tr("Row")
        if section == COL_STATUS:
            return _tr("What will happen")
        return _tr(self.fields[section - 2][1])  # tr: FIELDS[1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LINE:
                return str(row.line)
            if col == COL_STATUS:
                return message_text(row.status)  # a service's Text, in the user's language
            return _display(self.fields[col - 2][0], row.values, row)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_STATUS, len(self.fields) + 1):
            return self.data(index)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            if row.status.startswith("Rejected"):
                return QBrush(QColor("#b71c1c"))
            if not row.status.startswith("New"):
                return QBrush(QColor("#8d6e00"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProblemsModel(QAbstractTableModel):
    """Every value that cannot be understood, and rows that cannot be imported."""

    HEADERS = ("Row", "Column", "Value", "Problem")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return message_text(self.rows[index.row()][index.column()])  # a service's Text
        return None
