"""The privacy review and pseudonymisation from the command line (issue 14): `duocoder pseudo
…` on a small study (a coordinator, a participant and a volunteer of one duo who name each
other), the key file's passphrase from DUOCODER_PASSPHRASE and never an argument, undo of a
pseudonymisation only with its key, and every export that carries text stopped with the
list of what it would carry unless --allow-unreviewed gives a reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from duocoder.app.project import Project
from duocoder.cli import passphrase as passphrase_module
from duocoder.cli.main import build_parser
from duocoder.cli.messages import ENVIRONMENT as LANGUAGE_ENVIRONMENT
from duocoder.cli.privacy_commands import UNREVIEWED, report_unreviewed
from duocoder.domain.privacy import SEALED_PREFIX, GuardFinding, UnreviewedIdentifiersError
from duocoder.nlp.pipeline import ENV_MODEL
from tests.helpers import run_cli, source

NAMES = ("Sofie", "Anja", "Marleen")
CASE = "Vzw De Brug"
PARTICIPANT = "Interview deelnemer D3"
TEXTS = {
    "coordinator": (
        "Coördinatie Brug",
        "I: Hoe loopt duo 3?\nMarleen: Sofie en Anja zijn een mooie match. Anja belt Sofie "
        "elke week, dat vind ik fijn.\nI: En jij?\nMarleen: Ik bel hen allebei om de maand.",
        "Sofie en Anja zijn een mooie match",
    ),
    "participant": (
        PARTICIPANT,
        "I: Wie is je vrijwilliger?\nSofie: Anja, mijn vrijwilliger. Marleen van de vzw heeft "
        "ons gekoppeld. Mijn bompa vond dat goed.\nI: Wat doen jullie samen?\nSofie: Wandelen "
        "in het park.",
        "Anja, mijn vrijwilliger",
    ),
    "volunteer": (
        "Interview vrijwilliger D3",
        "I: Hoe gaat het met Sofie?\nAnja: Sofie lacht weer. Marleen belt soms om te horen "
        "hoe het gaat.\nI: En met jou?\nAnja: Goed, dank je.",
        "Sofie lacht weer",
    ),
}
KEYS = {
    "text",
    "type",
    "document",
    "document_id",
    "start",
    "end",
    "context",
    "group",
    "status",
    "pseudonym",
    "source",
}
PASSWORD = "fietsen langs de Dender"


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Dutch study of one duo, each interview with one coded passage that names someone."""
    monkeypatch.setenv(ENV_MODEL, "blank")
    monkeypatch.delenv("DUOCODER_KEY_PASSPHRASE", raising=False)
    path = tmp_path / "studie.duocoder"
    with Project.create(path, language="nl") as p:
        for role, (name, text, passage) in TEXTS.items():
            doc = p.add_document(
                name, source(text), role, CASE, None if role == "coordinator" else "Duo 3"
            )
            start = text.index(passage)
            p.add_coding(doc.id, "Verbinding", start, start + len(passage), create_code=True)
    return path


def _detect(capsys: pytest.CaptureFixture[str], path: Path, *more: str) -> list[dict[str, Any]]:
    code, out, err = run_cli(capsys, "pseudo", "detect", str(path), "--json", *more)
    assert (code, err) == (0, "")
    found: list[dict[str, Any]] = json.loads(out)
    return found


def _texts(path: Path) -> dict[str, str]:
    with Project.open(path) as p:
        return {d.name: p.text(d.id) for d in p.documents()}


