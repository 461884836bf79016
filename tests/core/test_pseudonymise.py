"""Pseudonymising a small study: a coordinator, a participant and a volunteer of one duo who
name each other. The issue's 'done when': one pseudonym per person in all three interviews,
every coding over the same words, no original name anywhere in the project file, the key
file brings the originals back, and the run is one undo step."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import DuoCoderError, ValidationError
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


def _study(path: Path) -> Project:
    project = Project.create(path)
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
    return project


def _review(project: Project) -> None:
    """Accept the three persons, reject whatever else detection offers."""
    groups = {c.group for c in project.identifier_candidates()}
    names = {g for g in groups if g.split("|")[-1] in {n.casefold() for n in NAMES}}
    project.accept_candidates(sorted(names))
    if groups - names:
        project.reject_candidates(sorted(groups - names))


def _replaced(text: str, pseudonyms: dict[str, str]) -> str:
    pattern = re.compile(r"\b(" + "|".join(pseudonyms) + r")\b")
    return pattern.sub(lambda m: pseudonyms[m[0]], text)


def test_a_study_is_pseudonymised_consistently_and_the_file_keeps_no_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duocoder.nlp.pipeline import ENV_MODEL

    monkeypatch.setenv(ENV_MODEL, "blank")
    path, key = tmp_path / "studie.duocoder", tmp_path / "elsewhere" / "studie.key.age"
    key.parent.mkdir()
    project = _study(path)
    project.index_documents()
    before = {s.id: s.text for s in project.segments()}
    originals = {d.id: project.text(d.id) for d in project.documents()}
    _review(project)
    pseudonym = {c.text: c.pseudonym for c in project.identifier_candidates() if c.pseudonym}
    assert set(pseudonym) == set(NAMES)
    assert len(set(pseudonym.values())) == 3  # three people, three pseudonyms
    assert not set(pseudonym.values()) & set(NAMES)

    report = project.pseudonymise(key, "geheim wachtwoord")
    assert report.documents == 3 and report.compacted
    assert report.replacements == sum(
        len(re.findall(rf"\b{n}\b", t)) for t in originals.values() for n in NAMES
    )
    # the same person has the same pseudonym in all three interviews
    for doc_id, original in originals.items():
        assert project.text(doc_id) == _replaced(original, pseudonym)
    # every coding covers the same words, the names in it replaced
    for segment in project.segments():
        assert segment.text == _replaced(before[segment.id], pseudonym)
    assert project.segments()[0].memo == _replaced("Marleen ziet Sofie graag", pseudonym)
    # the document's history says who, when and how many
    [event] = project.document_history(project.documents()[0].id)
    assert (event.event, event.coder) == ("pseudonymised", "Lies")
    assert event.replacements == len(re.findall(r"\b(Sofie|Anja|Marleen)\b", originals[1]))
    project.index_documents()
    project.close()

    data = path.read_bytes()
    for side in ("-wal", "-journal", "-shm"):
        side_file = path.with_name(path.name + side)
        if side_file.exists():
            data += side_file.read_bytes()
    for name in NAMES:
        for form in (name, name.casefold(), name.upper()):
            assert form.encode("utf-8") not in data, form
            assert form.encode("utf-16-le") not in data, form
    assert b"Sofie" not in key.read_bytes()  # the key file is encrypted too

    # the key file brings every original back, codings and memo included
    with Project.open(path) as project:
        for doc_id, original in originals.items():
            project.restore_original(doc_id, key, "geheim wachtwoord")
            assert project.text(doc_id) == original
        assert {s.id: s.text for s in project.segments()} == before
        assert project.segments()[0].memo == "Marleen ziet Sofie graag"


def test_the_run_is_one_undo_step_that_needs_the_key(tmp_path: Path) -> None:
    key = tmp_path / "k.age"
    with _study(tmp_path / "p.duocoder") as project:
        originals = {d.id: project.text(d.id) for d in project.documents()}
        segments = [(s.start, s.end, s.text) for s in project.segments()]
        _review(project)
        project.pseudonymise(key, "pw")
        assert project.history.undo_label == "Pseudonymise 3 documents"
        with pytest.raises(ValidationError, match="needs the pseudonymisation key"):
            project.undo()
        assert project.text(1) != originals[1]  # a refused undo changes nothing
        with pytest.raises(DuoCoderError, match="passphrase is not right"):
            project.unlock_key(key, "wrong")
        project.unlock_key(key, "pw")
        project.undo()
        assert {d.id: project.text(d.id) for d in project.documents()} == originals
        assert [(s.start, s.end, s.text) for s in project.segments()] == segments
        project.redo()
        assert "Sofie" not in project.text(1)


def test_the_history_before_a_run_is_sealed_and_step_labels_lose_the_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.duocoder"
    with _study(path) as project:
        project.rename_document(1, "Gesprek met Marleen")
        _review(project)
        project.pseudonymise(tmp_path / "k.age", "pw")
        done, _undone = project.history.stack()
        assert not any(name in label for label in done for name in NAMES)
    con = sqlite3.connect(path)
    try:
        parts = [bytes(d) for (d,) in con.execute("SELECT data FROM history_parts")]
    finally:
        con.close()
    assert parts and all(p.startswith(b"age-encryption.org/v1\n") for p in parts)


def test_rejections_are_remembered_and_a_later_interview_gets_the_same_pseudonym(
    tmp_path: Path,
) -> None:
    path, key = tmp_path / "p.duocoder", tmp_path / "k.age"
    with _study(path) as project:
        project.set_privacy_names([*NAMES, "Park"])
        groups = {c.group for c in project.identifier_candidates()}
        park = next(g for g in groups if g.endswith("|park"))
        project.reject_candidates([park])
        _review(project)
        project.pseudonymise(key, "pw")
        sofie = project.text(2).split("\n")[1].split(":")[0]  # the participant's speaker label
    with Project.open(path) as project:
        project.coder = "Lies"
        assert not any(c.group == park for c in project.identifier_candidates())
        assert any(c.group == park for c in project.identifier_candidates(include_rejected=True))
        later = project.add_document(
            "Tweede interview D3",
            source("I: Hoe gaat het nu?\nSofie: Beter, sinds Anja er is."),
            "participant",
            CASE,
            "Duo 3",
        )
        project.set_privacy_names(NAMES)  # the first run took the names off the list
        report = project.pseudonymise(key, "pw")  # nothing reviewed: the key knows them
        assert report.documents == 1
        text = project.text(later.id)
        assert "Sofie" not in text and "Anja" not in text
        assert text.startswith(f"I: Hoe gaat het nu?\n{sofie}: Beter")


def test_a_key_file_of_another_project_or_a_missing_key_is_refused(tmp_path: Path) -> None:
    with _study(tmp_path / "a.duocoder") as a:
        _review(a)
        a.pseudonymise(tmp_path / "a.key", "pw")
    with _study(tmp_path / "b.duocoder") as b:
        _review(b)
        b.pseudonymise(tmp_path / "b.key", "pw")
        with pytest.raises(ValidationError, match="key file of another project"):
            b.restore_original(1, tmp_path / "a.key", "pw")
        with pytest.raises(ValidationError, match="another key file"):
            b.pseudonymise(tmp_path / "new.key", "pw")
        with pytest.raises(ValidationError, match="file of its own"):
            b.pseudonymise(tmp_path / "b.duocoder", "pw")
        (tmp_path / "plain.txt").write_text("Sofie", encoding="utf-8")
        with pytest.raises(DuoCoderError, match="not a DuoCoder key file"):
            b.unlock_key(tmp_path / "plain.txt", "pw")


def test_styles_give_role_labels_and_categories(tmp_path: Path) -> None:
    with _study(tmp_path / "p.duocoder") as project:
        project.set_pseudonym_style("person", "role")
        _review(project)
        by_text = {c.text: c.pseudonym for c in project.identifier_candidates() if c.pseudonym}
        assert by_text["Marleen"] == "[coördinator]"
        assert by_text["Sofie"] == "[deelnemer D3]"
        assert by_text["Anja"] == "[vrijwilliger D3]"
        project.set_pseudonym_style("person", "category")
        assert {e.pseudonym for e in project.entities()} == {"[naam]"}
        project.undo()
        assert {e.pseudonym for e in project.entities()} == set(by_text.values())


def test_memos_on_the_project_and_codes_are_pseudonymised_and_restore_all_brings_all_back(
    tmp_path: Path,
) -> None:
    key = tmp_path / "k.age"
    with _study(tmp_path / "p.duocoder") as project:
        code = project.codes()[0].id
        project.rename_project("Studie Marleen")
        project.set_memo("project", None, "Sofie wil niet herkend worden.")
        project.set_memo("code", code, "Anja en Sofie: het schoolvoorbeeld.")
        originals = {d.id: project.text(d.id) for d in project.documents()}
        _review(project)
        project.pseudonymise(key, "pw")
        assert "Sofie" not in project.memo("project", None)
        assert "Anja" not in project.memo("code", code)
        assert "Marleen" not in project.name
        undone = project.restore_all(key, "pw")
        assert undone == sum(
            len(re.findall(r"\b(Sofie|Anja|Marleen)\b", t)) for t in originals.values()
        )
        assert {d.id: project.text(d.id) for d in project.documents()} == originals
        assert project.memo("project", None) == "Sofie wil niet herkend worden."
        assert project.memo("code", code) == "Anja en Sofie: het schoolvoorbeeld."
        assert project.name == "Studie Marleen"
        project.undo()  # one step: every document pseudonymised again
        assert all("Sofie" not in project.text(d) for d in originals)


def test_an_accepted_phone_number_and_e_mail_address_are_replaced(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as project:
        text = "I: Hoe bereik ik je?\nR: Op 0478 12 34 56 of via sofie.peeters@gmail.com, hoor."
        doc = project.add_document("Interview D4", source(text), "participant", CASE, "Duo 4")
        found = {c.text: c for c in project.identifier_candidates()}
        assert found["0478 12 34 56"].kind == "phone"
        project.accept_candidates(
            [found["0478 12 34 56"].group, found["sofie.peeters@gmail.com"].group]
        )
        accepted = {c.text: c for c in project.identifier_candidates()}
        assert accepted["0478 12 34 56"].status == "accepted"
        assert accepted["sofie.peeters@gmail.com"].status == "accepted"
        project.pseudonymise(tmp_path / "k.age", "pw")
        assert project.text(doc.id).endswith("Op [telefoonnummer] of via [e-mailadres], hoor.")


def test_decisions_are_announced_to_the_views(tmp_path: Path) -> None:
    with _study(tmp_path / "p.duocoder") as project:
        seen: list[object] = []
        project.add_listener(seen.append)
        group = next(c.group for c in project.identifier_candidates() if c.text == "Sofie")
        project.accept_candidates([group])
        project.reject_candidates([group])
        assert len(seen) == 2 and all(c.privacy for c in seen)  # type: ignore[attr-defined]


def test_accepting_a_name_rescans_only_the_documents_that_hold_it(tmp_path: Path) -> None:
    with _study(tmp_path / "p.duocoder") as project:
        project.add_document(
            "Interview D9", source("I: Hoe gaat het?\nR: Goed, met Karim."), "participant", CASE
        )
        assert project.scan_documents() == 4
        project.set_privacy_names([*NAMES, "Wandelen"])  # only the participant's text has it
        assert project.scan_documents() == 1
        assert project.scan_documents() == 0
