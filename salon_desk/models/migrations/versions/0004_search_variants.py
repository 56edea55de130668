"""Close matches in search: the vocabulary of name words and their one-letter deletions; an
index of external IDs in lower case (a search finding nothing looks them up).

The table is filled by the re-index that the new search index format (2) brings about when
the file is opened (models.db).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('search_variants',
    sa.Column('variant', sa.String(), nullable=False),
    sa.Column('word', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('variant', 'word', name=op.f('pk_search_variants')),
    sqlite_with_rowid=False
    )
    op.create_index('ix_customers_external_id_lower', 'customers',
                    [sa.text('lower(external_id)')], unique=False)


def downgrade() -> None:
    op.drop_index('ix_customers_external_id_lower', table_name='customers')
    op.drop_table('search_variants')
