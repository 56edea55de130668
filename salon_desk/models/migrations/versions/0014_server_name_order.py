"""The customer list's name order on a salon server, served by an index.

The list sorts names byte by byte on both engines (services.search.dialect: ``sort_name
COLLATE "C"`` on a server, as SQLite compares). ix_customers_sort_name is in the server
database's own collation (Spanish, say), so the server could not read it in that order and
sorted every customer instead: 100-200 ms for the first page at 100,000 customers. This index
holds the live customers (the list never shows a merged-away record) by name in byte order, so
the first page and a search's matches are read in order from the index alone.

A SQLite salon's ix_customers_sort_name already compares bytes: nothing is made there.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute('CREATE INDEX ix_customers_name_order ON customers (sort_name COLLATE "C", id) '
               'WHERE merged_into_id IS NULL')


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.drop_index("ix_customers_name_order", table_name="customers")
