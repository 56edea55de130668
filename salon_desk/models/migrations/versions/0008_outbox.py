"""The outbox: messages queued to send (recipient, when due, attempts, error, kind, batch,
template), their attachments, and message templates in every language the app speaks, with the
built-in ones (appointment reminder, birthday, anniversary, a promotion).

Revision ID: 0008
Revises: 0007
"""

import warnings

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# (id, name, channel, category, kind) and their texts: {language: (subject, body)}.
BUILT_IN = [
    ((1, "Appointment reminder (SMS)", "sms", "appointments", "reminder"), {
        "en": ("", "Hello {first_name}, a reminder of your appointment at {salon_name} on "
                   "{appointment_date} at {appointment_time} ({appointment_service}). "
                   "To change it, call {salon_phone}."),
        "es": ("", "Hola {first_name}, te recordamos tu cita en {salon_name} el "
                   "{appointment_date} a las {appointment_time} ({appointment_service}). "
                   "Para cambiarla, llama al {salon_phone}."),
    }),
    ((2, "Appointment reminder (email)", "email", "appointments", "reminder"), {
        "en": ("Your appointment at {salon_name} on {appointment_date}",
               "Hello {first_name},\n\nThis is a reminder of your appointment at {salon_name}:\n"
               "{appointment_date} at {appointment_time}\n{appointment_service}\n"
               "with {appointment_staff}\n\nTo change it, call us on {salon_phone}.\n\n"
               "See you soon,\n{salon_name}"),
        "es": ("Tu cita en {salon_name} el {appointment_date}",
               "Hola {first_name}:\n\nTe recordamos tu cita en {salon_name}:\n"
               "{appointment_date} a las {appointment_time}\n{appointment_service}\n"
               "con {appointment_staff}\n\nPara cambiarla, llámanos al {salon_phone}.\n\n"
               "Hasta pronto,\n{salon_name}"),
    }),
    ((3, "Birthday greeting (email)", "email", "marketing", "birthday"), {
        "en": ("Happy birthday, {first_name}!",
               "Dear {first_name},\n\nEveryone at {salon_name} wishes you a very happy "
               "birthday.\n\nWarm regards,\n{salon_name}"),
        "es": ("¡Feliz cumpleaños, {first_name}!",
               "Querida/o {first_name}:\n\nTodo el equipo de {salon_name} te desea un muy feliz "
               "cumpleaños.\n\nUn abrazo,\n{salon_name}"),
    }),
    ((4, "Birthday greeting (SMS)", "sms", "marketing", "birthday"), {
        "en": ("", "Happy birthday, {first_name}! Best wishes from {salon_name}."),
        "es": ("", "¡Feliz cumpleaños, {first_name}! Un saludo de {salon_name}."),
    }),
    ((5, "Anniversary greeting (email)", "email", "marketing", "anniversary"), {
        "en": ("Happy anniversary, {first_name}!",
               "Dear {first_name},\n\nEveryone at {salon_name} wishes you a very happy "
               "anniversary.\n\nWarm regards,\n{salon_name}"),
        "es": ("¡Feliz aniversario, {first_name}!",
               "Querida/o {first_name}:\n\nTodo el equipo de {salon_name} te desea un muy feliz "
               "aniversario.\n\nUn abrazo,\n{salon_name}"),
    }),
    ((6, "Promotion (example)", "email", "marketing", "manual"), {
        "en": ("This month at {salon_name}",
               "Hello {first_name},\n\nThis month every colour service comes with a free "
               "treatment. Book on {salon_phone}.\n\nYou have {points} points to spend.\n\n"
               "{salon_name}"),
        "es": ("Este mes en {salon_name}",
               "Hola {first_name}:\n\nEste mes, cada servicio de color incluye un tratamiento "
               "de regalo. Reserva en el {salon_phone}.\n\nTienes {points} puntos para "
               "gastar.\n\n{salon_name}"),
    }),
]


