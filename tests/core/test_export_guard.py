"""The export guard on every export that carries interview text (issue 14): a small study of a
coordinator, a participant and a volunteer of one duo who name each other. Each export — the
quote list, a segment list, search hits, the .qdpx project and word frequencies — is stopped
before it writes anything while names are not reviewed; with a reason it is written and the
reason is recorded; after the review and pseudonymisation every export goes through and no
original name is in any file."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.privacy import UnreviewedIdentifiersError
from tests.helpers import source

NAMES = ("Sofie", "Anja", "Marleen")
CASE = "Vzw De Brug"
TEXTS = {
    "coordinator": (
        "Coördinatie Brug",
        "I: Hoe loopt duo 3?\nMarleen: Sofie en Anja zijn een mooie match. Anja belt Sofie "
        "elke week, dat vind ik fijn.\nI: En jij?\nMarleen: Ik bel hen allebei om de maand.",
    ),
    "participant": (
        "Interview deelnemer D3",
        "I: Wie is je vrijwilliger?\nSofie: Anja, mijn vrijwilliger. Marleen van de vzw heeft "
        "ons gekoppeld.\nI: Wat doen jullie samen?\nSofie: Wandelen in het park.",
    ),
    "volunteer": (
        "Interview vrijwilliger D3",
        "I: Hoe gaat het met Sofie?\nAnja: Sofie lacht weer. Marleen belt soms om te horen "
        "hoe het gaat.\nI: En met jou?\nAnja: Goed, dank je.",
    ),
}
PASSAGES = {
    "coordinator": "Sofie en Anja zijn een mooie match",
    "participant": "Anja, mijn vrijwilliger. Marleen van de vzw",
    "volunteer": "Sofie lacht weer",
}


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """The study, indexed (word frequencies and lemma search need the index), with the
    three names on the project's list and a memo that names two of them."""
    from duocoder.nlp.pipeline import ENV_MODEL

    monkeypatch.setenv(ENV_MODEL, "blank")
    project = Project.create(tmp_path / "studie.duocoder")
    project.coder = "Lies"
    project.set_privacy_names(NAMES)
    for role, (name, text) in TEXTS.items():
        doc = project.add_document(
            name, source(text), role, CASE, None if role == "coordinator" else "Duo 3"
        )
        start = text.index(PASSAGES[role])
        project.add_coding(
            doc.id, "Verbinding", start, start + len(PASSAGES[role]), create_code=True
        )
    project.set_coding_memo(project.segments()[0].id, "Marleen ziet Sofie graag")
    project.index_documents()
    return project


def _quotes(p: Project, folder: Path, allow: str | None) -> Path:
    path = folder / "citaten.docx"
    p.export_quotes(path, with_memo=True, allow_unreviewed=allow)
    return path


def _segments(p: Project, folder: Path, allow: str | None) -> Path:
    path = folder / "segmenten.csv"
    p.export_segments(p.segments(), path, allow_unreviewed=allow)
    return path


def _hits(p: Project, folder: Path, allow: str | None) -> Path:
    path = folder / "zoekresultaten.xlsx"
    hits = p.search("belt")  # "Anja belt Sofie", "Marleen belt soms": names around it
    assert len(hits) == 2
    p.export_hits(hits, path, allow_unreviewed=allow)
    return path


def _qdpx(p: Project, folder: Path, allow: str | None) -> Path:
    path = folder / "studie.qdpx"
    p.export_qdpx(path, allow_unreviewed=allow)
    return path


def _words(p: Project, folder: Path, allow: str | None) -> Path:
    path = folder / "woorden.csv"
    p.export_word_frequencies(p.word_frequencies(include_names=True), path, allow_unreviewed=allow)
    return path


EXPORTS: dict[str, Callable[[Project, Path, str | None], Path]] = {
    "quotes": _quotes,
    "segments": _segments,
    "hits": _hits,
    "qdpx": _qdpx,
    "words": _words,
}


