"""Choosing and loading pipelines, analysing texts into tokens and sentences, and keeping
spaCy out of every command that does not need it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.nlp import packing
from duocoder.nlp.errors import LanguageModelError
from duocoder.nlp.pipeline import ENV_MODEL, LABEL, NUMBER, PUNCT, STOP, choose_model, get_pipeline
from tests.helpers import source

ROOT = Path(__file__).resolve().parents[2]


def _small_pipeline(path: Path, lang: str = "nl") -> Path:
    """A 'trained' pipeline as spaCy saves one: it lemmatises `vertrouwde` its own way."""
    import spacy

    nlp = spacy.blank(lang)
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "vertrouwde"}]], {"LEMMA": "vertrouwd-volgens-model"})
    nlp.meta["name"] = "duocoder_test"
    nlp.meta["version"] = "0.0.1"
    nlp.to_disk(path)
    return path


def test_the_fallback_is_chosen_when_nothing_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_MODEL, raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert choose_model("nl") is None
    assert not get_pipeline("nl", "blank").trained


def test_an_installed_trained_pipeline_is_preferred(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_MODEL, raising=False)
    installed = {"nl_core_news_md", "en_core_web_sm"}
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: object() if name in installed else None
    )
    assert choose_model("nl") == "nl_core_news_md"
    assert choose_model("en") == "en_core_web_sm"
    assert choose_model("nl", "blank") is None  # an explicit choice wins


def test_a_trained_pipeline_is_used_when_pointed_at(
    lp: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _small_pipeline(tmp_path / "model")
    monkeypatch.setenv(ENV_MODEL, str(model))
    pipeline = get_pipeline("nl")
    assert pipeline.trained and pipeline.name == "duocoder_test 0.0.1"
    lp.add_document("Anna", source("R: Hij vertrouwde niemand. Zij wel."), "participant")
    report = lp.index_documents()
    assert report.pipeline == "duocoder_test 0.0.1"
    assert lp.index_status().pipelines == ("duocoder_test 0.0.1",)
    lemmas = {r.lemma for r in lp.word_frequencies()}
    assert "vertrouwd-volgens-model" in lemmas  # the model's lemma, not the lookup table's
    [hit] = lp.search("vertrouwd-volgens-model", "lemma")
    assert hit.match == "vertrouwde"
    # sentences come from a sentencizer added because the model has no parser
    previews = lp.preview_hits([hit], "sentence")
    assert [p.text for p in previews] == ["Hij vertrouwde niemand."]


def test_the_model_setting_of_a_project_wins_over_the_environment(
    lp: Project, tmp_path: Path
) -> None:
    lp.language_model = str(_small_pipeline(tmp_path / "model2"))
    lp.add_document("Anna", source("R: Ik vertrouwde haar."), "participant")
    assert lp.index_documents().pipeline == "duocoder_test 0.0.1"


def test_a_pipeline_for_another_language_or_a_missing_one_is_refused(tmp_path: Path) -> None:
    english = _small_pipeline(tmp_path / "english", "en")
    with pytest.raises(LanguageModelError, match="is for 'en'"):
        get_pipeline("nl", str(english))
    with pytest.raises(LanguageModelError, match="cannot be loaded"):
        get_pipeline("nl", str(tmp_path / "nowhere"))


def test_tokens_are_code_point_offsets_with_flags_and_sentences() -> None:
    text = "I: Gaat het? 😊\nR: Goed 😊 vertrouwen, 12 keer.\n\nR: Ja. Echt"
    labels = [(i, i + 3) for i in (0, text.index("R: G"), text.index("R: J"))]
    [a] = get_pipeline("nl", "blank").analyse([(text, labels)])
    rows = zip(a.starts, a.ends, a.lemma_index, a.flags, strict=True)
    tokens = {text[s:e]: (a.lemmas[i], f) for s, e, i, f in rows}
    assert tokens["vertrouwen"] == ("vertrouwen", 0)
    assert tokens["het"][1] == STOP
    assert tokens[","][1] == PUNCT
    assert tokens["12"][1] == NUMBER
    assert tokens["R"][1] & LABEL and tokens["I"][1] & LABEL
    assert "\n" not in tokens and " " not in tokens
    sentences = [text[s:e] for s, e in a.sentences]
    # broken at newlines and after speaker labels; labels belong to no sentence
    assert sentences == ["Gaat het?", "😊", "Goed 😊 vertrouwen, 12 keer.", "Ja.", "Echt"]
    assert a.words == len(text.split())


def test_packing_round_trips() -> None:
    [a] = get_pipeline("nl", "blank").analyse([("R: Ik vertrouw haar. Zij mij.", [(0, 3)])])
    tokens = packing.TokenIndex(a.starts, a.ends, a.lemma_index + 7, a.flags, a.sentences)
    back = packing.unpack(**packing.pack(tokens))
    for name in ("starts", "ends", "lemmas", "flags", "sentences"):
        assert getattr(back, name).tolist() == getattr(tokens, name).tolist(), name


def test_small_commands_and_the_app_do_not_import_spacy(tmp_path: Path) -> None:
    path = tmp_path / "p.duocoder"
    code = (
        "import sys\n"
        "from duocoder.app.project import Project\n"
        "import duocoder.app.language, duocoder.nlp, duocoder.nlp.pipeline, duocoder.nlp.search\n"
        "from duocoder.cli.language_commands import add_language_parsers\n"
        "from duocoder.cli.main import main\n"
        f"Project.create({str(path)!r}).close()\n"
        f"assert main(['docs', {str(path)!r}]) == 0\n"
        "assert 'spacy' not in sys.modules, 'spacy was imported'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
