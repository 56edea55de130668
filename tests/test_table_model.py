"""The one table model (ui.widgets.table_model), tested without a window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from salon_desk.ui.widgets.table_model import LEFT, MUTED, RIGHT, Column, RowRole, RowsModel

DISPLAY, ALIGN = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
COLOUR, TIP, ICON = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                     Qt.ItemDataRole.DecorationRole)


@dataclass
class Row:
    id: int
    name: str
    cents: int
    cancelled: bool = False


def _model(**options) -> RowsModel:
    icon = QIcon()
    model = RowsModel([
        Column("Name", lambda r: r.name, 120, tooltip=lambda r: f"#{r.id}",
               icon=lambda r: icon if r.id == 1 else None),
        Column("Amount", lambda r: f"{r.cents / 100:.2f}", 80, RIGHT,
               colour=lambda r: "#c62828" if r.cents < 0 else None),
    ], muted=lambda r: r.cancelled, **options)
    model.set_rows([Row(1, "Ana", 1500), Row(2, "Eva", -300), Row(3, "Iris", 900, True)])
    return model


def test_cells_come_from_the_columns():
    model = _model()
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.data(model.index(0, 0), DISPLAY) == "Ana"
    assert model.data(model.index(1, 1), DISPLAY) == "-3.00"
    assert model.data(model.index(1, 1), ALIGN) == int(RIGHT)
    assert model.data(model.index(1, 0), ALIGN) == int(LEFT)
    assert model.data(model.index(1, 0), TIP) == "#2"
    assert isinstance(model.data(model.index(0, 0), ICON), QIcon)
    assert model.data(model.index(1, 0), ICON) is None
    assert model.data(model.index(2, 1), RowRole) == Row(3, "Iris", 900, True)
    assert model.index_of(3) == 2 and model.index_of(9) is None


def test_a_columns_colour_wins_over_the_muted_grey():
    model = _model()
    assert model.data(model.index(1, 1), COLOUR).color().name() == "#c62828"
    assert model.data(model.index(2, 0), COLOUR).color() == MUTED
    assert model.data(model.index(0, 0), COLOUR) is None


def test_alignment_is_the_columns_or_left_to_the_view():
    aligned, plain = _model(), _model(view_alignment=True)
    horizontal = Qt.Orientation.Horizontal
    assert aligned.headerData(1, horizontal) == plain.headerData(1, horizontal) == "Amount"
    assert aligned.headerData(1, horizontal, ALIGN) == int(RIGHT)
    assert plain.headerData(1, horizontal, ALIGN) is None  # Qt centres the titles
    assert plain.data(plain.index(0, 1), ALIGN) == int(RIGHT)
    assert plain.data(plain.index(0, 0), ALIGN) is None  # captions centred under icons
