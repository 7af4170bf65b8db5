"""Content: the pack format, its checks, the database and the queries. No Qt here."""
