"""Alembic environment: runs on the connection handed over by salon_desk.models.db."""

from alembic import context

from salon_desk.models import Base
from salon_desk.models.search_index import FTS_TABLES

config = context.config


def include_object(obj, name, type_, reflected, compare_to):
    # FTS5 virtual tables and their shadow tables are created by hand in the migrations.
    return not (
        type_ == "table" and any(name == t or name.startswith(t + "_") for t in FTS_TABLES)
    )


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from salon_desk.models.db import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url").removeprefix("sqlite:///"))
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # ALTER in place elsewhere
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
