"""The CLI tests read its English messages: a new project is Dutch by default, and the CLI
speaks a project's language, so these tests ask for English through the environment (as a
researcher may). The tests of the Dutch messages remove the variable."""

from __future__ import annotations

import pytest

from duocoder.cli.messages import ENVIRONMENT


@pytest.fixture(autouse=True)
def english_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT, "en")
