"""The pseudonymisation key: the original strings and where they were, kept apart from the
project in a file encrypted with a passphrase.

The file is an age file (https://age-encryption.org, passphrase recipient, scrypt), written
with pyrage: an archive can decrypt it with the `age` tool alone, decades from now, without
DuoCoder. Inside is JSON: the key's own id (which the project remembers, so a wrong key file
is recognised), an age identity with which the project seals its undo history of the
originals, the entities with their original spellings, and every run of pseudonymisation
with, per document, each replacement's place in the pseudonymised text and its original.

The project never holds any of this in the clear; a key file is only ever replaced as a whole
(`duocoder.io.atomic`), so a crash leaves the previous key, never half a new one."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from duocoder.domain.errors import SourceError
from duocoder.domain.privacy import SEALED_PREFIX
from duocoder.io.atomic import write_atomically

FORMAT = "duocoder-pseudonymisation-key"
VERSION = 1


@dataclass(frozen=True, slots=True)
class Replacement:
    """One replaced stretch: `start`..`end` in the pseudonymised text held `original`."""

    start: int
    end: int
    original: str
    entity: int


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A short text outside the document's text that was pseudonymised too: its name, case,
    duo, an attribute, a memo, a coding memo or a turn's speaker. `where` names it."""

    where: str
    original: str


@dataclass(slots=True)
class DocumentRun:
    guid: str
    hash_before: str
    hash_after: str
    replacements: list[Replacement]
    fields: list[FieldChange]


@dataclass(slots=True)
class Run:
    id: str
    at: str
    coder: str | None
    documents: dict[str, DocumentRun]  # by document GUID


@dataclass(slots=True)
class Key:
    """A decrypted key file: what a session needs to pseudonymise further and to restore."""

    id: str
    identity: str
    entities: dict[int, dict[str, Any]] = field(default_factory=dict)
    runs: list[Run] = field(default_factory=list)

    @classmethod
    def new(cls) -> Key:
        return cls(id=str(uuid.uuid4()), identity=str(x25519.Identity.generate()))

    def originals(self, entity: int) -> list[str]:
        return list(self.entities.get(entity, {}).get("originals", []))

    def add_original(self, entity: int, kind: str, original: str) -> None:
        entry = self.entities.setdefault(entity, {"kind": kind, "originals": []})
        if original not in entry["originals"]:
            entry["originals"].append(original)

    def new_run(self, coder: str | None) -> Run:
        run = Run(str(uuid.uuid4()), datetime.now().isoformat(timespec="seconds"), coder, {})
        self.runs.append(run)
        return run

    def runs_of(self, guid: str) -> list[tuple[Run, DocumentRun]]:
        """The runs that changed one document, newest first (the order to undo them in)."""
        return [(r, r.documents[guid]) for r in reversed(self.runs) if guid in r.documents]

    # -- sealing the project's undo history ------------------------------------------------
    @property
    def recipient(self) -> str:
        return str(x25519.Identity.from_str(self.identity).to_public())

    def seal(self, data: bytes) -> bytes:
        return bytes(pyrage.encrypt(data, [x25519.Recipient.from_str(self.recipient)]))

    def unseal(self, data: bytes) -> bytes:
        return bytes(pyrage.decrypt(data, [x25519.Identity.from_str(self.identity)]))


def is_sealed(data: bytes) -> bool:
    return data.startswith(SEALED_PREFIX)


def _json(key: Key) -> bytes:
    return json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "id": key.id,
            "identity": key.identity,
            "entities": {str(k): v for k, v in sorted(key.entities.items())},
            "runs": [
                {
                    "id": run.id,
                    "at": run.at,
                    "coder": run.coder,
                    "documents": {
                        guid: {
                            "hash_before": doc.hash_before,
                            "hash_after": doc.hash_after,
                            "replacements": [
                                [r.start, r.end, r.original, r.entity] for r in doc.replacements
                            ],
                            "fields": [[f.where, f.original] for f in doc.fields],
                        }
                        for guid, doc in run.documents.items()
                    },
                }
                for run in key.runs
            ],
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")


def _key(data: dict[str, Any]) -> Key:
    runs = [
        Run(
            str(run["id"]),
            str(run["at"]),
            run.get("coder"),
            {
                guid: DocumentRun(
                    guid,
                    str(doc["hash_before"]),
                    str(doc["hash_after"]),
                    [
                        Replacement(int(s), int(e), str(o), int(n))
                        for s, e, o, n in doc["replacements"]
                    ],
                    [FieldChange(str(w), str(o)) for w, o in doc["fields"]],
                )
                for guid, doc in run["documents"].items()
            },
        )
        for run in data["runs"]
    ]
    entities = {int(k): dict(v) for k, v in data["entities"].items()}
    return Key(str(data["id"]), str(data["identity"]), entities, runs)


def write_key(path: str | Path, key: Key, passphrase: str) -> None:
    """Encrypt the key with the passphrase and replace the file atomically."""
    if not passphrase:
        raise SourceError(Path(path).name, "a key file needs a passphrase")
    sealed = age_passphrase.encrypt(_json(key), passphrase)

    def write(tmp: Path) -> None:
        tmp.write_bytes(sealed)
        tmp.chmod(0o600)  # the owner's alone, wherever the folder lets others read

    write_atomically(Path(path), write)


def read_key(path: str | Path, passphrase: str) -> Key:
    """Decrypt a key file; one sentence naming the file when it is missing, not a key file,
    or the passphrase is wrong."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceError(path.name, "the key file does not exist") from exc
    except OSError as exc:
        raise SourceError(path.name, f"the key file cannot be read ({exc.strerror})") from exc
    if not is_sealed(data):
        raise SourceError(path.name, "this is not a DuoCoder key file")
    try:
        plain = age_passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError as exc:
        raise SourceError(path.name, "the passphrase is not right for this key file") from exc
    try:
        parsed = json.loads(plain.decode("utf-8"))
        if parsed.get("format") != FORMAT:
            raise ValueError("not a key")
        if int(parsed.get("version", 0)) > VERSION:
            raise SourceError(path.name, "the key file was written by a newer DuoCoder")
        return _key(parsed)
    except SourceError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise SourceError(path.name, "this is not a DuoCoder key file") from exc
