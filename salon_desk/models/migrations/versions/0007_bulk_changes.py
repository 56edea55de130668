"""The customer list's latest bulk change and what each customer had before it (for undo).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bulk_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('badge_id', sa.Integer(), nullable=True),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['badge_id'], ['badges.id'],
                            name=op.f('fk_bulk_changes_badge_id_badges'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bulk_changes'))
    )
    op.create_table('bulk_changed_customers',
    sa.Column('change_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('before', sa.Integer(), nullable=True),
    sa.Column('stamp', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['change_id'], ['bulk_changes.id'],
                            name=op.f('fk_bulk_changed_customers_change_id_bulk_changes'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'],
                            name=op.f('fk_bulk_changed_customers_customer_id_customers'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('change_id', 'customer_id', name=op.f('pk_bulk_changed_customers'))
    )


def downgrade() -> None:
    op.drop_table('bulk_changed_customers')
    op.drop_table('bulk_changes')