def _text_of(path: Path) -> str:
    """Everything a file says: every member of a .docx, .xlsx or .qdpx, or the file."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return path.read_text(encoding="utf-8-sig")


def _names_in(text: str) -> set[str]:
    return {n for n in NAMES if re.search(rf"(?<!\w){n}(?!\w)", text, re.IGNORECASE)}


def _review(project: Project) -> None:
    """Accept the three persons, reject whatever else detection offers."""
    groups = {c.group for c in project.identifier_candidates()}
    names = {g for g in groups if g.split("|")[-1] in {n.casefold() for n in NAMES}}
    project.accept_candidates(sorted(names))
    if groups - names:
        project.reject_candidates(sorted(groups - names))


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_an_export_with_names_not_reviewed_is_stopped_and_writes_nothing(
    study: Project, tmp_path: Path, export: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UnreviewedIdentifiersError) as stopped:
        EXPORTS[export](study, out, None)
    found = {f.text.casefold() for f in stopped.value.findings}
    assert {n.casefold() for n in NAMES} <= found
    assert all(f.status == "open" for f in stopped.value.findings)
    assert "still contain names not reviewed" in str(stopped.value)
    assert list(out.iterdir()) == []  # no file, no half-written temporary either
    assert study.export_overrides() == []


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_with_a_reason_the_export_is_written_and_the_reason_recorded(
    study: Project, tmp_path: Path, export: str
) -> None:
    path = EXPORTS[export](study, tmp_path, "test: shared with the second coder only")
    assert path.exists()
    assert _names_in(_text_of(path))  # written as asked: the names are in it
    [(_when, who, what, why, findings)] = study.export_overrides()
    assert (who, why) == ("Lies", "test: shared with the second coder only")
    assert what.endswith(f"→ {path.name}")
    assert findings >= len(NAMES)


def test_the_count_names_the_passages_that_carry_names(study: Project, tmp_path: Path) -> None:
    with pytest.raises(UnreviewedIdentifiersError) as stopped:
        study.export_segments(study.segments()[1:], tmp_path / "twee.csv", with_memo=False)
    assert stopped.value.passages == 2  # two segments, each naming someone
    assert str(stopped.value).startswith("2 passages still contain names not reviewed: ")
    assert {f.document for f in stopped.value.findings} == {
        "Interview deelnemer D3",
        "Interview vrijwilliger D3",
    }


def test_a_memo_in_the_quote_list_is_checked_too(study: Project, tmp_path: Path) -> None:
    """The passage quoted names nobody; its memo names two people."""
    text = TEXTS["participant"][1]
    start = text.index("Wandelen in het park")
    doc = study.documents()[1].id
    coding = study.add_coding(doc, "Activiteiten", start, start + 20, create_code=True)
    study.set_coding_memo(coding, "Sofie wandelt graag met Anja")
    path = tmp_path / "activiteiten.docx"
    with pytest.raises(UnreviewedIdentifiersError) as stopped:
        study.export_quotes(path, with_memo=True, codes=["Activiteiten"])
    assert {f.text for f in stopped.value.findings} == {"Sofie", "Anja"}
    assert {f.document for f in stopped.value.findings} == {"memo in Interview deelnemer D3"}
    assert stopped.value.passages == 1
    assert not path.exists()
    study.export_quotes(path, with_memo=False, codes=["Activiteiten"])  # without it: passes
    assert "Wandelen in het park" in _text_of(path)


def _with_roos(study: Project) -> None:
    """A second volunteer who names Roos only at the start of sentences, where a capital
    says nothing: only the privacy review knows Roos is a name (here: the name list)."""
    study.add_document(
        "Interview vrijwilliger D4",
        source("I: Hoe gaat het?\nR: Roos komt elke week langs. Roos lacht veel."),
        "volunteer",
        CASE,
        "Duo 4",
    )
    study.set_privacy_names([*NAMES, "Roos"])
    study.index_documents()


def test_word_frequencies_leave_out_names_unless_asked(study: Project) -> None:
    _with_roos(study)
    lemmas = {r.lemma.casefold() for r in study.word_frequencies()}
    assert "wandelen" in lemmas and "lachen" in lemmas
    assert not lemmas & {n.casefold() for n in (*NAMES, "Roos")}
    with_names = {r.lemma.casefold() for r in study.word_frequencies(include_names=True)}
    assert {n.casefold() for n in (*NAMES, "Roos")} <= with_names


def test_default_word_frequencies_export_without_a_reason(study: Project, tmp_path: Path) -> None:
    _with_roos(study)
    path = tmp_path / "woorden.xlsx"
    study.export_word_frequencies(study.word_frequencies(by="role"), path)
    assert not _names_in(_text_of(path)) and "roos" not in _text_of(path).casefold()
    assert "wandelen" in _text_of(path)
    assert study.export_overrides() == []


def test_after_review_and_pseudonymisation_every_export_goes_through_without_a_name(
    study: Project, tmp_path: Path
) -> None:
    _review(study)
    # accepted but not yet replaced: still stopped, now as accepted
    with pytest.raises(UnreviewedIdentifiersError) as stopped:
        _segments(study, tmp_path, None)
    assert {f.status for f in stopped.value.findings} == {"accepted"}
    (tmp_path / "elders").mkdir()
    report = study.pseudonymise(tmp_path / "elders" / "studie.key.age", "geheim wachtwoord")
    assert report.replacements > 0
    # the pseudonyms change the words around what is left: detection offers new
    # candidates ("Alias van de vzw"), which the review rejects like the others
    _review(study)
    study.index_documents()
    out = tmp_path / "out"
    out.mkdir()
    for export, write in EXPORTS.items():
        path = write(study, out, None)
        text = _text_of(path)
        assert not _names_in(text), export
        assert text.strip(), export
    quotes = _text_of(out / "citaten.docx")
    assert "mooie match" in quotes and "lacht weer" in quotes
    assert study.export_overrides() == []
