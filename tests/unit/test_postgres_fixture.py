"""The private PostgreSQL cluster the authoring and fleet tests run on really answers."""
from sqlalchemy import create_engine, text


def test_each_database_url_answers_and_starts_empty(database_url):
    engine = create_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE probe (n INTEGER)"))
            connection.execute(text("INSERT INTO probe VALUES (41)"))
            assert connection.execute(text("SELECT n + 1 FROM probe")).scalar_one() == 42
    finally:
        engine.dispose()
