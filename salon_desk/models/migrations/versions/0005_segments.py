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


def upgrade() -> None:
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


def downgrade() -> None:
    op.drop_index('ix_sales_sold_customer', table_name='sales')
    op.drop_index('ix_appointments_status_start', table_name='appointments')
    op.drop_table('saved_segments')
