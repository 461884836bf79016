"""What the language-feature tests share: two small transcripts of real Dutch sentences."""

from __future__ import annotations

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
