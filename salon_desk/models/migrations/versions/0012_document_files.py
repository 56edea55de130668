"""Attached files kept in the database on a salon server: document_files.

On a server every desk must see the same files, and a backup (pg_dump) must hold them with the
rows that name them; a shared folder could be missing on one desk or left out of a backup. So a
server keeps each file's content here, once per stored name (sha256 + extension). A SQLite salon
keeps its files in the documents folder beside the database and leaves this table empty (it is
made on both engines so that both have the same schema).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_files',
    sa.Column('stored_name', sa.String(length=100), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('stored_name', name=op.f('pk_document_files'))
    )


def downgrade() -> None:
    op.drop_table('document_files')
