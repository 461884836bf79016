"""What the language-feature tests share: the project class with the language features
mixed in, and two small transcripts of real Dutch sentences."""

from __future__ import annotations

from duocoder.app.language import LanguageMixin
from duocoder.app.project import Project


class LanguageProject(Project, LanguageMixin):
    """What `Project` is once the lead mixes the language features in."""


ANNA = (
    "I: Hoe is het contact met uw vrijwilliger begonnen? Vertrouwt u haar?\n"
    "R: Ik vertrouw haar. Hij vertrouwde niemand, maar zij wel.\n"
    "I: En nu?\n"
    "R: We hebben elkaar vertrouwd. Het vertrouwen groeide elke week.\n"
    "R: We drinken koffie op de markt, 2 keer per maand."
)
"""Four respondent sentences with forms of `vertrouwen`, and an interviewer question with
one more (`Vertrouwt`). Turn labels: I (interviewer), R (respondent)."""

BERT = (
    "I: Wat betekent het duo voor u?\n"
    "R: Mijn maatje vertrouwt mij. De vertrouwde gezichten doen deugd.\n"
    "R: Soms is het moeilijk, want ik heb weinig tijd."
)
