"""Opening a store: migrations match the models, a database that is not there is one line."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kiosk.authoring import database
from kiosk.authoring.errors import StoreUnavailable
from kiosk.authoring.models import AuthoringBase, Translation
from kiosk.authoring.service import StudioService


def test_head_revision_is_the_newest_migration():
    heads = [re.search(r'^revision = "(\w+)"', p.read_text(), re.M).group(1)
             for p in (database.MIGRATIONS / "versions").glob("0*.py")]
    assert database.HEAD_REVISION == max(heads)


def test_the_migrations_make_exactly_the_models_tables(empty_store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with empty_store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), AuthoringBase.metadata)
    assert diff == []
    assert empty_store.info().schema_revision == database.HEAD_REVISION
    again = StudioService.open(empty_store.url)  # opening again is a no-op
    assert again.info().items == 0
    again.close()


def test_version_id_col_refuses_an_update_from_a_stale_read(store):
    """The database, not only the service's comparison, refuses a write made on an old
    version: the UPDATE says WHERE version = <the version the editor opened>."""
    from sqlalchemy.orm.attributes import set_committed_value

    with Session(store.engine) as session:
        row = session.scalars(select(Translation).order_by(Translation.id).limit(1)).one()
        row_id, opened = row.id, row.version
        row.title = "changed by the first"
        session.commit()
    with Session(store.engine) as session:
        row = session.get(Translation, row_id)
        set_committed_value(row, "version", opened)  # what the second editor had opened
        row.title = "changed by the second"
        with pytest.raises(StaleDataError):
            session.commit()
    with Session(store.engine) as session:
        assert session.get(Translation, row_id).title == "changed by the first"


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://nobody@/nowhere?host=/nonexistent-socket-dir",
    "sqlite:////nonexistent-folder/studio.db",
    "mysql://nobody@localhost/x",
    "not a url ://",
])
def test_an_unreachable_database_is_one_clear_line(url):
    with pytest.raises(StoreUnavailable) as refused:
        StudioService.open(url)
    message = str(refused.value)
    assert "\n" not in message and len(message) < 300
    assert "Traceback" not in message


def test_the_database_server_going_away_mid_edit_is_store_unavailable(
        postgres_cluster, _postgres_template):
    """A server (PostgreSQL) that goes away between opening a text and saving it."""
    from tests.unit.authoring.conftest import create_from_template

    name = create_from_template(postgres_cluster, _postgres_template)
    service = StudioService.open(postgres_cluster.url(name), user="editor")
    text = service.text("office:poti", "ka")
    postgres_cluster.psql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          f"WHERE datname = '{name}' AND pid <> pg_backend_pid()")
    postgres_cluster.psql(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
    try:
        with pytest.raises(StoreUnavailable):
            service.save_text("office:poti", "ka", {"address": "ფოთი"}, text.version)
    finally:
        postgres_cluster.psql(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
    # back again: the same save goes through (the editor still had the text)
    saved = service.save_text("office:poti", "ka", {"address": "ფოთი"}, text.version)
    assert saved.fields["address"] == "ფოთი"
    service.close()
    postgres_cluster.drop_database(name)


def test_the_authoring_core_imports_without_qt():
    modules = ["kiosk.authoring.service", "kiosk.authoring.cli", "kiosk.authoring.publishing",
               "kiosk.authoring.packstore", "kiosk.tools.bench_studio"]
    code = ("import sys; sys.modules['PySide6'] = None\n"
            + "".join(f"import {m}\n" for m in modules)
            + "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m])\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_store_from_schema_0001_gets_its_grid_summaries_on_open(store_url):
    """Going from 0001 to 0002 adds empty summary columns; opening the store fills them."""
    from alembic import command
    from sqlalchemy import text

    service = StudioService.open(store_url)
    expected = service.grid()
    service.close()
    engine = database.make_engine(store_url)  # as open_store migrates: no cascades
    with engine.begin() as connection:
        command.downgrade(database.alembic_config(connection), "0001")
    assert database.current_revision(engine) == "0001"
    engine.dispose()
    reopened = StudioService.open(store_url)
    with reopened.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT count(*) FROM items WHERE grid_kind = '' AND family <> 'manifest'")).scalar() == 0
    assert reopened.grid() == expected
    reopened.close()
