"""Fixtures of the language-feature tests: a project with the language features mixed in,
always on the fallback pipeline (a trained pipeline installed on the machine must not change
what the tests see), and the transcripts of `tests.nlp.support`, indexed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.nlp.pipeline import ENV_MODEL
from tests.helpers import source
from tests.nlp.support import ANNA, BERT


@pytest.fixture
def lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Project]:
    monkeypatch.setenv(ENV_MODEL, "blank")
    with Project.create(tmp_path / "lang.duocoder") as p:
        yield p


@pytest.fixture
def duo(lp: Project) -> Project:
    """Two transcripts of one case (participant Anna, volunteer Bert), indexed."""
    lp.add_document("Anna", source(ANNA), "participant", "Duo Denderland", "Duo 1")
    lp.add_document("Bert", source(BERT), "volunteer", "Duo Denderland", "Duo 1")
    lp.add_document("Carla", source("R: Vertrouwen is alles voor mij."), "coordinator", "Wijk Oost")
    lp.index_documents()
    return lp