def upgrade() -> None:
    templates = op.create_table('message_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_templates'))
    )
    texts = op.create_table('message_template_texts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['message_templates.id'],
                            name=op.f('fk_message_template_texts_template_id_message_templates'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_template_texts')),
    sa.UniqueConstraint('template_id', 'language',
                        name=op.f('uq_message_template_texts_template_id'))
    )
    # Nothing refers to messages yet, so the copy batch mode makes of it on SQLite (to add a
    # foreign key and a unique constraint) deletes nothing; PostgreSQL alters it in place.
    # The copy reflects the tables messages refers to; customers' expression index
    # (lower(external_id)) cannot be reflected and is not needed for it: no warning on the
    # terminal each time a salon is created. The customers table itself is left as it is.
    with warnings.catch_warnings(), op.batch_alter_table('messages') as batch:
        warnings.filterwarnings("ignore", message="Skipped unsupported reflection",
                                category=sa.exc.SAWarning)
        batch.add_column(sa.Column('recipient', sa.String(length=254), nullable=False,
                                   server_default=''))
        batch.add_column(sa.Column('html', sa.Text(), nullable=True))
        batch.add_column(sa.Column('due_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('sent_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('next_attempt_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('error', sa.Text(), nullable=False, server_default=''))
        batch.add_column(sa.Column('kind', sa.String(length=20), nullable=False,
                                   server_default='manual'))
        batch.add_column(sa.Column('dedupe_key', sa.String(length=120), nullable=True))
        batch.add_column(sa.Column('batch_id', sa.String(length=36), nullable=True))
        batch.add_column(sa.Column('template_id', sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f('fk_messages_template_id_message_templates'),
                                 'message_templates', ['template_id'], ['id'],
                                 ondelete='SET NULL')
        batch.create_unique_constraint(op.f('uq_messages_dedupe_key'), ['dedupe_key'])
        batch.create_index(op.f('ix_messages_batch_id'), ['batch_id'], unique=False)
        batch.create_index('ix_messages_status_due', ['status', 'due_at'], unique=False)
    op.create_table('message_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'],
                            name=op.f('fk_message_attachments_message_id_messages'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_attachments'))
    )
    op.create_index(op.f('ix_message_attachments_message_id'), 'message_attachments',
                    ['message_id'], unique=False)
    # Messages scheduled before the outbox were never sent by the app: they wait as queued.
    op.execute("UPDATE messages SET due_at = at WHERE status = 'scheduled'")
    op.bulk_insert(templates, [dict(zip(("id", "name", "channel", "category", "kind"), row),
                                    active=True) for row, _texts in BUILT_IN])
    op.bulk_insert(texts, [{"template_id": row[0], "language": language, "subject": subject,
                            "body": body}
                           for row, by_language in BUILT_IN
                           for language, (subject, body) in by_language.items()])
    if op.get_context().dialect.name == "postgresql":  # ids given: move the sequence past them
        op.execute("SELECT setval(pg_get_serial_sequence('message_templates', 'id'), "
                   "(SELECT max(id) FROM message_templates))")


def downgrade() -> None:
    op.drop_index(op.f('ix_message_attachments_message_id'), table_name='message_attachments')
    op.drop_table('message_attachments')
    with op.batch_alter_table('messages') as batch:
        batch.drop_index('ix_messages_status_due')
        batch.drop_index(op.f('ix_messages_batch_id'))
        batch.drop_constraint(op.f('uq_messages_dedupe_key'), type_='unique')
        batch.drop_constraint(op.f('fk_messages_template_id_message_templates'),
                              type_='foreignkey')
        for column in ('template_id', 'batch_id', 'dedupe_key', 'kind', 'error',
                       'next_attempt_at', 'attempts', 'sent_at', 'due_at', 'html', 'recipient'):
            batch.drop_column(column)
    op.drop_table('message_template_texts')
    op.drop_table('message_templates')
