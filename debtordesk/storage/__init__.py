"""SQLite storage: schema, migrations, repositories."""
