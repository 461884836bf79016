"""Names and notes are as long as a person writes them, whoever sets them.

A single 40 MB code name once made every later command use 340 MB. The core now refuses a
value beyond its limit (`duocoder.domain.limits`) in one sentence naming what was too long
and the limit, so the window, the command line and every importer meet the same rule, and
the project stays as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import SourceError, ValidationError
from tests.helpers import source

LONG_NAME = "n" * 201


@pytest.fixture
def filled(project: Project) -> Project:
    doc = project.add_document("Anna", source("I: Hoe gaat het?\nR: Goed."), "participant")
    project.add_coding(doc.id, "Verbinding", 20, 24, create_code=True)
    return project


def state(p: Project) -> tuple[object, ...]:
    return (
        [(c.path, c.description, c.keywords) for c in p.codes()],
        [(d.name, d.case, d.duo, d.attributes) for d in p.documents()],
        [c.name for c in p.coders()],
        [m.text for m in p.memos()],
        [s.memo for s in p.segments()],
        p.interviewer_labels,
        p.name,
        p.history.undo_label,
    )


def coding_memo(p: Project, memo: str) -> None:
    p.set_coding_memo(p.segments()[0].id, memo)


# what -> (action on a value, a value at the limit, one beyond it, the refusal)
Case = tuple[Callable[[Project, object], object], object, object, str]
CASES: dict[str, Case] = {
    "code name": (
        lambda p, v: p.add_code(v),
        "n" * 200,
        LONG_NAME,
        "A code name can be at most 200 characters; this one has 201.",
    ),
    "renamed code": (
        lambda p, v: p.rename_code("Verbinding", v),
        "n" * 200,
        "x" * 40_000_000,
        "A code name can be at most 200 characters; this one has 40,000,000.",
    ),
    "code path": (
        lambda p, v: p.ensure_code_path(f"Verbinding/{v}"),
        "n" * 200,
        LONG_NAME,
        "A code name can be at most 200 characters; this one has 201.",
    ),
    "typed path": (
        lambda p, v: p.ensure_code_path(v),
        ("n" * 19 + "/") * 100,
        ("n" * 19 + "/") * 100 + "n",
        "A code path can be at most 2,000 characters; this one has 2,001.",
    ),
    "nesting": (
        lambda p, v: p.ensure_code_path(v),
        "a/" * 100,
        "a/" * 101,
        "A code path can have at most 100 levels; this one has 101.",
    ),
    "in-vivo code": (
        lambda p, v: p.add_coding("Anna", f"Nieuw/{v}", 0, 2, create_code=True),
        "n" * 200,
        LONG_NAME,
        "A code name can be at most 200 characters; this one has 201.",
    ),
    "definition": (
        lambda p, v: p.describe_code("Verbinding", v),
        "d" * 100_000,
        "d" * 100_001,
        "A code description can be at most 100,000 characters; this one has 100,001.",
    ),
    "new code's definition": (
        lambda p, v: p.add_code("Nieuw", description=v),
        "d" * 100_000,
        "d" * 100_001,
        "A code description can be at most 100,000 characters; this one has 100,001.",
    ),
    "keyword": (
        lambda p, v: p.set_keywords("Verbinding", ["vertrouwen", v]),
        "k" * 200,
        "k" * 201,
        "A keyword can be at most 200 characters; this one has 201.",
    ),
    "keywords": (
        lambda p, v: p.set_keywords("Verbinding", [f"woord{i}" for i in range(v)]),
        1_000,
        1_001,
        "A code can have at most 1,000 keywords; these are 1,001.",
    ),
    "document name": (
        lambda p, v: p.rename_document("Anna", v),
        "d" * 400,
        "d" * 401,
        "A document name can be at most 400 characters; this one has 401.",
    ),
    "new document": (
        lambda p, v: p.add_document(v, source("R: ander gesprek"), "participant"),
        "d" * 400,
        "d" * 401,
        "A document name can be at most 400 characters; this one has 401.",
    ),
    "case": (
        lambda p, v: p.set_document_properties("Anna", case=v),
        "n" * 200,
        LONG_NAME,
        "A case name can be at most 200 characters; this one has 201.",
    ),
    "duo on import": (
        lambda p, v: p.add_document("Bert", source("R: ander gesprek"), "volunteer", duo=v),
        "n" * 200,
        LONG_NAME,
        "A duo name can be at most 200 characters; this one has 201.",
    ),
    "attribute name": (
        lambda p, v: p.set_document_properties("Anna", attributes={v: "67"}),
        "n" * 200,
        LONG_NAME,
        "An attribute name can be at most 200 characters; this one has 201.",
    ),
    "attribute value": (
        lambda p, v: p.set_document_properties("Anna", attributes={"leeftijd": v}),
        "6" * 400,
        "6" * 401,
        "An attribute value can be at most 400 characters; this one has 401.",
    ),
    "coder": (
        lambda p, v: p.add_coder(v),
        "n" * 200,
        LONG_NAME,
        "A coder name can be at most 200 characters; this one has 201.",
    ),
    "coder of a coding": (
        lambda p, v: p.add_coding("Anna", "Verbinding", 0, 2, coder=v),
        "n" * 200,
        LONG_NAME,
        "A coder name can be at most 200 characters; this one has 201.",
    ),
    "project memo": (
        lambda p, v: p.set_memo("project", None, v),
        "m" * 1_000_000,
        "m" * 1_000_001,
        "A memo can be at most 1,000,000 characters; this one has 1,000,001.",
    ),
    "coding memo": (
        coding_memo,
        "m" * 1_000_000,
        "m" * 1_000_001,
        "A memo can be at most 1,000,000 characters; this one has 1,000,001.",
    ),
    "memo of a new coding": (
        lambda p, v: p.add_coding("Anna", "Verbinding", 0, 2, memo=v),
        "m" * 1_000_000,
        "m" * 1_000_001,
        "A memo can be at most 1,000,000 characters; this one has 1,000,001.",
    ),
    "speaker label": (
        lambda p, v: p.set_interviewer_labels(["I", v]),
        "n" * 200,
        LONG_NAME,
        "A speaker label can be at most 200 characters; this one has 201.",
    ),
    "project name": (
        lambda p, v: p.rename_project(v),
        "n" * 200,
        LONG_NAME,
        "A project name can be at most 200 characters; this one has 201.",
    ),
}


@pytest.mark.parametrize("what", list(CASES))
def test_a_value_beyond_its_limit_is_refused_in_one_sentence(filled: Project, what: str) -> None:
    action, at_limit, beyond, sentence = CASES[what]
    before = state(filled)
    with pytest.raises(ValidationError) as caught:
        action(filled, beyond)
    assert str(caught.value) == sentence
    assert state(filled) == before
    action(filled, at_limit)  # a person's longest is still welcome
    assert state(filled) != before


# -- codebook files: refused whole, in one sentence naming the file ----------------------------

QDC = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti 24"><Codes>{}</Codes></CodeBook>'
)


def qdc_code(name: str, inner: str = "", description: str = "") -> str:
    text = f"<Description>{description}</Description>" if description else ""
    return f'<Code name="{name}" isCodable="true">{text}{inner}</Code>'


FILES: dict[str, tuple[str, str, str]] = {
    "40 MB name": (
        "groot.qdc",
        QDC.format(qdc_code("x" * 40_000_000)),
        "a code name in it has 40,000,000 characters; a code name can be at most 200",
    ),
    "sub-code name": (
        "lang.qdc",
        QDC.format(qdc_code("Verbinding", qdc_code(LONG_NAME))),
        "a code name under 'Verbinding' has 201 characters; a code name can be at most 200",
    ),
    "flattened name": (
        "plat.qdc",
        QDC.format(qdc_code(f"Verbinding::{LONG_NAME}")),
        "a code name under 'Verbinding' has 201 characters; a code name can be at most 200",
    ),
    "definition": (
        "definitie.qdc",
        QDC.format(qdc_code("Verbinding", description="d" * 100_001)),
        "the definition of the code 'Verbinding' has 100,001 characters; "
        "a definition can be at most 100,000",
    ),
    "csv name": (
        "lijst.csv",
        f"pad;beschrijving\nVerbinding;goed\nVerbinding/{LONG_NAME};\n",
        "a code name in row 3 has 201 characters; a code name can be at most 200",
    ),
    "csv path": (
        "lijst.csv",
        "pad\n" + "a/" * 1_001 + "\n",
        "the code path in row 2 has 2,002 characters; a code path can be at most 2,000",
    ),
    "csv depth": (
        "diep.csv",
        "pad\n" + "a/" * 101 + "\n",
        "the code path in row 2 is nested more than 100 levels deep",
    ),
}


@pytest.mark.parametrize("what", list(FILES))
def test_a_codebook_with_a_name_beyond_the_limit_is_refused(
    filled: Project, tmp_path: Path, what: str
) -> None:
    file_name, text, problem = FILES[what]
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    before = state(filled)
    with pytest.raises(SourceError) as caught:
        filled.import_codebook_file(path)
    assert str(caught.value) == f"Could not read '{file_name}': {problem}."
    assert state(filled) == before
