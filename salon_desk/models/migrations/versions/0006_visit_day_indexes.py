"""Indexes of each customer's visit days in order, read from the index alone (services.care.insights).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_appointments_visit_day', 'appointments',
                    ['status', 'customer_id', sa.text('date(starts_at)'), 'starts_at'],
                    unique=False)
    op.create_index('ix_sales_visit_day', 'sales',
                    ['cancelled', 'customer_id', sa.text('date(sold_at)'), 'sold_at'],
                    unique=False)
    # The planner's figures for the new indexes, as in 0005.
    if op.get_context().dialect.name != "sqlite":
        op.execute('ANALYZE appointments, sales')
        return
    op.execute('PRAGMA analysis_limit = 1000')
    op.execute('ANALYZE ix_appointments_visit_day')
    op.execute('ANALYZE ix_sales_visit_day')


def downgrade() -> None:
    op.drop_index('ix_sales_visit_day', table_name='sales')
    op.drop_index('ix_appointments_visit_day', table_name='appointments')
