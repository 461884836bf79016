"""The privacy review (issue 14): the candidates detection found, grouped by entity, to
accept, reject or correct; the pseudonym styles and the entity → pseudonym table;
pseudonymising with a key file, restoring, undoing a sealed step; and the export guard's
dialog."""
