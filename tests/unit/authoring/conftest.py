"""A studio store holding the bundled pack and a team, on a SQLite file and on PostgreSQL.

The stocked store is made once per session per backend (migrations, import, users) and
copied for each test: a SQLite file copy, or `CREATE DATABASE ... TEMPLATE` on PostgreSQL.
"""
from __future__ import annotations

import shutil
import uuid

import pytest

from kiosk.authoring.service import StudioService
from kiosk.content.pack import load_pack
from kiosk.paths import CONTENT_PACK

# Read from the bundled pack, which translators keep changing (version, texts).
BUNDLED = load_pack(CONTENT_PACK)
BUNDLED_ITEMS = len(BUNDLED.translatable())

TEAM = {
    "admin": ("admin",),
    "editor": ("editor",),
    "anahit": ("translator:hy",),  # an Armenian translator
    "aram": ("reviewer:hy", "translator:hy"),  # reviews Armenian, translates too
    "mariam": ("reviewer:hy",),
    "nino": ("reviewer:ka",),
    "publisher": ("publisher",),
}


def stock(url: str) -> None:
    """Migrate, add the team and import the bundled pack."""
    service = StudioService.open(url)
    try:
        service.create_user("admin", TEAM["admin"])
        admin = service.as_user("admin")
        for name, roles in TEAM.items():
            if name != "admin":
                admin.create_user(name, roles)
        service.import_pack(CONTENT_PACK)
    finally:
        service.close()


def create_from_template(cluster, template: str) -> str:
    """A new database on `cluster`, a copy of `template` (PostgreSQL copies the files)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    cluster.psql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("studio") / "template.db"
    stock(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def _postgres_template(postgres_cluster):
    name = postgres_cluster.create_database()
    stock(postgres_cluster.url(name))
    return name


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A store holding the bundled pack and TEAM, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        target = tmp_path / "store.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), target)
        yield f"sqlite:///{target}"
        return
    cluster = request.getfixturevalue("postgres_cluster")
    template = request.getfixturevalue("_postgres_template")
    name = create_from_template(cluster, template)
    try:
        yield cluster.url(name)
    finally:
        cluster.drop_database(name)


@pytest.fixture
def store(store_url):
    """The system's view (full rights) of the stocked store; `.as_user(name)` for a person."""
    service = StudioService.open(store_url)
    yield service
    service.close()


@pytest.fixture
def empty_store(database_url):
    service = StudioService.open(database_url)
    yield service
    service.close()
