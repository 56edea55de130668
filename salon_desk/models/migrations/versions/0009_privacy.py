"""Privacy rights: who asked to be forgotten and when; customers kept past the retention period.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('forget_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('asked_by', sa.Text(), nullable=False),
    sa.Column('asked_at', sa.DateTime(), nullable=False),
    sa.Column('done_by', sa.String(length=120), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'],
                            name=op.f('fk_forget_requests_customer_id_customers'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forget_requests'))
    )
    op.create_index(op.f('ix_forget_requests_customer_id'), 'forget_requests', ['customer_id'],
                    unique=False)
    op.create_table('retention_kept',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kept_at', sa.DateTime(), nullable=False),
    sa.Column('kept_by', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'],
                            name=op.f('fk_retention_kept_customer_id_customers'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_retention_kept'))
    )


def downgrade() -> None:
    op.drop_table('retention_kept')
    op.drop_index(op.f('ix_forget_requests_customer_id'), table_name='forget_requests')
    op.drop_table('forget_requests')
