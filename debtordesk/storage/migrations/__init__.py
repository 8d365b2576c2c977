"""Alembic migrations, applied by datafile.open_data_file on every open."""
