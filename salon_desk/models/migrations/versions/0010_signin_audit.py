"""Staff sign-in (role, PIN and password hashes, lock) and the append-only audit trail.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# The app only ever adds audit rows; these make SQLite refuse anything else, so that a change
# to the trail has to drop them first (and then the hash chain shows it).
TRIGGERS = {
    'audit_log_no_update': 'BEFORE UPDATE ON audit_log',
    'audit_log_no_delete': 'BEFORE DELETE ON audit_log',
}
# The same on a salon server, in PL/pgSQL, TRUNCATE included (SQLite has none).
SERVER_FUNCTION = (
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'restrict_violation'; "
    "END $$")
SERVER_TRIGGERS = {
    'audit_log_no_update': 'BEFORE UPDATE ON audit_log FOR EACH ROW',
    'audit_log_no_delete': 'BEFORE DELETE ON audit_log FOR EACH ROW',
    'audit_log_no_truncate': 'BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT',
}


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of staff would set every booking's and sale's staff to NULL.
    op.add_column('staff', sa.Column('access_role', sa.String(length=20), nullable=False,
                                     server_default='reception'))
    op.add_column('staff', sa.Column('pin_hash', sa.String(length=200), nullable=True))
    op.add_column('staff', sa.Column('password_hash', sa.String(length=200), nullable=True))
    op.add_column('staff', sa.Column('failed_signins', sa.Integer(), nullable=False,
                                     server_default='0'))
    op.add_column('staff', sa.Column('locked_until', sa.DateTime(), nullable=True))
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('who', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('values_hash', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_index(op.f('ix_audit_log_at'), 'audit_log', ['at'], unique=False)
    op.create_index(op.f('ix_audit_log_customer_id'), 'audit_log', ['customer_id'], unique=False)
    op.create_table('audit_values',
    sa.Column('audit_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['audit_log.id'],
                            name=op.f('fk_audit_values_audit_id_audit_log')),
    sa.PrimaryKeyConstraint('audit_id', name=op.f('pk_audit_values'))
    )
    op.create_index(op.f('ix_audit_values_customer_id'), 'audit_values', ['customer_id'],
                    unique=False)
    if op.get_context().dialect.name != "sqlite":
        op.execute(SERVER_FUNCTION)
        for name, when in SERVER_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {when} "
                       "EXECUTE FUNCTION audit_log_append_only()")
        return
    for name, when in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN "
                   "SELECT RAISE(ABORT, 'the audit trail is append-only'); END")


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        for name in SERVER_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    else:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(op.f('ix_audit_values_customer_id'), table_name='audit_values')
    op.drop_table('audit_values')
    op.drop_index(op.f('ix_audit_log_customer_id'), table_name='audit_log')
    op.drop_index(op.f('ix_audit_log_at'), table_name='audit_log')
    op.drop_table('audit_log')
    for column in ('locked_until', 'failed_signins', 'password_hash', 'pin_hash', 'access_role'):
        op.drop_column('staff', column)