def _review(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    """Accept the three persons (by their text), reject whatever else detection offers."""
    assert run_cli(capsys, "pseudo", "accept", str(path), *NAMES)[0] == 0
    others = sorted({c["group"] for c in _detect(capsys, path) if c["status"] == "open"})
    if others:
        assert run_cli(capsys, "pseudo", "reject", str(path), *others)[0] == 0


def _apply(capsys: pytest.CaptureFixture[str], path: Path, key: Path) -> dict[str, Any]:
    code, out, err = run_cli(capsys, "pseudo", "apply", str(path), "--key", str(key), "--json")
    assert (code, err) == (0, "")
    report: dict[str, Any] = json.loads(out)
    return report


def test_detect_lists_every_occurrence_with_its_group_and_context_and_finds_listed_names(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = _detect(capsys, study)
    texts = _texts(study)
    assert found and all(set(c) == KEYS for c in found)
    for c in found:
        assert texts[c["document"]][c["start"] : c["end"]] == c["text"]
        assert c["text"] in c["context"] and c["status"] == "open" and c["pseudonym"] is None
    sofie = [c for c in found if c["text"] == "Sofie"]
    assert {c["document"] for c in sofie} == set(texts)  # named in all three interviews
    assert {(c["type"], c["group"]) for c in sofie} == {("person", "person|Vzw De Brug|sofie")}
    assert {"Anja", "Marleen"} <= {c["text"] for c in found}
    assert "bompa" not in {c["text"] for c in found}  # a nickname no detector knows

    code, out, _ = run_cli(capsys, "pseudo", "names", str(study), "--add", "bompa")
    assert (code, out) == (0, "The list has 1 name: bompa.\n")
    bompa = [c for c in _detect(capsys, study) if c["text"] == "bompa"]
    assert [(c["document"], c["source"]) for c in bompa] == [(PARTICIPANT, "names")]

    only = _detect(capsys, study, "--document", PARTICIPANT, "--kind", "person")
    assert {(c["document"], c["type"]) for c in only} == {(PARTICIPANT, "person")}

    code, out, _ = run_cli(capsys, "pseudo", "detect", str(study))
    assert code == 0
    assert "[open] person: Sofie  (" in out and "group: person|Vzw De Brug|sofie" in out
    assert f"    {PARTICIPANT} " in out


def test_accept_reject_and_reopen_change_what_detect_shows(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "pseudo", "accept", str(study), "Sofie")
    assert code == 0 and out.startswith("Accepted 1 group:\n  person|Vzw De Brug|sofie → ")
    sofie = [c for c in _detect(capsys, study) if c["text"] == "Sofie"]
    assert {c["status"] for c in sofie} == {"accepted"}
    [pseudonym] = {c["pseudonym"] for c in sofie}
    assert pseudonym and pseudonym != "Sofie"
    code, out, _ = run_cli(capsys, "pseudo", "entities", str(study), "--json")
    assert [(e["type"], e["pseudonym"]) for e in json.loads(out)] == [("person", pseudonym)]

    anja = "person|Vzw De Brug|anja"
    assert run_cli(capsys, "pseudo", "reject", str(study), anja)[0] == 0
    assert "Anja" not in {c["text"] for c in _detect(capsys, study)}
    hidden = [c for c in _detect(capsys, study, "--all") if c["text"] == "Anja"]
    assert hidden and {c["status"] for c in hidden} == {"rejected"}

    assert run_cli(capsys, "pseudo", "reopen", str(study), "Anja")[0] == 0
    assert {c["status"] for c in _detect(capsys, study) if c["text"] == "Anja"} == {"open"}

    code, out, err = run_cli(capsys, "pseudo", "accept", str(study), "Niemand")
    assert (code, out) == (1, "")
    assert err == (
        "duocoder: No candidate has the text 'Niemand'; 'duocoder pseudo detect' lists them "
        "with their groups.\n"
    )
    code, _, err = run_cli(capsys, "pseudo", "reject", str(study), "persoon|sofie")
    assert code == 1 and "is not a candidate group" in err and err.count("\n") == 1


def test_apply_replaces_the_names_keeps_them_in_an_encrypted_key_and_restore_brings_them_back(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DUOCODER_PASSPHRASE", PASSWORD)
    before = _texts(study)
    _review(capsys, study)
    key = tmp_path / "elders" / "studie.key.age"
    key.parent.mkdir()
    report = _apply(capsys, study, key)
    assert report["documents"] == 3 and report["entities"] == 3
    assert report["replacements"] == sum(report["per_document"].values()) >= 12
    after = _texts(study)
    for name in NAMES:
        assert not any(name in text for text in after.values()), name
    data = key.read_bytes()
    assert data.startswith(SEALED_PREFIX)  # age-encrypted, not text
    assert not any(name.encode() in data for name in NAMES)

    code, out, _ = run_cli(capsys, "pseudo", "history", str(study), PARTICIPANT, "--json")
    assert code == 0
    [event] = json.loads(out)
    replaced = report["per_document"][PARTICIPANT]  # two speaker labels, Anja and Marleen
    assert (event["event"], event["replacements"], replaced) == ("pseudonymised", 4, 4)

    # nothing left to review: the quotes go out without a reason
    code, _, err = run_cli(capsys, "quotes", str(study), "-o", str(tmp_path / "q.docx"))
    assert (code, err) == (0, "")

    code, out, _ = run_cli(capsys, "pseudo", "restore", str(study), PARTICIPANT, "--key", str(key))
    assert (code, out) == (
        0,
        f"Restored the original of '{PARTICIPANT}' (4 replacements undone).\n",
    )
    assert _texts(study)[PARTICIPANT] == before[PARTICIPANT]
    code, _, _ = run_cli(capsys, "pseudo", "restore", str(study), "--all", "--key", str(key))
    assert code == 0 and _texts(study) == before


def test_a_wrong_passphrase_for_the_key_is_one_sentence_and_changes_nothing(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DUOCODER_PASSPHRASE", PASSWORD)
    _review(capsys, study)
    key = tmp_path / "studie.key.age"
    _apply(capsys, study, key)
    replaced = _texts(study)
    monkeypatch.setenv("DUOCODER_PASSPHRASE", "fietsen langs de Schelde")
    code, out, err = run_cli(
        capsys, "pseudo", "restore", str(study), PARTICIPANT, "--key", str(key)
    )
    assert (code, out) == (1, "")
    assert err == (
        "duocoder: Could not read 'studie.key.age': the passphrase is not right for this key "
        "file.\n"
    )
    assert _texts(study) == replaced
    # an encrypted project and its key may have different passphrases: the key's own variable
    monkeypatch.setenv("DUOCODER_KEY_PASSPHRASE", PASSWORD)
    code, _, _ = run_cli(capsys, "pseudo", "restore", str(study), PARTICIPANT, "--key", str(key))
    assert code == 0 and _texts(study) != replaced


def test_a_passphrase_is_never_an_argument_and_without_one_nothing_is_written(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    parser = build_parser()
    commands = {
        name: sub
        for action in parser._actions
        if hasattr(action, "choices") and isinstance(action.choices, dict)
        for name, sub in action.choices.items()
    }
    pseudo = commands["pseudo"]
    actions = [
        sub
        for action in pseudo._actions
        if hasattr(action, "choices") and isinstance(action.choices, dict)
        for sub in action.choices.values()
    ]
    options = {
        option
        for sub in [*actions, commands["undo"], commands["redo"]]
        for action in sub._actions
        for option in action.option_strings
    }
    assert "--key" in options
    assert not [o for o in options if "pass" in o or "secret" in o or "password" in o]
    key = tmp_path / "studie.key.age"
    with pytest.raises(SystemExit) as stopped:
        run_cli(capsys, "pseudo", "apply", str(study), "--key", str(key), "--passphrase", "pw")
    assert stopped.value.code == 2

    _review(capsys, study)
    before = _texts(study)
    monkeypatch.delenv("DUOCODER_PASSPHRASE", raising=False)
    monkeypatch.setattr(passphrase_module, "_at_terminal", lambda: False)
    code, _, err = run_cli(capsys, "pseudo", "apply", str(study), "--key", str(key))
    assert (code, err) == (
        1,
        "duocoder: The key file studie.key.age needs a passphrase and there is no terminal to "
        "ask it at; set DUOCODER_KEY_PASSPHRASE (or DUOCODER_PASSPHRASE) to it.\n",
    )
    assert not key.exists() and _texts(study) == before


def test_undoing_a_pseudonymisation_needs_its_key(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DUOCODER_PASSPHRASE", PASSWORD)
    before = _texts(study)
    _review(capsys, study)
    key = tmp_path / "studie.key.age"
    _apply(capsys, study, key)
    replaced = _texts(study)

    code, out, err = run_cli(capsys, "undo", str(study))
    assert (code, out) == (1, "")
    assert err == (
        "duocoder: Undoing or redoing 'Pseudonymise 3 documents' needs the key file the names "
        "were replaced with: add --key KEYFILE.\n"
    )
    assert _texts(study) == replaced

    code, out, _ = run_cli(capsys, "undo", str(study), "--key", str(key))
    assert (code, out) == (0, "Undid: Pseudonymise 3 documents.\n")
    assert _texts(study) == before


EXPORTS = {
    "quotes": ("quotes", "{p}", "-o", "{out}.docx"),
    "segments": ("segments", "{p}", "-o", "{out}.csv"),
    "search": ("search", "{p}", "Sofie", "-o", "{out}.xlsx"),
    "qdpx": ("export", "{p}", "{out}.qdpx"),
    "words": ("words", "{p}", "--include-names", "-o", "{out}.csv"),
}


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_an_export_with_names_not_reviewed_is_stopped_unless_a_reason_is_given(
    export: str, study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stem = tmp_path / "uit"
    args = [a.format(p=study, out=stem) for a in EXPORTS[export]]
    written = Path(args[-1])
    code, out, err = run_cli(capsys, *args)
    assert (code, out) == (UNREVIEWED, "")
    lines = err.splitlines()
    lines = lines[next(i for i, line in enumerate(lines) if line.startswith("duocoder: ")) :]
    assert "names not reviewed: " in lines[0]
    assert "sofie" in lines[0].casefold()  # word frequencies list lemmas: "sofie"
    assert any(line.startswith("  ") and "sofie (person)" in line.casefold() for line in lines)
    assert lines[-1].startswith("Nothing was written.") and "--allow-unreviewed REASON" in err
    assert not written.exists() and list(tmp_path.glob("uit*")) == []

    reason = "voor de promotor, binnen het team"
    code, _, err = run_cli(capsys, *args, "--allow-unreviewed", reason)
    assert (code, err) == (0, "")
    assert written.exists()
    code, out, _ = run_cli(capsys, "pseudo", "overrides", str(study), "--json")
    [override] = json.loads(out)
    assert override["reason"] == reason and override["export"].endswith(written.name)
    assert override["findings"] > 0


def test_a_long_list_of_findings_is_cut_at_twenty_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    findings = [
        GuardFinding(f"Interview {i}", f"Naam{i}", "person", "open", f"… Naam{i} …")
        for i in range(25)
    ]
    assert report_unreviewed(UnreviewedIdentifiersError(findings, 25)) == UNREVIEWED
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("duocoder: 25 passages still contain names not reviewed: ")
    assert lines[1] == "  Interview 0: Naam0 (person)"
    assert lines[20] == "  Interview 19: Naam19 (person)"
    assert lines[21] == "  … and 5 more"
    assert len(lines) == 23


def test_a_dutch_project_is_reviewed_in_dutch(
    study: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LANGUAGE_ENVIRONMENT)
    code, out, _ = run_cli(capsys, "pseudo", "detect", str(study), "--kind", "person")
    assert code == 0
    assert "[open] persoon: Sofie  (" in out and "    groep: person|Vzw De Brug|sofie" in out
    code, out, _ = run_cli(capsys, "pseudo", "accept", str(study), "Sofie")
    assert code == 0 and out.startswith("1 groep aanvaard:\n")
