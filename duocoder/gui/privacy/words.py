"""The privacy review's words for the core's identifiers: kinds, styles and statuses as a
researcher says them ("naam", "plaats", "rolaanduiding"), translated like every window
string. The core keeps its English identifiers; only these labels are shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from duocoder.domain.privacy import Kind, Status, Style
from duocoder.domain.pseudonyms import CATEGORIES


def _t(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def kind_label(kind: Kind | str) -> str:
    """A kind of identifier in the researcher's words."""
    labels = {
        "person": _t("name"),
        "organisation": _t("organisation"),
        "place": _t("place"),
        "address": _t("address"),
        "postcode": _t("postcode"),
        "date": _t("date"),
        "age": _t("age"),
        "phone": _t("phone number"),
        "email": _t("e-mail address"),
        "url": _t("website"),
        "national_id": _t("national number"),
    }
    return labels.get(kind, kind)


def style_label(style: Style | str, kind: Kind | None = None, language: str = "nl") -> str:
    """A pseudonym style, with an example of what it gives for `kind` in the project's
    language, so the choice needs no manual."""
    if style == "category" and kind is not None:
        word = CATEGORIES.get(language, CATEGORIES["en"]).get(kind, kind)
        return _t("category ([%1])").replace("%1", word)
    labels = {
        "alias": _t("realistic alias (Lotte)") if kind in (None, "person") else _t("alias"),
        "role": _t("role label ([participant D3])"),
        "category": _t("category ([place])"),
    }
    return labels.get(style, style)


def status_label(status: Status | str) -> str:
    labels = {"open": _t("open"), "accepted": _t("accepted"), "rejected": _t("rejected")}
    return labels.get(status, status)
