"""The record's credits and cards: session vouchers, prepaid discount cards, loyalty cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from salon_desk.models.db import Database
from salon_desk.services.sales import credits
from salon_desk.services.customers import record_counts
from salon_desk.services.settings import CURRENCY
from salon_desk.services.settings import get as get_setting
from salon_desk.ui import dialogs, formatting
from salon_desk.ui.saving import reporting, run_write
from salon_desk.ui.selection import enable_with_selection
from salon_desk.ui.texts import item_text
from salon_desk.ui.visits.common import tr
from salon_desk.ui.visits.credit_dialogs import (LoyaltyCardDialog, ReasonDialog, SellPrepaidDialog,
    VoucherDialog, VoucherSessionsDialog)
from salon_desk.ui.record.base import RecordTab
from salon_desk.ui.widgets.table_model import RIGHT, Column, RowsModel, make_table, selected_row

STATUS_COLOURS = {credits.ACTIVE: "#2e7d32", credits.EXPIRED: "#b26a00",
                  credits.USED_UP: "#8a8494", credits.CANCELLED: "#8a8494"}


def _status_column() -> Column:
    # tr: credits.ACTIVE, credits.EXPIRED, credits.USED_UP, credits.CANCELLED
    return Column(tr("Status"), lambda r: tr(r.status), 80,
                  colour=lambda r: STATUS_COLOURS.get(r.status))


def _voucher_columns() -> list[Column]:
    return [
        Column(tr("Name"), lambda r: r.name, 170),
        Column(tr("Service"), lambda r: r.service_name or tr("Any service"), 150),
        Column(tr("Purchased"), lambda r: formatting.date(r.purchased_on), 95),
        Column(tr("Expires"), lambda r: formatting.date(r.expires_on), 95),
        Column(tr("Bought"), lambda r: str(r.sessions_bought), 60, RIGHT),
        Column(tr("Used"), lambda r: str(r.sessions_used), 50, RIGHT),
        Column(tr("Left"), lambda r: str(r.sessions_left), 50, RIGHT),
        _status_column(),
        Column(tr("Description"), lambda r: item_text(r.description), 150,
               tooltip=lambda r: item_text(r.cancel_reason)),
    ]


def _prepaid_columns(currency: str) -> list[Column]:
    return [
        Column(tr("Card"), lambda r: r.type_name, 150),
        Column(tr("Purchased"), lambda r: formatting.date(r.purchased_on), 95),
        Column(tr("Expires"), lambda r: formatting.date(r.expires_on), 95),
        Column(tr("Value"), lambda r: formatting.money(r.value_cents, currency), 90, RIGHT),
        Column(tr("Used"), lambda r: formatting.money(r.used_cents, currency), 90, RIGHT),
        Column(tr("Left"), lambda r: formatting.money(r.remaining_cents, currency), 90, RIGHT),
        _status_column(),
        Column(tr("Valid for"), lambda r: tr("Any service") if r.services == "Any service"
               else r.services, 180),
    ]


def _loyalty_columns(currency: str) -> list[Column]:
    return [
        Column(tr("Number"), lambda r: r.number, 90),
        Column(tr("Purchased"), lambda r: formatting.date(r.purchased_on), 95),
        Column(tr("Used"), lambda r: formatting.money(r.used_cents, currency), 85, RIGHT),
        Column(tr("Left"), lambda r: formatting.money(r.remaining_cents, currency), 85, RIGHT),
        Column(tr("Services"), lambda r: formatting.percent(r.service_discount_percent), 75,
               RIGHT),
        Column(tr("Products"), lambda r: formatting.percent(r.product_discount_percent), 75,
               RIGHT),
        Column(tr("Expires"), lambda r: formatting.date(r.expires_on), 95),
        _status_column(),
        Column(tr("Description"), lambda r: r.description, 150),
    ]


class CreditsTab(RecordTab):
    COUNT = record_counts.CREDITS

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(db, customer_id, parent)
        self.currency = "EUR"
        self.dialog = None

    def build(self) -> None:
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter)
        self.vouchers = RowsModel(_voucher_columns(), self, muted=self._inactive)
        self.prepaid = RowsModel(_prepaid_columns(self.currency), self, muted=self._inactive)
        self.loyalty = RowsModel(_loyalty_columns(self.currency), self, muted=self._inactive)
        self.voucher_view, self.voucher_title = self._section(splitter, self.vouchers, [
            (self.tr("New voucher…"), self.new_voucher),
            (self.tr("Edit…"), self.edit_voucher),
            (self.tr("Use a session"), self.use_session),
            (self.tr("View sessions…"), self.view_sessions),
            (self.tr("Cancel voucher…"), self.cancel_voucher),
            (self.tr("Delete voucher…"), self.delete_voucher)])
        self.prepaid_view, self.prepaid_title = self._section(splitter, self.prepaid, [
            (self.tr("Sell a prepaid card…"), self.sell_prepaid),
            (self.tr("Cancel card"), self.cancel_prepaid)])
        self.loyalty_view, self.loyalty_title = self._section(splitter, self.loyalty, [
            (self.tr("New loyalty card…"), self.new_loyalty),
            (self.tr("Edit…"), self.edit_loyalty),
            (self.tr("Cancel card"), self.cancel_loyalty)])
        self.voucher_view.doubleClicked.connect(self.edit_voucher)
        self.loyalty_view.doubleClicked.connect(self.edit_loyalty)

    @staticmethod
    def _inactive(row) -> bool:
        return row.status != credits.ACTIVE

    def _section(self, splitter: QSplitter, model: RowsModel, actions) -> tuple[QTableView,
                                                                                QLabel]:
        box = QWidget(splitter)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 4, 0, 4)
        bar = QHBoxLayout()
        title = QLabel(box)
        title.setObjectName("sectionTitle")
        bar.addWidget(title, 1)
        buttons = []
        for label, slot in actions:
            button = QPushButton(label, box)
            button.clicked.connect(slot)
            bar.addWidget(button)
            buttons.append(button)
        col.addLayout(bar)
        view = make_table(model, box)
        enable_with_selection(view, *buttons[1:])  # all but "New…" act on the selected row
        view.verticalHeader().setDefaultSectionSize(24)
        col.addWidget(view)
        splitter.addWidget(box)
        return view, title

    def title(self) -> str:
        return self.tr("Credits && cards")

    def load(self) -> None:
        with self.db.session() as session:
            self.currency = get_setting(session, CURRENCY)
            vouchers = credits.list_vouchers(session, self.customer_id)
            prepaid = credits.list_prepaid_cards(session, self.customer_id)
            loyalty = credits.list_loyalty_cards(session, self.customer_id)
        self.prepaid.columns = _prepaid_columns(self.currency)
        self.loyalty.columns = _loyalty_columns(self.currency)
        self.vouchers.set_rows(vouchers)
        self.prepaid.set_rows(prepaid)
        self.loyalty.set_rows(loyalty)

        def active(rows) -> int:
            return sum(1 for r in rows if r.status == credits.ACTIVE)

        self.voucher_title.setText(self.tr("Vouchers (%n active)", "", active(vouchers)))
        self.prepaid_title.setText(self.tr("Prepaid cards (%n active)", "", active(prepaid)))
        self.loyalty_title.setText(self.tr("Loyalty cards (%n active)", "", active(loyalty)))

    def _changed(self) -> None:
        self.load()
        self.changed.emit()

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._changed)
        dialog.open()

    def _cancel(self, view: QTableView, what: str, work) -> None:
        row = selected_row(view)
        if row is None or row.status == credits.CANCELLED:
            return
        if not dialogs.confirm(self, self.tr("Cancel"), self.tr("Cancel this {0}? It can no "
                                                                "longer be used.").format(what),
                               self.tr("Cancel it")):
            return
        if run_write(self, self.db, self.tr("Not cancelled"), lambda s: work(s, row.id)).ok:
            self._changed()

    # --- vouchers -----------------------------------------------------------------------------
    def new_voucher(self) -> None:
        self._open(VoucherDialog(self.db, self.customer_id, parent=self))

    def edit_voucher(self) -> None:
        row = selected_row(self.voucher_view)
        if row is not None:
            self._open(VoucherDialog(self.db, self.customer_id, row.id, parent=self))

    def use_session(self) -> None:
        row = selected_row(self.voucher_view)
        if row is None:
            return
        if not dialogs.confirm(self, self.tr("Use a session"),
                               self.tr("Use one session of \"{0}\" without charging a sale? "
                                       "To charge it, use the voucher as a payment in the sale "
                                       "instead.").format(row.name), self.tr("Use a session")):
            return
        if run_write(self, self.db, self.tr("The session was not used"),
                     lambda s: credits.use_voucher_session(s, row.id)).ok:
            self._changed()

    def view_sessions(self) -> None:
        row = selected_row(self.voucher_view)
        if row is not None:
            self.dialog = VoucherSessionsDialog(self.db, row.id, self)
            self.dialog.open()

    def cancel_voucher(self) -> None:
        row = selected_row(self.voucher_view)
        if row is None or row.status == credits.CANCELLED:
            return
        self._ask_reason(
            self.tr("Cancel voucher"),
            self.tr("Cancel the voucher \"{0}\" (%n session(s) left)? It stays in the "
                    "customer's history, shown as cancelled, and can no longer be used.", "",
                    max(row.sessions_left, 0)).format(row.name),
            self.tr("Cancel voucher"),
            lambda reason: run_write(self, self.db, self.tr("The voucher was not cancelled"),
                                     lambda s: credits.cancel_voucher(s, row.id, reason)))

    def delete_voucher(self) -> None:
        row = selected_row(self.voucher_view)
        if row is None:
            return
        if row.sessions_used:
            self._offer_cancel(row)
            return

        def delete(reason: str):
            with reporting(self, self.tr("The voucher was not deleted")) as outcome:
                try:
                    with self.db.transaction() as session:
                        credits.delete_voucher(session, row.id, reason, note=self.tr(
                            "Voucher \"{0}\" (%n session(s), bought {1}) deleted: {2}", "",
                            row.sessions_bought).format(row.name,
                                                        formatting.date(row.purchased_on),
                                                        reason))
                except credits.VoucherInUse:
                    outcome.ok = False
                    self._offer_cancel(row)
            return outcome

        self._ask_reason(
            self.tr("Delete voucher"),
            self.tr("Delete the voucher \"{0}\"? Only a voucher entered by mistake should be "
                    "deleted; the reason is kept in the customer's notes.").format(row.name),
            self.tr("Delete voucher"), delete)

    def _offer_cancel(self, row) -> None:
        """A used voucher is part of the history: say so, and offer to cancel it instead."""
        if row.status == credits.CANCELLED:
            dialogs.show_error(self, self.tr("Delete voucher"), self.tr(
                "The voucher \"{0}\" has sessions used, so it cannot be deleted; it is "
                "already cancelled.").format(row.name))
            return
        if dialogs.confirm(self, self.tr("Delete voucher"), self.tr(
                "The voucher \"{0}\" has %n session(s) used, so it cannot be deleted: it is "
                "part of the customer's history. Cancel it instead?", "", row.sessions_used
                ).format(row.name), self.tr("Cancel it instead…")):
            self.cancel_voucher()

    def _ask_reason(self, title: str, question: str, action: str, work) -> None:
        """Ask first, with the reason; ``work(reason)`` writes and returns its outcome."""
        self.dialog = ReasonDialog(title, question, action, self)

        def go(reason: str) -> None:
            if work(reason).ok:
                self._changed()

        self.dialog.confirmed.connect(go)
        self.dialog.open()

    # --- prepaid cards ------------------------------------------------------------------------
    def sell_prepaid(self) -> None:
        self._open(SellPrepaidDialog(self.db, self.customer_id, self.currency, self))

    def cancel_prepaid(self) -> None:
        self._cancel(self.prepaid_view, self.tr("prepaid card"), credits.cancel_prepaid_card)

    # --- loyalty cards ------------------------------------------------------------------------
    def new_loyalty(self) -> None:
        self._open(LoyaltyCardDialog(self.db, self.customer_id, self.currency, parent=self))

    def edit_loyalty(self) -> None:
        row = selected_row(self.loyalty_view)
        if row is not None:
            self._open(LoyaltyCardDialog(self.db, self.customer_id, self.currency, row.id, self))

    def cancel_loyalty(self) -> None:
        self._cancel(self.loyalty_view, self.tr("loyalty card"), credits.cancel_loyalty_card)
