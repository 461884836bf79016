"""Typed errors of the core. Each message is one plain sentence a researcher can act on;
the GUI and the CLI show it as it is, never with a traceback."""

from __future__ import annotations


class DuoCoderError(Exception):
    """Base of every error the core raises on purpose."""


class ProjectFileError(DuoCoderError):
    """The file cannot be opened as a DuoCoder project; nothing on disk was changed."""


class ProjectBusyError(ProjectFileError):
    """Another writer holds the project; nothing was changed, and trying again is safe."""


class SimultaneousChangeError(ProjectBusyError):
    """On a team project's server, this change and another coder's met on the same rows at
    the same moment and the server undid this one (a deadlock, or a serialization failure):
    nothing was changed, and the same change made again normally succeeds. The write path
    makes it again by itself a few times before this is shown."""


class DiskFullError(ProjectFileError):
    """The disk (or the user's quota) filled up during a write; the transaction was rolled
    back, so nothing was changed."""


class ReadOnlyProjectError(ProjectFileError):
    """The project file or its folder cannot be written to; it can still be read."""


class ConnectionLostError(ProjectFileError):
    """The connection to a team project's server broke, or the server cannot be reached.
    `saved` says what became of the change being made: False, not saved (the server rolled
    it back, or never received it); None, unknown (the connection broke while the server was
    committing, and the server could not be asked afterwards); True, saved (the answer to
    the commit was lost, but the server says it committed: the write path then treats the
    change as made and this error is never shown). The next operation reconnects by itself."""

    def __init__(self, message: str, saved: bool | None = False) -> None:
        super().__init__(message)
        self.saved = saved


class ProjectUpgradedError(ReadOnlyProjectError):
    """A team project was upgraded on the server to a newer format than this DuoCoder
    writes while it was open here: it can still be read, but every change is refused (this
    version would write to a schema it does not know) until DuoCoder is updated."""


class PassphraseNeededError(ProjectFileError):
    """The project file is encrypted and no passphrase was given: a face asks for one and
    opens it again. `path` names the file, so the question can name it too."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path


class WrongPassphraseError(PassphraseNeededError):
    """The passphrase given does not open the encrypted project file (a face may ask again)."""


class NotFoundError(DuoCoderError):
    """A document, code, coding, coder or memo that was named does not exist."""


class ValidationError(DuoCoderError):
    """A change was refused because it would break a rule of the project."""


class SourceError(DuoCoderError):
    """A transcript or exchange file cannot be read; the message names the file and the cause."""

    def __init__(self, file: str, problem: str) -> None:
        self.file = file
        self.problem = problem
        super().__init__(f"Could not read '{file}': {problem}.")


class DuplicateSourceError(SourceError):
    """The same text is already in the project."""

    def __init__(self, file: str, existing: str) -> None:
        self.existing = existing
        super().__init__(file, f"its text is already in the project as document '{existing}'")


class UnknownCodeError(NotFoundError):
    """A code path that is not in the project; `suggestions` are the existing paths the
    researcher most likely meant (best first, perhaps none). Nothing was created."""

    def __init__(self, path: str, suggestions: list[str]) -> None:
        self.path = path
        self.suggestions = suggestions
        hint = f" Did you mean {' or '.join(repr(p) for p in suggestions)}?" if suggestions else ""
        super().__init__(f"There is no code '{path}' in this project.{hint}")


class DuplicateCodingError(ValidationError):
    """The same passage of a document is already coded with the same code by the same coder."""

    def __init__(self, document: str, start: int, end: int, code: str, coder: str | None) -> None:
        self.document, self.start, self.end = document, start, end
        self.code, self.coder = code, coder
        by = f" by {coder}" if coder else " (without a coder)"
        super().__init__(
            f"{start}-{end} of '{document}' is already coded with {code}{by}; "
            "the same coding was not added twice."
        )


class PasswordNeededError(ProjectFileError):
    """The PostgreSQL server of a team project asks for a password, and neither the password
    file nor a service file gave one: a face asks the researcher and opens it again.
    `address` names the project (user@host:port/database, never a password)."""

    def __init__(self, address: str, message: str) -> None:
        super().__init__(message)
        self.address = address


class WrongPasswordError(PasswordNeededError):
    """The server did not accept the password given for a team project (a face may ask
    again)."""
