"""How an audit row reads on screen: its action, its changes, the table's columns. Shared by
the record's History tab and the global audit view."""

from __future__ import annotations

from salon_desk.services import audit
from salon_desk.ui import formatting
from salon_desk.ui.i18n import translator
from salon_desk.ui.widgets.table_model import Column

_tr = translator("History")


def action_text(action: str) -> str:
    labels = {
        audit.INSERT: _tr("Added"), audit.UPDATE: _tr("Changed"), audit.DELETE: _tr("Deleted"),
        audit.MERGE: _tr("Merged"), audit.UNDO: _tr("Undone"),
        audit.EXPORT: _tr("Exported"), audit.IMPORT: _tr("Imported"),
        audit.BULK: _tr("Bulk change"), audit.FORGET: _tr("Forgotten"),
        audit.SIGN_IN: _tr("Signed in"), audit.SIGN_IN_FAILED: _tr("Sign-in failed"),
        audit.SIGN_OUT: _tr("Signed out"),
    }
    return labels.get(action, action)


def changes_text(row: audit.Row) -> str:
    """"last_name: Pazos → Pazos Vila; email: (empty) → ana@…"; the fields alone when the
    values were erased (a forgotten customer)."""
    if not row.changes:
        return row.detail or row.fields.replace(",", ", ")
    empty = _tr("(empty)")
    return "; ".join(f"{field}: {empty if before in (None, '') else before} → "
                     f"{empty if after in (None, '') else after}"
                     for field, (before, after) in row.changes.items())


def _where(row: audit.Row) -> str:
    return row.entity if row.entity_id is None else f"{row.entity} {row.entity_id}"


def columns(with_customer: bool = False) -> list[Column]:
    found = [
        Column(_tr("When"), lambda r: formatting.datetime(r.at), 130),
        Column(_tr("Who"), lambda r: r.who, 90),
        Column(_tr("What"), lambda r: action_text(r.action), 90),
        Column(_tr("Where"), _where if with_customer else (lambda r: r.entity), 110),
        Column(_tr("Changes"), changes_text, 420, tooltip=changes_text),
    ]
    if with_customer:
        found.insert(4, Column(_tr("Customer"), lambda r: "" if r.customer_id is None
                               else f"#{r.customer_id}", 70))
    return found
