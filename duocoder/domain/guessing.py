"""Guessing a transcript's role, case and duo from its file name and its first lines.

Researchers name files as they go: `deelnemer_marie.docx`, `vrijwilliger-duo3.docx`,
`Coördinator_Buddywerking-Noord.docx`, `P03_duo2_volunteer.txt`, and often start the text
with a line such as `Interview met Griet, coördinator van Buddywerking Noord`. The import
dialog prefills its table with these guesses so the researcher only confirms them.

A guess is only made when the evidence points one way: two different roles, cases or duos
give no guess (None), and so does a name that merely could be an organisation (a person's
name beside the role word). Each guess carries its reason, for the dialog's tooltip."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Literal

from duocoder.domain.guess_words import (
    FILLER,
    LEGAL_SUFFIXES,
    META_KEYS,
    ORG_WORDS,
    OTHER_META_KEYS,
    ROLE_WORDS,
    Field,
)
from duocoder.domain.roles import Role

Origin = Literal["file name", "header"]


@dataclass(frozen=True, slots=True)
class Reason:
    """Why one field got its guess, or why it got none (`guessed` False)."""

    field: Field
    origin: Origin
    evidence: str
    guessed: bool = True

    def sentence(self) -> str:
        if self.guessed:
            return f"{self.field} guessed from the {self.origin} ('{self.evidence}')"
        return f"no {self.field} guessed: the {self.origin} {self.evidence}"


@dataclass(frozen=True, slots=True)
class TagGuess:
    role: Role | None
    case: str | None
    duo: str | None
    reasons: tuple[Reason, ...] = ()

    def reason(self, field: Field) -> Reason | None:
        """The reason behind the guess of `field` (or behind there being none)."""
        return next((r for r in self.reasons if r.field == field), None)


def fold(text: str) -> str:
    """Lower case without diacritics (coördinator → coordinator, cliënt → client)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_DUO = re.compile(
    r"(?<![^\W\d_])(duo|koppel|pair|tandem)[ \t\u00a0_#.\-]*(?:nr\.?|no\.?)?[ \t\u00a0]*"
    r"0*(\d{1,3})(?!\d)",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_SEPARATORS = re.compile(r"[\s_\-.,;:()\[\]{}+&'’\"“”]+")
_LABEL_LINE = re.compile(
    r"[ \t\u00a0]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t\u00a0]*)?"
    r"(?P<label>[^\W\d_][\w.'’\-]*(?:[ \u00a0][\w.'’\-]+){0,2})[ \t\u00a0]*:"
)
_ORG_AFTER_ROLE = re.compile(
    r"[,]?[ \t\u00a0]+(?P<prep>van|bij|voor|at|of|from|for|with)[ \t\u00a0]+"
    r"(?:(?:de|het|the)[ \t\u00a0]+)?(?P<org>[^\W\d_][^,;()\n–—]*)"
)
_ORG_END = re.compile(
    r"[ \t\u00a0]+(?:-|op|on|in|am|d\.d\.|dd)[ \t\u00a0]+\d.*$|[ \t\u00a0]+-[ \t\u00a0].*$"
)
HEADER_LINES = 8
"""Non-empty lines at the start of a text read for a header; the first speaker turn ends it."""
TITLE_LINES = 2
"""Free-text lines of a header: an interview without labels starts soon after its title."""


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # as written (NFC)
    folded: str


def _tokens(text: str) -> list[_Token]:
    text = unicodedata.normalize("NFC", text)
    return [_Token(m.group(), fold(m.group())) for m in _TOKEN.finditer(text)]


def _roles_in(tokens: list[_Token]) -> list[tuple[Role, str]]:
    found = []
    for i, tok in enumerate(tokens):
        role = ROLE_WORDS.get(tok.folded)
        if role is None:
            continue
        if tok.folded == "buddy" and i + 1 < len(tokens) and _is_org_word(tokens[i + 1].folded):
            continue  # "Buddy Project Noord" names an organisation
        found.append((role, tok.text))
    return found


def _is_org_word(folded: str) -> bool:
    return any(w in folded for w in ORG_WORDS)


def _duos_in(text: str) -> list[tuple[str, str]]:
    """("Duo 3", "duo3") for every duo number in `text`."""
    return [(f"Duo {int(m.group(2))}", m.group()) for m in _DUO.finditer(text)]


def _norm_case(name: str) -> str:
    return " ".join(_SEPARATORS.split(fold(unicodedata.normalize("NFC", name)))).strip()


def _known_case_in(text: str, known: Iterable[str]) -> list[str]:
    """Known case names that occur in `text` on word boundaries, ignoring letter case,
    diacritics and the separators -, _ and spaces (also written as one word)."""
    words = _norm_case(text).split()
    spaced = f" {' '.join(words)} "
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    found = []
    for case in known:
        norm = _norm_case(case)
        if len(norm.replace(" ", "")) < 2:
            continue
        if f" {norm} " in spaced or (len(norm) >= 6 and norm.replace(" ", "") in runs):
            found.append(case)
    # "Noord" inside a match of "Buddywerking Noord" is no second case
    longest = [
        c for c in found if not any(c != o and _norm_case(c) in _norm_case(o) for o in found)
    ]
    return longest


def _pick(values: list[str]) -> str | None:
    """The one value all evidence agrees on, else None."""
    distinct = {_norm_case(v) for v in values}
    return values[0] if len(distinct) == 1 else None


def _name_remainder_case(tokens: list[_Token], used: set[int]) -> str | None:
    """An organisation name left in the file name once role word, duo and filler are
    removed: one run of two to five words that starts with an organisation word
    (`Buddywerking Noord`) or ends in a legal form (`Samen Sterk vzw`); a person's name
    is never taken."""
    runs: list[list[_Token]] = [[]]
    for i, tok in enumerate(tokens):
        if i in used or tok.folded in FILLER or tok.text.isdigit():
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(tok)
    candidates = []
    for run in runs:
        if len(run) < 2 or len(run) > 5:  # one word is generic ("duowerking") or a name
            continue
        if _is_org_word(run[0].folded) or (len(run) > 1 and run[-1].folded in LEGAL_SUFFIXES):
            candidates.append(" ".join(t.text for t in run))
    return candidates[0] if len(candidates) == 1 else None


def _header_lines(text_head: str) -> list[str]:
    """The title lines before the interview starts: at most `HEADER_LINES` non-empty lines,
    of which at most `TITLE_LINES` are free text (metadata lines such as `Rol: vrijwilliger`
    or `Organisatie: …` are not counted), ending at the first speaker turn or question."""
    lines: list[str] = []
    free = 0
    for raw in text_head.replace("\r", "\n").split("\n"):
        line = unicodedata.normalize("NFC", raw).strip()
        if not line:
            continue
        m = _LABEL_LINE.match(line)
        key = fold(m.group("label")) if m is not None else ""
        if key in OTHER_META_KEYS:
            continue  # "Datum: 12 maart", "Locatie: …": says nothing here, ends nothing
        meta = key in META_KEYS
        if (m is not None and not meta) or line.endswith("?") or len(line) > 200:
            break
        if not meta:
            free += 1
            if free > TITLE_LINES:
                break
        lines.append(line)
        if len(lines) >= HEADER_LINES:
            break
    return lines


def _clean_org(raw: str) -> str | None:
    org = _ORG_END.sub("", raw).strip().rstrip(".").strip()
    if not org or len(org) > 60 or len(org.split()) > 6 or org in {"…", "..."}:
        return None
    if _DUO.search(org):  # "deelnemer van duo 3" names a pair, not an organisation
        return None
    return org


def _looks_like_org(org: str, preposition: str) -> bool:
    """ "vrijwilliger bij Samen Sterk" or "… van Buddywerking Noord", but not "vrijwilliger
    van Marie Peeters": after van/of/for a name is as often a person's."""
    words = [fold(w) for w in org.split()]
    if preposition.casefold() in {"bij", "at"}:
        return True
    return any(_is_org_word(w) for w in words) or words[-1] in LEGAL_SUFFIXES


@dataclass
class _Evidence:
    roles: list[tuple[Role, str, Origin]]
    cases: list[tuple[str, str, Origin]]
    duos: list[tuple[str, str, Origin]]


def _from_header(lines: list[str], ev: _Evidence) -> None:
    for line in lines:
        m = _LABEL_LINE.match(line)
        key = META_KEYS.get(fold(m.group("label"))) if m is not None else None
        if m is not None and key is not None:
            value = line[m.end() :].strip()
            if key == "role":
                ev.roles += [(r, w, "header") for r, w in _roles_in(_tokens(value))]
            elif key == "case" and (org := _clean_org(value)):
                ev.cases.append((org, line, "header"))
            elif key == "duo":
                duos = _duos_in(f"duo {value}")
                ev.duos += [(d, line, "header") for d, _ in duos]
            continue
        tokens = _tokens(line)
        roles = _roles_in(tokens)
        ev.roles += [(r, w, "header") for r, w in roles]
        ev.duos += [(d, w, "header") for d, w in _duos_in(line)]
        for _role, word in roles:
            at = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", line)
            if at is None:
                continue
            after = _ORG_AFTER_ROLE.match(line, at.end())
            if after is not None and after.group("org")[0].isupper():
                org = _clean_org(after.group("org"))
                if org is not None and _looks_like_org(org, after.group("prep")):
                    ev.cases.append((org, line, "header"))


def guess_tags(
    file_name: str,
    text_head: str = "",
    known_cases: Iterable[str] = (),
    known_duos: Iterable[str] = (),
) -> TagGuess:
    """Role, case and duo of a transcript as its file name and first lines suggest them;
    each is None unless the evidence agrees. A case is first looked for among the project's
    `known_cases` (spelled as the project spells it), then in a header phrase such as
    `coördinator van Buddywerking Noord`, then in what is left of the file name. Duos are
    named `Duo 3`, or as the project already spells that duo in `known_duos`."""
    known_cases = [c for c in known_cases if c and c.strip()]
    stem = PurePath(file_name).name
    while (suffix := PurePath(stem).suffix) and len(suffix) <= 5 and not suffix[1:].isdigit():
        stem = stem[: -len(suffix)]
    stem = unicodedata.normalize("NFC", stem)
    tokens = _tokens(stem)
    ev = _Evidence([], [], [])
    roles = _roles_in(tokens)
    ev.roles += [(r, w, "file name") for r, w in roles]
    ev.duos += [(d, w, "file name") for d, w in _duos_in(stem)]
    lines = _header_lines(text_head)
    _from_header(lines, ev)
    reasons: list[Reason] = []

    # -- role
    role: Role | None = None
    if ev.roles:
        distinct = {r for r, _, _ in ev.roles}
        first = ev.roles[0]
        if len(distinct) == 1:
            role = first[0]
            reasons.append(Reason("role", first[2], first[1]))
        else:
            words = " and ".join(sorted({f"'{w}'" for _, w, _ in ev.roles}))
            origin: Origin = "header" if all(o == "header" for *_, o in ev.roles) else "file name"
            reasons.append(Reason("role", origin, f"names more than one role ({words})", False))

    # -- duo: one number, and only for a participant or a volunteer
    duo: str | None = None
    if ev.duos:
        numbers = {d for d, _, _ in ev.duos}
        first_duo = ev.duos[0]
        if len(numbers) > 1:
            reasons.append(
                Reason(
                    "duo",
                    first_duo[2],
                    f"names more than one duo ({', '.join(sorted(numbers))})",
                    False,
                )
            )
        elif role is Role.COORDINATOR or role is Role.OTHER:
            reasons.append(
                Reason("duo", first_duo[2], "names a duo, but a coordinator has none", False)
            )
        else:
            duo = first_duo[0]
            for known in known_duos:
                if _norm_case(known) == _norm_case(duo) or _norm_case(known) == duo.split()[1]:
                    duo = known
                    break
            reasons.append(Reason("duo", first_duo[2], first_duo[1]))

    # -- case: known names first, then the header's phrase, then the file name's rest
    case: str | None = None
    in_name = _known_case_in(stem, known_cases)
    in_header = _known_case_in("\n".join(lines), known_cases) if lines else []
    if in_name or in_header:
        origin = "file name" if in_name else "header"
        picked = _pick(in_name or in_header)
        if picked is not None and in_name and in_header and _pick(in_name + in_header) is None:
            picked = None
        if picked is not None:
            case = picked
            reasons.append(Reason("case", origin, picked))
        else:
            reasons.append(
                Reason("case", origin, "names more than one of the project's cases", False)
            )
    else:
        role_words = {fold(w) for _, w, o in ev.roles if o == "file name"}
        used = {i for i, t in enumerate(tokens) if t.folded in role_words}
        duo_words = {fold(w) for w in re.findall(r"[^\W\d_]+", " ".join(w for _, w, _ in ev.duos))}
        used |= {i for i, t in enumerate(tokens) if t.folded in duo_words}
        # without a role word the file may be about anything ("Project Noord overleg")
        from_name = _name_remainder_case(tokens, used) if role_words else None
        found = [(c, w, o) for c, w, o in ev.cases]
        if from_name is not None:
            found.append((from_name, from_name, "file name"))
        if found:
            picked = _pick([c for c, _, _ in found])
            if picked is not None:
                # the header's spelling keeps spaces and hyphens the file name lost
                best = next((c for c, _, o in found if o == "header"), picked)
                case = best
                reasons.append(Reason("case", found[0][2], best))
            else:
                reasons.append(
                    Reason("case", found[0][2], "names more than one organisation", False)
                )
    return TagGuess(role, case, duo, tuple(reasons))
