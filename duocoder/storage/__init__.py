"""The project file: SQLAlchemy models, engine set-up, pragmas and migrations."""
