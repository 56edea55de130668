"""Foundation: customers, badges, consent, staff, catalogue, settings, search index.

Revision ID: 0001
Revises: None
"""

import sqlalchemy as sa
from alembic import op

# The search index on a salon server: plain tables holding what the FTS5 tables hold (rowid is
# the customer's id), searched through pg_trgm (fragments) and a GIN index of the words
# (prefixes); unaccent for queries that fold in SQL. Both extensions are "trusted": the owner
# of the database may create them.
SERVER_SEARCH_INDEX = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TABLE customer_fts (rowid bigint PRIMARY KEY, body text NOT NULL)",
    "CREATE INDEX customer_fts_body ON customer_fts USING gin (body gin_trgm_ops)",
    "CREATE TABLE customer_words (rowid bigint PRIMARY KEY, words text NOT NULL)",
    "CREATE INDEX customer_words_words ON customer_words "
    "USING gin (to_tsvector('simple', words))",
)

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('badges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('icon', sa.String(length=16), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=True),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_badges')),
    sa.UniqueConstraint('key', name=op.f('uq_badges_key')),
    sa.UniqueConstraint('name', name=op.f('uq_badges_name'))
    )
    op.create_table('customer_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_categories')),
    sa.UniqueConstraint('name', name=op.f('uq_customer_categories_name'))
    )
    op.create_table('packages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('price_cents', sa.Integer(), nullable=False),
    sa.Column('validity_days', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_packages'))
    )
    op.create_table('products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('brand', sa.String(length=80), nullable=False),
    sa.Column('barcode', sa.String(length=40), nullable=True),
    sa.Column('price_cents', sa.Integer(), nullable=False),
    sa.Column('tax_rate', sa.Numeric(precision=9, scale=2), nullable=False),
    sa.Column('stock', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('price_cents >= 0', name=op.f('ck_products_price_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products'))
    )
    op.create_index(op.f('ix_products_barcode'), 'products', ['barcode'], unique=False)
    op.create_table('rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms')),
    sa.UniqueConstraint('name', name=op.f('uq_rooms_name'))
    )
    op.create_table('service_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_types')),
    sa.UniqueConstraint('name', name=op.f('uq_service_types_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=80), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=150), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('mobile', sa.String(length=20), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('gender', sa.String(length=12), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('birth_month', sa.Integer(), nullable=True),
    sa.Column('birth_day', sa.Integer(), nullable=True),
    sa.Column('anniversary', sa.Date(), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('postcode', sa.String(length=20), nullable=True),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('preferred_staff_id', sa.Integer(), nullable=True),
    sa.Column('referral_source', sa.String(length=100), nullable=True),
    sa.Column('external_id', sa.String(length=64), nullable=True),
    sa.Column('customer_since', sa.Date(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('discount_percent', sa.Numeric(precision=9, scale=2), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('allergies', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('blocked', sa.Boolean(), nullable=False),
    sa.Column('blocked_reason', sa.Text(), nullable=False),
    sa.Column('privacy_accepted_at', sa.DateTime(), nullable=True),
    sa.Column('notify_reminders', sa.Boolean(), nullable=False),
    sa.Column('notify_birthday', sa.Boolean(), nullable=False),
    sa.Column('notify_marketing', sa.Boolean(), nullable=False),
    sa.Column('last_visit_at', sa.DateTime(), nullable=True),
    sa.Column('balance_cents', sa.Integer(), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('sort_name', sa.String(length=260), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['customer_categories.id'], name=op.f('fk_customers_category_id_customer_categories'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['merged_into_id'], ['customers.id'], name=op.f('fk_customers_merged_into_id_customers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['preferred_staff_id'], ['staff.id'], name=op.f('fk_customers_preferred_staff_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers'))
    )
    op.create_index(op.f('ix_customers_active'), 'customers', ['active'], unique=False)
    op.create_index(op.f('ix_customers_category_id'), 'customers', ['category_id'], unique=False)
    op.create_index(op.f('ix_customers_email'), 'customers', ['email'], unique=False)
    op.create_index(op.f('ix_customers_external_id'), 'customers', ['external_id'], unique=False)
    op.create_index(op.f('ix_customers_last_visit_at'), 'customers', ['last_visit_at'], unique=False)
    op.create_index(op.f('ix_customers_merged_into_id'), 'customers', ['merged_into_id'], unique=False)
    op.create_index(op.f('ix_customers_mobile'), 'customers', ['mobile'], unique=False)
    op.create_table('services',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('service_type_id', sa.Integer(), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('price_cents', sa.Integer(), nullable=False),
    sa.Column('tax_rate', sa.Numeric(precision=9, scale=2), nullable=False),
    sa.Column('requires_patch_test', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('price_cents >= 0', name=op.f('ck_services_price_positive')),
    sa.ForeignKeyConstraint(['service_type_id'], ['service_types.id'], name=op.f('fk_services_service_type_id_service_types'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_services'))
    )
    op.create_table('consent_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('granted', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_consent_events_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_events'))
    )
    op.create_index(op.f('ix_consent_events_customer_id'), 'consent_events', ['customer_id'], unique=False)
    op.create_table('customer_badges',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('badge_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['badge_id'], ['badges.id'], name=op.f('fk_customer_badges_badge_id_badges'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_badges_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('customer_id', 'badge_id', name=op.f('pk_customer_badges'))
    )
    op.create_table('customer_consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('granted', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_consents_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_consents')),
    sa.UniqueConstraint('customer_id', 'category', 'channel', name=op.f('uq_customer_consents_customer_id'))
    )
    op.create_table('customer_media',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('photo_updated_at', sa.DateTime(), nullable=True),
    sa.Column('signature', sa.LargeBinary(), nullable=True),
    sa.Column('signature_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_media_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_customer_media'))
    )
    op.create_table('package_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['package_id'], ['packages.id'], name=op.f('fk_package_items_package_id_packages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_package_items_product_id_products'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_package_items_service_id_services'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_package_items'))
    )
    # Customer search index (see salon_desk.models.search_index).
    if op.get_context().dialect.name != "sqlite":
        for statement in SERVER_SEARCH_INDEX:
            op.execute(statement)
        return
    op.execute("CREATE VIRTUAL TABLE customer_fts USING fts5(body, tokenize='trigram')")
    op.execute(
        "CREATE VIRTUAL TABLE customer_words USING fts5("
        "words, tokenize=\"unicode61 remove_diacritics 2\", prefix='1 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS customer_words")
    op.execute("DROP TABLE IF EXISTS customer_fts")
    op.drop_table('package_items')
    op.drop_table('customer_media')
    op.drop_table('customer_consents')
    op.drop_table('customer_badges')
    op.drop_table('consent_events')
    op.drop_table('services')
    op.drop_table('customers')
    op.drop_table('staff')
    op.drop_table('settings')
    op.drop_table('service_types')
    op.drop_table('rooms')
    op.drop_table('products')
    op.drop_table('packages')
    op.drop_table('customer_categories')
    op.drop_table('badges')
