"""Bulk coding (`code --from`, `apply_codings`) at a size where per-row work would show:
thousands of codings checked first and written at once keep every guarantee of coding one
passage at a time. Runs on project files and, with `--server`, on team projects."""

from __future__ import annotations

import pytest

from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import DuplicateCodingError, NotFoundError, ValidationError
from duocoder.storage import guids
from tests.helpers import source

DOCUMENTS = 12
PER_DOCUMENT = 250
LINE = "R: We drinken elke week koffie en praten over vroeger, over de buurt en de kinderen."


@pytest.fixture
def study(project: Project) -> Project:
    for i in range(DOCUMENTS):
        text = f"Gesprek {i}\n" + "\n".join([LINE] * 40)
        project.add_document(f"Interview {i:02d}", source(text), "participant")
    project.ensure_code_path("Verbinding/Klik")
    project.history.clear()
    project.coder = "Lies"
    return project


def _specs(count_per_document: int = PER_DOCUMENT) -> list[CodingSpec]:
    """Distinct codings on every document, by name, with two coders, the session's coder
    (no coder given), memos, automatic ones and codes that are not there yet."""
    specs = []
    for d in range(DOCUMENTS):
        for k in range(count_per_document):
            specs.append(
                CodingSpec(
                    f"interview {d:02d}",  # a name in another case still finds the document
                    k,
                    k + 5 + d,
                    "Verbinding/Klik" if k % 3 else f"Nieuw/Thema {k % 4}",
                    (None, "Jonas", "Lies")[k % 3],
                    memo=f"memo {k}" if k % 50 == 0 else None,
                    auto=k % 7 == 0,
                )
            )
    return specs


def _state(project: Project) -> tuple[list[tuple[object, ...]], dict[int, str], list[str]]:
    """Every coding as a researcher sees it, the codings' GUIDs, and the code paths."""
    segments = [
        (s.id, s.doc, s.start, s.end, s.code, s.coder, s.memo, s.auto, s.created_at)
        for s in project.segments()
    ]
    with project._read() as s:
        coding_guids = guids.coding_guids(s)
    return segments, coding_guids, [c.path for c in project.codes()]


def test_thousands_of_codings_are_one_step_that_undoes_and_redoes_exactly(
    study: Project,
) -> None:
    before = _state(study)
    specs = _specs()
    report = study.apply_codings(specs, create_codes=True)
    assert len(report.ids) == len(specs) == study.coding_count()
    assert {f"Nieuw/Thema {i}" for i in range(4)} <= set(report.created)
    # the ids come back in the order of the specs, each naming its own passage
    by_id = {s.id: s for s in study.segments()}
    for spec, coding_id in zip(specs, report.ids, strict=True):
        seg = by_id[coding_id]
        assert (seg.start, seg.end, seg.doc.casefold()) == (spec.start, spec.end, spec.doc)
        assert seg.coder == (spec.coder or "Lies")
        assert (seg.memo, seg.auto) == (spec.memo, spec.auto)
    after = _state(study)
    assert set(after[1]) == set(report.ids)  # every coding has a GUID, each its own
    assert len(set(after[1].values())) == len(specs)
    assert study.history.undo_label is not None
    study.undo()
    assert _state(study) == before  # codings, GUIDs and the codes made: all gone
    study.redo()
    assert _state(study) == after  # the same ids, times and GUIDs come back
    study.undo()
    assert _state(study) == before


def test_a_bad_spec_late_in_a_big_batch_is_named_and_nothing_is_written(study: Project) -> None:
    study.add_coding("Interview 03", "Verbinding/Klik", 100, 120, coder="Jonas")
    before = _state(study)
    steps = study.history.undo_label
    specs = _specs()
    bad_span = [*specs[:2000], CodingSpec("Interview 01", 5, 10_000, "Verbinding/Klik")]
    with pytest.raises(ValidationError) as caught:
        study.add_codings([*bad_span, *specs[2000:]], create_codes=True)
    assert caught.value.spec_index == 2000  # type: ignore[attr-defined]
    unknown = [*specs[:2500], CodingSpec("Interview 99", 0, 5, "Verbinding/Klik")]
    with pytest.raises(NotFoundError) as missing:
        study.add_codings(unknown, create_codes=True)
    assert missing.value.spec_index == 2500  # type: ignore[attr-defined]
    assert "Interview 99" in str(missing.value)
    # a passage coded before, and one coded twice in the batch
    again = CodingSpec("Interview 03", 100, 120, "Verbinding/Klik", "Jonas")
    with pytest.raises(DuplicateCodingError) as duplicate:
        study.add_codings([*specs[:1500], again, *specs[1500:]], create_codes=True)
    assert duplicate.value.spec_index == 1500  # type: ignore[attr-defined]
    with pytest.raises(DuplicateCodingError) as twice:
        study.add_codings([*specs, specs[10]], create_codes=True)
    assert twice.value.spec_index == len(specs)  # type: ignore[attr-defined]
    assert _state(study) == before  # no coding, GUID or code from any refused batch
    assert study.history.undo_label == steps


def test_duplicates_are_skipped_when_asked_and_the_rest_is_coded(study: Project) -> None:
    study.add_coding("Interview 00", "Verbinding/Klik", 1, 6, coder="Jonas")
    specs = _specs(50)
    report = study.apply_codings([*specs, *specs[:10]], create_codes=True, skip_duplicates=True)
    skipped_before = [1]  # the second spec is the passage Jonas coded before
    assert (specs[1].start, specs[1].end, specs[1].coder) == (1, 6, "Jonas")
    assert report.skipped == skipped_before + list(range(len(specs), len(specs) + 10))
    assert study.coding_count() == 1 + len(specs) - len(skipped_before)
    assert len(report.ids) == len(specs) - len(skipped_before)
