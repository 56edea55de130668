"""Saved segments (named filters of the customer list); indexes the segment criteria use.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


# SQLite's NOCASE on a salon server: equal whatever the case, accents still told apart (ICU's
# secondary strength), so that the unique name means the same on both.
SERVER_NOCASE = ('CREATE COLLATION IF NOT EXISTS "NOCASE" '
                 "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)")


def upgrade() -> None:
    sqlite = op.get_context().dialect.name == "sqlite"
    if not sqlite:
        op.execute(SERVER_NOCASE)
    op.create_table('saved_segments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80, collation='NOCASE'), nullable=False),
    sa.Column('criteria', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_segments')),
    sa.UniqueConstraint('name', name=op.f('uq_saved_segments_name'))
    )
    op.create_index('ix_appointments_status_start', 'appointments',
                    ['status', 'starts_at', 'customer_id'], unique=False)
    op.create_index('ix_sales_sold_customer', 'sales',
                    ['sold_at', 'customer_id', 'cancelled', 'total_cents'], unique=False)
    op.create_index('ix_appointments_service_status', 'appointments',
                    ['service_id', 'status', 'customer_id'], unique=False)
    # The planner's figures for the new indexes (a sampled ANALYZE, as models.db takes them):
    # without them it may prefer these indexes where the old ones are better. The others'
    # figures are only refreshed when the tables change size, which a migration does not do.
    if not sqlite:
        op.execute('ANALYZE appointments, sales')  # PostgreSQL analyses tables, not indexes
        return
    op.execute('PRAGMA analysis_limit = 1000')
    op.execute('ANALYZE ix_appointments_status_start')
    op.execute('ANALYZE ix_sales_sold_customer')
    op.execute('ANALYZE ix_appointments_service_status')


def downgrade() -> None:
    op.drop_index('ix_appointments_service_status', table_name='appointments')
    op.drop_index('ix_sales_sold_customer', table_name='sales')
    op.drop_index('ix_appointments_status_start', table_name='appointments')
    op.drop_table('saved_segments')
