"""A team project's members: who reads, who codes, who owns (`duocoder.storage.roles`).

Places are server privileges, not project data: giving or taking one is no undo step and
is not recorded in the history, just as a file's permissions are not."""

from __future__ import annotations

from duocoder.app.service import Service
from duocoder.domain.errors import ValidationError
from duocoder.storage import roles
from duocoder.storage.database import transaction
from duocoder.storage.roles import Member, Place

NOT_ON_A_FILE = (
    "Places are given in a team project on a server; a project file is protected by the "
    "folder it is kept in."
)


class Team(Service):
    def place(self) -> Place | None:
        """This session's place in the team project (None on a project file, where whoever
        can write the file may change it)."""
        if not self.project.on_server:
            return None
        place = self.project._session_place()
        return None if place == "none" else place  # type: ignore[return-value]

    def grant(self, role: str, place: Place) -> None:
        """Give the PostgreSQL role `role` (which must exist) the place `place`, replacing
        the one it had; only an owner may."""
        self._server_only()
        with transaction(self.project._sessions) as s:
            roles.grant(s.connection(), role.strip(), place)

    def revoke(self, role: str) -> None:
        """Take `role`'s place in the project away."""
        self._server_only()
        with transaction(self.project._sessions) as s:
            roles.revoke(s.connection(), role.strip())

    def members(self) -> list[Member]:
        """Every role with a place, the project's creator first."""
        self._server_only()
        with self.project._read() as s:
            return roles.members(s.connection())

    def _server_only(self) -> None:
        if not self.project.on_server:
            raise ValidationError(NOT_ON_A_FILE)
