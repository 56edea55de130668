"""Several desks at once: a version on each customer (a form's save refused when the record was
saved elsewhere since it opened), and the schedule's one-booking-per-slot rule kept by the
database itself.

A staff member or a room holds one appointment at a time while it is pending, confirmed or
completed (cancelled appointments and no-shows free the slot: services.schedule.HOLDING). The
booking service checks it first, in the same write transaction, to word the refusal; these
guards make sure two desks booking at the same moment, or any other writer, cannot get round it
for the appointments still to come (pending and confirmed: what desks book and move). Completed
visits are left to the service's check: a salon's history may hold visits on top of each other
(imported from another system, a demo salon fuller than its staff), and PostgreSQL checks a new
constraint against every row already there.

- PostgreSQL: exclusion constraints (btree_gist), one per staff member and one per room, over
  the appointment's time range. A second desk's insert waits for the first to commit, then
  fails; the service turns that into the same refusal as its own check.
- SQLite: writers take the lock at BEGIN IMMEDIATE, so the service's check and insert cannot
  interleave with another desk's; triggers refuse an overlapping insert or move all the same.

Debts already carry CHECK (remaining_cents >= 0) since 0002.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

ACTIVE = "('pending', 'confirmed')"
HOLDERS = ('staff_id', 'room_id')  # each holds one appointment at a time
# The marker a refusal's message starts with (services.schedule.appointments looks for it).
SLOT_TAKEN = 'slot_taken'


def _sqlite_trigger(holder: str, when: str) -> str:
    """A trigger refusing an appointment that overlaps another of the same holder. Stored
    times are naive UTC text ('2026-12-05 10:00:00.000000'): the text range lets the staff or
    room index find the candidates, the whole seconds decide."""
    name = f"appointments_{holder.removesuffix('_id')}_slot_{when.split()[0].lower()}"
    other = "AND a.id <> NEW.id " if when.startswith('UPDATE') else ""
    seconds = "CAST(strftime('%s', {0}) AS INTEGER)"
    new_start, old_start = seconds.format('NEW.starts_at'), seconds.format('a.starts_at')
    return (
        f"CREATE TRIGGER {name} BEFORE {when} ON appointments "
        f"WHEN NEW.{holder} IS NOT NULL AND NEW.status IN {ACTIVE} BEGIN "
        f"SELECT RAISE(ABORT, '{SLOT_TAKEN}: {holder} already holds an appointment then') "
        "WHERE EXISTS (SELECT 1 FROM appointments AS a "
        f"WHERE a.{holder} = NEW.{holder} {other}AND a.status IN {ACTIVE} "
        "AND a.starts_at < datetime(NEW.starts_at, '+' || NEW.duration_minutes || ' minutes') "
        "AND a.starts_at > datetime(NEW.starts_at, '-721 minutes') "
        f"AND {old_start} + a.duration_minutes * 60 > {new_start} "
        f"AND {old_start} < {new_start} + NEW.duration_minutes * 60); END"
    )


SQLITE_WHEN = ('INSERT', 'UPDATE OF staff_id, room_id, starts_at, duration_minutes, status')


def _sqlite_triggers() -> dict[str, str]:
    out = {}
    for holder in HOLDERS:
        for when in SQLITE_WHEN:
            sql = _sqlite_trigger(holder, when)
            out[sql.split()[2]] = sql
    return out


def _pg_range(bind) -> str:
    """The appointment's time range as an immutable expression (an index needs one):
    timestamp + interval is; timestamptz + interval is not, so a timestamptz column is read as
    UTC wall time first."""
    kind = bind.exec_driver_sql(
        "SELECT data_type FROM information_schema.columns "
        "WHERE table_name = 'appointments' AND column_name = 'starts_at' "
        "AND table_schema = current_schema()").scalar()
    start = "(starts_at AT TIME ZONE 'UTC')" if kind == 'timestamp with time zone' else 'starts_at'
    return f"tsrange({start}, {start} + duration_minutes * interval '1 minute')"


def _pg_constraint(holder: str) -> str:
    return f"ex_appointments_{holder.removesuffix('_id')}_{SLOT_TAKEN}"


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of customers would cascade-delete everything they own.
    op.add_column('customers', sa.Column('version', sa.Integer(), nullable=False,
                                         server_default='1'))
    bind = op.get_bind()
    if op.get_context().dialect.name == 'postgresql':
        op.execute('CREATE EXTENSION IF NOT EXISTS btree_gist')
        slot = _pg_range(bind)
        for holder in HOLDERS:
            op.execute(f"ALTER TABLE appointments ADD CONSTRAINT {_pg_constraint(holder)} "
                       f"EXCLUDE USING gist ({holder} WITH =, {slot} WITH &&) "
                       f"WHERE ({holder} IS NOT NULL AND status IN {ACTIVE})")
    else:
        for sql in _sqlite_triggers().values():
            op.execute(sql)


def downgrade() -> None:
    if op.get_context().dialect.name == 'postgresql':
        for holder in HOLDERS:
            op.execute(f"ALTER TABLE appointments DROP CONSTRAINT IF EXISTS "
                       f"{_pg_constraint(holder)}")
    else:
        for name in _sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason as above.
    op.drop_column('customers', 'version')
