"""Cancelling sales and vouchers with a reason and a date; sessions of a voucher used without a
sale.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Columns are added in place, never by copying a table: with foreign keys on, dropping the
    # old copy of sales would delete its lines and payments.
    op.add_column('sales', sa.Column('cancelled_at', sa.DateTime(), nullable=True))
    op.add_column('sales', sa.Column('cancel_reason', sa.Text(), nullable=False,
                                     server_default=''))
    op.add_column('sales', sa.Column('cancelled_by', sa.String(length=120), nullable=False,
                                     server_default=''))
    op.add_column('vouchers', sa.Column('cancelled_at', sa.DateTime(), nullable=True))
    op.add_column('vouchers', sa.Column('cancel_reason', sa.Text(), nullable=False,
                                        server_default=''))
    op.create_table('voucher_uses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('voucher_id', sa.Integer(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_voucher_uses_service_id_services'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_voucher_uses_staff_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['voucher_id'], ['vouchers.id'], name=op.f('fk_voucher_uses_voucher_id_vouchers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voucher_uses'))
    )
    op.create_index(op.f('ix_voucher_uses_voucher_id'), 'voucher_uses', ['voucher_id'], unique=False)
    # Cancelled sales of earlier versions have no date: their sale date stands in for it.
    # (A bare boolean column as the condition: 1 on SQLite, true on PostgreSQL.)
    op.execute("UPDATE sales SET cancelled_at = sold_at WHERE cancelled")
    op.execute("UPDATE vouchers SET cancelled_at = updated_at WHERE cancelled")


def downgrade() -> None:
    op.drop_index(op.f('ix_voucher_uses_voucher_id'), table_name='voucher_uses')
    op.drop_table('voucher_uses')
    op.drop_column('vouchers', 'cancel_reason')
    op.drop_column('vouchers', 'cancelled_at')
    op.drop_column('sales', 'cancelled_by')
    op.drop_column('sales', 'cancel_reason')
    op.drop_column('sales', 'cancelled_at')
