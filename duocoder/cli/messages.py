"""What the CLI prints, in the project's language: English, or Dutch for a project made
with `--language nl`.

Every sentence, table header and counted noun the CLI itself words is a key here, with an
English and a Dutch text (a test checks that each English key has a Dutch one). `--json`
output never goes through this catalogue: its keys and values stay English, because
scripts depend on them. The errors of the core are its own English sentences; the CLI
words the typed ones (an unknown code, a duplicate coding) itself, so they follow the
language too."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "document": ("document", "documents"),
        "coding": ("coding", "codings"),
        "code": ("code", "codes"),
        "paragraph": ("paragraph", "paragraphs"),
        "turn": ("speaker turn", "speaker turns"),
        "row": ("row", "rows"),
        "hit": ("hit", "hits"),
        "quote": ("quote", "quotes"),
        "pair": ("pair", "pairs"),
        "segment": ("segment", "segments"),
        "word": ("word", "words"),
        "theme": ("theme", "themes"),
        "duplicate": ("repeated coding", "repeated codings"),
        "keyword": ("keyword", "keywords"),
        "project": ("project", "projects"),
        "passage": ("passage", "passages"),
        "occurrence": ("occurrence", "occurrences"),
        "group": ("group", "groups"),
        "name": ("name", "names"),
        "replacement": ("replacement", "replacements"),
        "entity": ("entity", "entities"),
        "recording": ("recording", "recordings"),
    },
    "nl": {
        "document": ("document", "documenten"),
        "coding": ("codering", "coderingen"),
        "code": ("code", "codes"),
        "paragraph": ("alinea", "alinea's"),
        "turn": ("sprekersbeurt", "sprekersbeurten"),
        "row": ("rij", "rijen"),
        "hit": ("treffer", "treffers"),
        "quote": ("citaat", "citaten"),
        "pair": ("paar", "paren"),
        "segment": ("segment", "segmenten"),
        "word": ("woord", "woorden"),
        "theme": ("thema", "thema's"),
        "duplicate": ("dubbele codering", "dubbele coderingen"),
        "keyword": ("trefwoord", "trefwoorden"),
        "project": ("project", "projecten"),
        "passage": ("passage", "passages"),
        "occurrence": ("keer", "keer"),
        "group": ("groep", "groepen"),
        "name": ("naam", "namen"),
        "replacement": ("vervanging", "vervangingen"),
        "entity": ("entiteit", "entiteiten"),
        "recording": ("opname", "opnames"),
    },
}

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        # recordings
        "media_linked": "Linked {file} to '{doc}' (kept in the project as {stored}; the "
        "recording itself stays where it is).",
        "media_unlinked": "'{doc}' has no recording linked any more (the file is untouched).",
        "media_relinked_one": "Found the recording of '{doc}' again: {file}.",
        "media_relinked": "{found} found again; {missing} still missing.",
        "media_status_found": "found",
        "media_status_missing": "missing: relink it with 'duocoder media relink'",
        "media_status_changed": "a different file is there now",
        "media_status_not_here": "not on this computer yet: link it with 'duocoder media "
        "link', or find it with 'duocoder media relink'",
        "media_no_turn_yet": "No turn has started yet at that moment.",
        "media_about": "about ",
        "media_synced": "{step} (undo with 'duocoder undo').",
        # general
        "wrote": "Wrote {path}.",
        "created": "Created {path}.",
        "copied": "Copied {source} to {target}: {documents}, {codings} ({rows} rows in all).",
        "server_not_encrypted": "A team project is protected by its server's accounts, not "
        "by a passphrase: leave out --encrypt.",
        "granted": "{role} is now {place} in the team project.",
        "revoked": "{role} has no place in the team project any more.",
        "place_reader": "a reader",
        "place_coder": "a coder",
        "place_owner": "an owner",
        "creator": "(created the project)",
        "created_with_codebook": "Created {path} with the codebook {codebook} ({codes}).",
        "interrupted": "interrupted.",
        "crash": "an unexpected error occurred ({error}).{where}",
        "crash_log": " Details were written to {log}.",
        "gui_missing": "The DuoCoder window is not part of this version yet; "
        "use the commands in 'duocoder --help'.",
        "desktop_installed": "DuoCoder is in the applications menu now, and a double click "
        "on a .duocoder file opens it ({files} files under {home}).",
        "desktop_later": "The desktop picks up the new file type at the next login.",
        "desktop_not_linux": "install-desktop is for Linux desktops; on Windows and macOS the "
        "DuoCoder bundle registers the program and its .duocoder files itself.",
        # import and documents
        "name_one_file": "--name can only be used when importing one file.",
        "imported": "Imported {name} ({paragraphs}, {turns}).",
        "imported_total": "Imported {documents}.",
        "note": "Note on '{file}': {note}",
        "skipped_file": "Skipped: {error}",
        "failed_file": "Failed: {error}",
        "no_documents": "No documents yet. Import transcripts with 'duocoder import'.",
        "interviewer": "interviewer",
        "renamed": "Renamed '{old}' to '{new}'.",
        "deleted": "Deleted '{name}' and its {codings}.",
        "not_key_value": "'{item}' is not KEY=VALUE.",
        "say_what": "Say what to change: --role, --case, --duo or --attr KEY=VALUE.",
        "doc_now": "'{name}' is now {role}{where}.",
        # table headers
        "h_id": "id",
        "h_name": "name",
        "h_role": "role",
        "h_case": "case",
        "h_duo": "duo",
        "h_chars": "chars",
        "h_turns": "turns",
        "h_codings": "codings",
        "h_document": "document",
        "h_code": "code",
        "h_code_1": "code 1",
        "h_code_2": "code 2",
        "h_pairs": "pairs",
        "h_documents": "documents",
        # coding
        "give_options": "Give {options} (or --from FILE.csv).",
        "coded": "Coded {start}-{end} of {doc} with {code} (coding {id}).",
        "applied": "Applied {codings}.",
        "created_code": "Created the code {path}.",
        "skipped_rows": "Skipped {rows} already coded (the same passage, code and coder): {which}.",
        "nothing_applied": "No codings were applied: {error}",
        "row_error": "row {row}: {error}",
        "unknown_code": "There is no code '{path}' in this project.",
        "did_you_mean": " Did you mean {paths}?",
        "add_create": " Add --create to make it.",
        "or": " or ",
        "duplicate": "{start}-{end} of '{doc}' is already coded with {code} by {coder}; "
        "the same coding was not added twice.",
        "duplicate_no_coder": "{start}-{end} of '{doc}' is already coded with {code}; "
        "the same coding was not added twice.",
        "removed": "Removed {codings}.",
        "no_segments": "No coded segments match.",
        "no_codes": "No codes yet.",
        "category": "[category]",
        # reading a codings file
        "read_failed": "Could not read '{file}': {reason}.",
        "not_utf8": "'{file}' is not UTF-8 text; save it from Excel as 'CSV UTF-8'.",
        "csv_columns": "'{file}' needs the columns doc,start,end,code or doc,quote,code "
        "(optionally coder, memo, occurrence; Dutch: document, citaat, code, codeur, memo, "
        "voorkomen).",
        "csv_numbers": "start and end must be whole numbers.",
        "csv_start_or_quote": "give start and end, or a quote.",
        "csv_missing": "the {column} is empty.",
        "csv_occurrence": "occurrence must be a whole number from 1.",
        "quote_not_found": "the quote \u201c{quote}\u201d is not in '{doc}'.",
        "quote_ambiguous": "the quote \u201c{quote}\u201d is found {count} times in '{doc}'; "
        "add an occurrence column (1 to {count}) or a longer quote.",
        "quote_occurrence": "the quote \u201c{quote}\u201d is found only {count} times in "
        "'{doc}', not {occurrence}.",
        # undo and redo
        "undid": "Undid: {label}.",
        "redid": "Redid: {label}.",
        "nothing_undo": "There is nothing to undo.",
        "nothing_redo": "There is nothing to redo.",
        "nothing_undo_by": "There is nothing by {coder} to undo.",
        "nothing_redo_by": "There is nothing by {coder} to redo.",
        # check
        "check_clean": "No problems found in {path}.",
        "check_duplicates": "{path} holds {count}: the same passage coded more than once "
        "with the same code by the same coder.",
        "check_duplicate_line": "  {doc} {start}-{end} {code}{by}: {times} times",
        "check_fix_hint": "Run 'duocoder check {path} --fix' to keep one of each (one undo step).",
        "check_fixed": "Removed {count} (memos kept); 'duocoder undo' brings them back.",
        "duplicates_remark": "Note: {path} holds {count} from an earlier version; "
        "'duocoder check {path}' lists them.",
        # merge
        "merge_no_target": "There is no project {path} to merge into; a merge goes into an "
        "existing project (copy one coder's copy, or make one with 'duocoder new').",
        "merged": "Merged {sources} into {path}. Documents: {added} added, {matched} already "
        "there. Codes: {codes} added, {codes_matched} already there. Coders: {coders} added. "
        "Codings: {codings} added, {already} already there. Memos: {memos} combined.",
        "merge_nothing": "Nothing new: everything in these projects is already in {path}.",
        "merge_conflicts": "Look at these:",
        "merge_document_conflict": "'{document}' in {source} has a different text from the "
        "project's document of that name; it was not merged, nor its codings.",
        "merge_conflict": "  - {sentence}",
        # summary
        "summary_project": "Project: {name} ({path})",
        "summary_language": "Language: {language}",
        "summary_documents": "Documents: {count}",
        "summary_document": "  - {name}: {role}, {case}{duo}; {turns}, {codings}",
        "summary_codes": "Codes: {codes} in {themes}; codings: {codings}",
        "summary_theme": "  - {name}: {codings}",
        "building_demo": "Building the demo project in {path} …",
        # analyses
        "role_heading": "== {role} ({documents})",
        "no_cooccurrence": "No two codes co-occur in this selection.",
        "more_pairs": "… and {more}; use -o or --json for all.",
        "pairs_options": "--pairs lists the passages of two codes; leave out -o and "
        "--by-role (--role chooses a role).",
        "no_segments_of": "{code} has no segments in this selection.",
        "no_pairs_of": "{a} and {b} do not co-occur in this selection.",
        "segments_of": "{segments} of {code}.",
        "pairs_of": "{pairs} of {a} and {b}.",
        "cells_counts": "Cells: segments (documents), as counts.",
        "cells_shares": "Cells: segments (documents), as shares of the column.",
        "quotes_progress": "{done}/{total} quotes",
        "wrote_quotes": "Wrote {path}: {quotes} under {codes}.",
        # language features
        "indexing": "Indexing {documents} first (once; later searches reuse it) …",
        "indexed": "Indexed {words} in {seconds} s ({pipeline}).",
        "hits": "{hits} in {documents}.",
        "no_suggestions": "No suggestions: give codes keywords, or every match is coded "
        "or rejected.",
        "wrote_rows": "Wrote {rows} to {path}.",
        "no_group": "(no {by})",
        "codebook_imported": "Added {added}, merged {merged} with existing codes, "
        "renamed {renamed}, updated {updated}.",
        "codebook_renamed": "Renamed: {old} → {new}",
        "codebook_note": "Note: {note}",
        "words_code_by": "--code counts words per code: leave out --by, or use --by code.",
        "output_twice": "Give the output file once (as OUT, -o or --out).",
        "output_missing": "Give the file to write: OUT.qdc or OUT.docx (or -o).",
        "keywords_now": "'{path}' now has {keywords}: {listing}.",
        "keywords_same": "'{path}' already has these keywords: {listing}.",
        "keywords_none": "'{path}' no longer has keywords.",
        "keywords_listing_none": "(none)",
        "keywords_category": "Note: '{path}' is a category that is not codable; "
        "suggestions skip it.",
        "keywords_missing": "Name the keywords, or use --clear to remove all the keywords "
        "of the code.",
        "keywords_clear_alone": "--clear takes no keywords.",
        "keywords_not_there": "'{path}' has no keyword {missing}; its keywords are: {listing}.",
        # consensus
        "consensus_built": "Copied {copied} on which {coders} agree to '{name}' "
        "({already} already there).",
        "consensus_two": "A consensus needs at least two different coders: "
        "give --coder two or more times.",
        "consensus_unknown_coder": "There is no coder '{name}' in {path}; its coders are: "
        "{listing}.",
        "consensus_is_coder": "The consensus coder '{name}' cannot be one of the coders "
        "compared; choose another --name.",
        # agreement
        "agreement_two": "Agreement needs at least two different coders: "
        "give --coder two or more times.",
        "agreement_unknown_coder": "There is no coder '{name}' in {path}; its coders are: "
        "{listing}.",
        "agreement_threshold": "The overlap --threshold must lie above 0 and at most 100 (%).",
        "agreement_samples": "The number of bootstrap --samples cannot be negative.",
        "agreement_suffix": "'{name}' cannot hold an agreement report; choose a name ending "
        "in .xlsx, .csv or .docx.",
        "agreement_no_codes": "These coders coded nothing in the chosen documents, so there is "
        "nothing to compare.",
        "agreement_unitized": "On the character continuum: {figures}",
        "agreement_segments": "Segment overlap (a segment agrees at {threshold} overlap):",
        "agreement_missing": "{code}: {labels} not computed: {reason}.",
        "agreement_missing_all": "{labels} not computed: {reason}.",
        "and": " and ",
        # passphrases (cli/passphrase.py)
        "passphrase_again": "The same passphrase again: ",
        "passphrase_differ": "The passphrases differ; nothing was changed.",
        "passphrase_empty": "A passphrase cannot be empty; nothing was changed.",
        "passphrase_env_empty": "{variable} is set but empty; set it to the passphrase or "
        "unset it to be asked at the terminal.",
        "passphrase_no_terminal": "This project needs a passphrase and there is no terminal to "
        "ask it at; set {variable} to it.",
        "passphrase_prompt": "Passphrase for {name}: ",
        "passphrase_wrong": "The passphrase for '{name}' is not right.",
        "passphrase_current": "Current passphrase for {name}: ",
        "passphrase_new": "New passphrase for {name}: ",
        "passphrase_source": "Passphrase for {name} (a copy to merge): ",
        # encryption (cli/encryption_commands.py)
        "created_encrypted": "{path} is encrypted: without its passphrase nobody can open it, "
        "you neither, so keep the passphrase safe.",
        "already_encrypted": "{path} is already encrypted; 'duocoder passphrase' changes its "
        "passphrase.",
        "not_encrypted": "{path} is not encrypted.",
        "encrypted_done": "Encrypted {path}; its unencrypted bytes were overwritten.",
        "plain_backups": "These backups beside it are not encrypted; delete them if they "
        "should not be readable: {paths}",
        "decrypted_done": "{path} is no longer encrypted: anyone who has the file can read it.",
        "passphrase_changed": "{path} now opens with the new passphrase only.",
        # privacy (cli/privacy_commands.py)
        "unreviewed": "{passages} still contain names not reviewed: {names}.",
        "unreviewed_one": "{passages} still contains names not reviewed: {names}.",
        "unreviewed_how": "Nothing was written. Review them ('duocoder pseudo detect'), replace "
        "them ('duocoder pseudo apply --key KEYFILE'), or export anyway with --allow-unreviewed "
        "REASON (the reason is recorded in the project).",
        "and_more": "… and {more} more",
        "pseudo_name_list": "the project's list of names",
        "pseudo_not_replaced": ", accepted but not yet replaced",
        "kind_person": "person",
        "kind_organisation": "organisation",
        "kind_place": "place",
        "kind_address": "address",
        "kind_postcode": "postcode",
        "kind_date": "date",
        "kind_age": "age",
        "kind_phone": "phone number",
        "kind_email": "e-mail address",
        "kind_url": "web address",
        "kind_national_id": "national register number",
        "status_open": "open",
        "status_accepted": "accepted",
        "status_rejected": "rejected",
        "style_alias": "an alias",
        "style_role": "a role label",
        "style_category": "a category",
        "style_name_alias": "alias",
        "style_name_role": "role label",
        "style_name_category": "category",
        "event_pseudonymised": "pseudonymised",
        "event_restored": "restored",
        "h_kind": "kind",
        "h_style": "style",
        "h_pseudonym": "pseudonym",
        "h_in_text": "in the text",
        "h_when": "when",
        "h_event": "what",
        "h_coder": "coder",
        "h_replacements": "replacements",
        "h_export": "export",
        "h_findings": "findings",
        "h_reason": "reason",
        "pseudo_none_found": "No names or other identifiers found.",
        "pseudo_group": "group",
        "pseudo_found": "{occurrences} in {groups}: {open} open, {accepted} accepted, "
        "{rejected} rejected.",
        "pseudo_no_group": "No candidate has the text '{text}'; 'duocoder pseudo detect' lists "
        "them with their groups.",
        "pseudo_several": "'{text}' is in more than one group; give one of them: {groups}.",
        "pseudo_accepted": "Accepted {groups}:",
        "pseudo_rejected": "Rejected {groups}:",
        "pseudo_reopened": "Reopened {groups}:",
        "pseudo_corrected": "Rejected '{old}' and accepted '{new}' in its place.",
        "pseudo_name_missing": "'{name}' is not on the project's list of names.",
        "pseudo_names": "The list has {names}: {listing}.",
        "pseudo_no_names": "The project's list of names is empty; add names with --add NAME.",
        "pseudo_style": "Pseudonyms of a {kind} are now {style}.",
        "pseudo_no_entities": "No entities yet: accept candidates with 'duocoder pseudo accept'.",
        "pseudo_pseudonym": "Entity {entity} is now called {pseudonym}.",
        "key_passphrase": "Passphrase for the key file {name}: ",
        "key_passphrase_new": "Passphrase for the new key file {name}: ",
        "key_passphrase_no_terminal": "The key file {keyfile} needs a passphrase and there is "
        "no terminal to ask it at; set DUOCODER_KEY_PASSPHRASE (or DUOCODER_PASSPHRASE) to it.",
        "pseudo_nothing": "Nothing was replaced: no candidate is accepted (review them with "
        "'duocoder pseudo detect' and 'pseudo accept', or add --accept-all).",
        "pseudo_applied": "Pseudonymised {documents}: {replacements} by the pseudonyms of "
        "{entities}. The originals are in {keyfile} only: keep it apart from the project, and its "
        "passphrase safe.",
        "pseudo_not_compacted": "{path} was busy elsewhere, so its freed pages may still hold "
        "originals until it is compacted: close it everywhere and run this again.",
        "pseudo_not_vacuumed": "The server still keeps the replaced rows' old versions of "
        "{path} in its tables: the team project's creator removes them by running this again "
        "(nothing more is replaced), or the server's administrator with VACUUM FULL.",
        "pseudo_recordings": "The names in the stored paths of {recordings} were replaced "
        "too, so the project no longer finds them by name: find them again by their "
        "fingerprint with 'duocoder media relink PROJECT FOLDER'.",
        "pseudo_backups": "These backups still hold the original names: {paths}; delete them "
        "or keep them apart.",
        "pseudo_restore_which": "Name the document to restore, or give --all (not both).",
        "pseudo_no_key": "There is no key file {keyfile}; give the key file the names were "
        "replaced with.",
        "pseudo_restored": "Restored the original of '{name}' ({replacements} undone).",
        "pseudo_restored_all": "Restored every original the key holds ({replacements} undone).",
        "pseudo_no_history": "The text of '{name}' was never pseudonymised or restored.",
        "pseudo_no_overrides": "No export was made with identifiers not reviewed.",
        "sealed_step": "Undoing or redoing '{label}' needs the key file the names were replaced "
        "with: add --key KEYFILE.",
    },
    "nl": {
        # opnames
        "media_linked": "{file} is gekoppeld aan '{doc}' (in het project bewaard als {stored}; "
        "de opname zelf blijft waar ze is).",
        "media_unlinked": "'{doc}' heeft geen gekoppelde opname meer (het bestand blijft staan).",
        "media_relinked_one": "De opname van '{doc}' is teruggevonden: {file}.",
        "media_relinked": "{found} teruggevonden; {missing} nog zoek.",
        "media_status_found": "gevonden",
        "media_status_missing": "zoek: koppel opnieuw met 'duocoder media relink'",
        "media_status_changed": "er staat nu een ander bestand",
        "media_status_not_here": "nog niet op deze computer: koppel ze met 'duocoder media "
        "link', of zoek ze met 'duocoder media relink'",
        "media_no_turn_yet": "Op dat moment is nog geen sprekersbeurt begonnen.",
        "media_about": "ongeveer ",
        "media_synced": "{step} (ongedaan maken met 'duocoder undo').",
        "wrote": "{path} geschreven.",
        "created": "{path} aangemaakt.",
        "copied": "{source} gekopieerd naar {target}: {documents}, {codings} ({rows} rijen "
        "in totaal).",
        "server_not_encrypted": "Een teamproject wordt beschermd door de accounts van zijn "
        "server, niet door een wachtzin: laat --encrypt weg.",
        "granted": "{role} is nu {place} in het teamproject.",
        "revoked": "{role} heeft geen plaats meer in het teamproject.",
        "place_reader": "lezer",
        "place_coder": "codeur",
        "place_owner": "eigenaar",
        "creator": "(maakte het project)",
        "created_with_codebook": "{path} aangemaakt met het codeboek {codebook} ({codes}).",
        "interrupted": "onderbroken.",
        "crash": "er ging iets onverwachts mis ({error}).{where}",
        "crash_log": " De details staan in {log}.",
        "gui_missing": "Het DuoCoder-venster zit nog niet in deze versie; "
        "gebruik de opdrachten uit 'duocoder --help'.",
        "desktop_installed": "DuoCoder staat nu in het programmamenu en een dubbelklik op een "
        ".duocoder-bestand opent het ({files} bestanden in {home}).",
        "desktop_later": "Het bureaublad kent het nieuwe bestandstype na de volgende keer "
        "aanmelden.",
        "desktop_not_linux": "install-desktop is voor Linux; op Windows en macOS meldt de "
        "DuoCoder-bundel het programma en zijn .duocoder-bestanden zelf aan.",
        "name_one_file": "--name kan alleen bij het importeren van één bestand.",
        "imported": "{name} geïmporteerd ({paragraphs}, {turns}).",
        "imported_total": "{documents} geïmporteerd.",
        "note": "Opmerking bij '{file}': {note}",
        "skipped_file": "Overgeslagen: {error}",
        "failed_file": "Mislukt: {error}",
        "no_documents": "Nog geen documenten. Importeer transcripten met 'duocoder import'.",
        "interviewer": "interviewer",
        "renamed": "'{old}' hernoemd tot '{new}'.",
        "deleted": "'{name}' verwijderd, met {codings}.",
        "not_key_value": "'{item}' is niet van de vorm SLEUTEL=WAARDE.",
        "say_what": "Zeg wat er verandert: --role, --case, --duo of --attr SLEUTEL=WAARDE.",
        "doc_now": "'{name}' is nu {role}{where}.",
        "h_id": "id",
        "h_name": "naam",
        "h_role": "rol",
        "h_case": "casus",
        "h_duo": "duo",
        "h_chars": "tekens",
        "h_turns": "beurten",
        "h_codings": "coderingen",
        "h_document": "document",
        "h_code": "code",
        "h_code_1": "code 1",
        "h_code_2": "code 2",
        "h_pairs": "paren",
        "h_documents": "documenten",
        "give_options": "Geef {options} (of --from BESTAND.csv).",
        "coded": "{start}-{end} van {doc} gecodeerd met {code} (codering {id}).",
        "applied": "{codings} toegepast.",
        "created_code": "De code {path} aangemaakt.",
        "skipped_rows": "{rows} overgeslagen, want al gecodeerd (zelfde passage, code en "
        "codeur): {which}.",
        "nothing_applied": "Er is niets gecodeerd: {error}",
        "row_error": "rij {row}: {error}",
        "unknown_code": "Er is geen code '{path}' in dit project.",
        "did_you_mean": " Bedoelt u {paths}?",
        "add_create": " Voeg --create toe om de code aan te maken.",
        "or": " of ",
        "duplicate": "{start}-{end} van '{doc}' is al gecodeerd met {code} door {coder}; "
        "dezelfde codering is niet nog eens toegevoegd.",
        "duplicate_no_coder": "{start}-{end} van '{doc}' is al gecodeerd met {code}; "
        "dezelfde codering is niet nog eens toegevoegd.",
        "removed": "{codings} verwijderd.",
        "no_segments": "Geen gecodeerde segmenten gevonden.",
        "no_codes": "Nog geen codes.",
        "category": "[categorie]",
        "read_failed": "Kon '{file}' niet lezen: {reason}.",
        "not_utf8": "'{file}' is geen UTF-8-tekst; sla het in Excel op als 'CSV UTF-8'.",
        "csv_columns": "'{file}' heeft de kolommen document,citaat,code of doc,start,end,code "
        "nodig (eventueel codeur, memo, voorkomen; Engels: coder, memo, occurrence).",
        "csv_numbers": "start en end moeten gehele getallen zijn.",
        "csv_start_or_quote": "geef start en end, of een citaat.",
        "csv_missing": "de kolom {column} is leeg.",
        "csv_occurrence": "voorkomen moet een geheel getal vanaf 1 zijn.",
        "quote_not_found": "het citaat \u201c{quote}\u201d staat niet in '{doc}'.",
        "quote_ambiguous": "het citaat \u201c{quote}\u201d staat {count} keer in '{doc}'; "
        "voeg een kolom voorkomen toe (1 tot {count}) of neem een langer citaat.",
        "quote_occurrence": "het citaat \u201c{quote}\u201d staat maar {count} keer in "
        "'{doc}', niet {occurrence} keer.",
        "undid": "Ongedaan gemaakt: {label}.",
        "redid": "Opnieuw gedaan: {label}.",
        "nothing_undo": "Er is niets om ongedaan te maken.",
        "nothing_redo": "Er is niets om opnieuw te doen.",
        "nothing_undo_by": "Er is niets van {coder} om ongedaan te maken.",
        "nothing_redo_by": "Er is niets van {coder} om opnieuw te doen.",
        "check_clean": "Geen problemen gevonden in {path}.",
        "check_duplicates": "{path} bevat {count}: dezelfde passage meer dan eens gecodeerd "
        "met dezelfde code door dezelfde codeur.",
        "check_duplicate_line": "  {doc} {start}-{end} {code}{by}: {times} keer",
        "check_fix_hint": "Voer 'duocoder check {path} --fix' uit om er van elk één te "
        "houden (één stap ongedaan te maken).",
        "check_fixed": "{count} verwijderd (memo's bewaard); 'duocoder undo' brengt ze terug.",
        "duplicates_remark": "Let op: {path} bevat {count} uit een eerdere versie; "
        "'duocoder check {path}' toont ze.",
        "merge_no_target": "Er is geen project {path} om in samen te voegen; samenvoegen "
        "gebeurt in een bestaand project (kopieer de kopie van een codeur, of maak er een "
        "met 'duocoder new').",
        "merged": "{sources} samengevoegd in {path}. Documenten: {added} toegevoegd, "
        "{matched} waren er al. Codes: {codes} toegevoegd, {codes_matched} waren er al. "
        "Codeurs: {coders} toegevoegd. Coderingen: {codings} toegevoegd, {already} waren er "
        "al. Memo's: {memos} samengevoegd.",
        "merge_nothing": "Niets nieuws: alles uit deze projecten staat al in {path}.",
        "merge_conflicts": "Bekijk dit:",
        "merge_document_conflict": "'{document}' in {source} heeft een andere tekst dan het "
        "document met die naam in het project; het is niet samengevoegd, en de coderingen "
        "ervan ook niet.",
        "merge_conflict": "  - {sentence}",
        "summary_project": "Project: {name} ({path})",
        "summary_language": "Taal: {language}",
        "summary_documents": "Documenten: {count}",
        "summary_document": "  - {name}: {role}, {case}{duo}; {turns}, {codings}",
        "summary_codes": "Codes: {codes} in {themes}; coderingen: {codings}",
        "summary_theme": "  - {name}: {codings}",
        "building_demo": "Het demoproject wordt gebouwd in {path} …",
        "role_heading": "== {role} ({documents})",
        "no_cooccurrence": "Geen twee codes komen samen voor in deze selectie.",
        "more_pairs": "… en {more}; gebruik -o of --json voor alles.",
        "pairs_options": "--pairs toont de passages van twee codes; laat -o en --by-role "
        "weg (--role kiest een rol).",
        "no_segments_of": "{code} heeft geen segmenten in deze selectie.",
        "no_pairs_of": "{a} en {b} komen in deze selectie niet samen voor.",
        "segments_of": "{segments} van {code}.",
        "pairs_of": "{pairs} van {a} en {b}.",
        "cells_counts": "Cellen: segmenten (documenten), als aantallen.",
        "cells_shares": "Cellen: segmenten (documenten), als aandeel van de kolom.",
        "quotes_progress": "{done}/{total} citaten",
        "wrote_quotes": "{path} geschreven: {quotes} onder {codes}.",
        "indexing": "Eerst {documents} indexeren (één keer; latere zoekopdrachten "
        "gebruiken dit opnieuw) …",
        "indexed": "{words} geïndexeerd in {seconds} s ({pipeline}).",
        "hits": "{hits} in {documents}.",
        "no_suggestions": "Geen suggesties: geef codes trefwoorden, of elke treffer is al "
        "gecodeerd of afgewezen.",
        "wrote_rows": "{rows} geschreven naar {path}.",
        "no_group": "(geen {by})",
        "codebook_imported": "{added} toegevoegd, {merged} samengevoegd met bestaande codes, "
        "{renamed} hernoemd, {updated} bijgewerkt.",
        "codebook_renamed": "Hernoemd: {old} → {new}",
        "codebook_note": "Opmerking: {note}",
        "words_code_by": "--code telt woorden per code: laat --by weg, of gebruik --by code.",
        "output_twice": "Geef het uitvoerbestand één keer (als OUT, -o of --out).",
        "output_missing": "Geef het bestand om te schrijven: OUT.qdc of OUT.docx (of -o).",
        # codes set-keywords
        "keywords_now": "'{path}' heeft nu {keywords}: {listing}.",
        "keywords_same": "'{path}' heeft deze trefwoorden al: {listing}.",
        "keywords_none": "'{path}' heeft geen trefwoorden meer.",
        "keywords_listing_none": "(geen)",
        "keywords_category": "Opmerking: '{path}' is een categorie die niet codeerbaar is; "
        "suggesties slaan ze over.",
        "keywords_missing": "Noem de trefwoorden, of wis met --clear alle trefwoorden van de code.",
        "keywords_clear_alone": "--clear neemt geen trefwoorden.",
        "keywords_not_there": "'{path}' heeft geen trefwoord {missing}; de trefwoorden zijn: "
        "{listing}.",
        "consensus_built": "{copied} waarover {coders} het eens zijn naar '{name}' gekopieerd "
        "({already} al aanwezig).",
        "consensus_two": "Een consensus vraagt minstens twee verschillende codeurs: "
        "geef --coder twee keer of vaker.",
        "consensus_unknown_coder": "Er is geen codeur '{name}' in {path}; de codeurs zijn: "
        "{listing}.",
        "consensus_is_coder": "De consensuscodeur '{name}' kan niet een van de vergeleken "
        "codeurs zijn; kies een andere --name.",
        "agreement_two": "Overeenstemming vraagt minstens twee verschillende codeurs: "
        "geef --coder twee keer of vaker.",
        "agreement_unknown_coder": "Er is geen codeur '{name}' in {path}; de codeurs zijn: "
        "{listing}.",
        "agreement_threshold": "De overlapdrempel --threshold moet boven 0 en ten hoogste 100 "
        "(%) liggen.",
        "agreement_samples": "Het aantal bootstrapsteekproeven --samples kan niet negatief zijn.",
        "agreement_suffix": "'{name}' kan geen overeenstemmingsrapport bevatten; kies een naam "
        "die eindigt op .xlsx, .csv of .docx.",
        "agreement_no_codes": "Deze codeurs codeerden niets in de gekozen documenten, dus er "
        "valt niets te vergelijken.",
        "agreement_unitized": "Op het tekencontinuüm: {figures}",
        "agreement_segments": "Overlap van fragmenten (een fragment stemt overeen bij "
        "{threshold} overlap):",
        "agreement_missing": "{code}: {labels} niet berekend: {reason}.",
        "agreement_missing_all": "{labels} niet berekend: {reason}.",
        "and": " en ",
        # passphrases (cli/passphrase.py)
        "passphrase_again": "Nogmaals hetzelfde wachtwoord: ",
        "passphrase_differ": "De wachtwoorden verschillen; er is niets veranderd.",
        "passphrase_empty": "Een wachtwoord kan niet leeg zijn; er is niets veranderd.",
        "passphrase_env_empty": "{variable} is gezet maar leeg; zet er het wachtwoord in of "
        "haal hem weg om het in de terminal te laten vragen.",
        "passphrase_no_terminal": "Dit project vraagt een wachtwoord en er is geen terminal om "
        "het te vragen; zet {variable} op het wachtwoord.",
        "passphrase_prompt": "Wachtwoord voor {name}: ",
        "passphrase_wrong": "Het wachtwoord voor '{name}' klopt niet.",
        "passphrase_current": "Huidig wachtwoord voor {name}: ",
        "passphrase_new": "Nieuw wachtwoord voor {name}: ",
        "passphrase_source": "Wachtwoord voor {name} (een kopie om samen te voegen): ",
        # encryption (cli/encryption_commands.py)
        "created_encrypted": "{path} is versleuteld: zonder het wachtwoord kan niemand het "
        "openen, u ook niet; bewaar het wachtwoord dus goed.",
        "already_encrypted": "{path} is al versleuteld; 'duocoder passphrase' verandert het "
        "wachtwoord.",
        "not_encrypted": "{path} is niet versleuteld.",
        "encrypted_done": "{path} is versleuteld; de onversleutelde bytes zijn overschreven.",
        "plain_backups": "Deze reservekopieën ernaast zijn niet versleuteld; verwijder ze als "
        "ze niet leesbaar mogen zijn: {paths}",
        "decrypted_done": "{path} is niet meer versleuteld: wie het bestand heeft, kan het lezen.",
        "passphrase_changed": "{path} opent nu alleen nog met het nieuwe wachtwoord.",
        # privacy (cli/privacy_commands.py)
        "unreviewed": "{passages} bevatten nog namen die niet nagekeken zijn: {names}.",
        "unreviewed_one": "{passages} bevat nog namen die niet nagekeken zijn: {names}.",
        "unreviewed_how": "Er is niets geschreven. Kijk ze na ('duocoder pseudo detect'), "
        "vervang ze ('duocoder pseudo apply --key SLEUTELBESTAND') of exporteer toch met "
        "--allow-unreviewed REDEN (de reden wordt in het project bewaard).",
        "and_more": "… en nog {more}",
        "pseudo_name_list": "de namenlijst van het project",
        "pseudo_not_replaced": ", aanvaard maar nog niet vervangen",
        "kind_person": "persoon",
        "kind_organisation": "organisatie",
        "kind_place": "plaats",
        "kind_address": "adres",
        "kind_postcode": "postcode",
        "kind_date": "datum",
        "kind_age": "leeftijd",
        "kind_phone": "telefoonnummer",
        "kind_email": "e-mailadres",
        "kind_url": "webadres",
        "kind_national_id": "rijksregisternummer",
        "status_open": "open",
        "status_accepted": "aanvaard",
        "status_rejected": "afgewezen",
        "style_alias": "een schuilnaam",
        "style_role": "een rollabel",
        "style_category": "een categorie",
        "style_name_alias": "schuilnaam",
        "style_name_role": "rollabel",
        "style_name_category": "categorie",
        "event_pseudonymised": "gepseudonimiseerd",
        "event_restored": "hersteld",
        "h_kind": "soort",
        "h_style": "stijl",
        "h_pseudonym": "pseudoniem",
        "h_in_text": "in de tekst",
        "h_when": "wanneer",
        "h_event": "wat",
        "h_coder": "codeur",
        "h_replacements": "vervangingen",
        "h_export": "export",
        "h_findings": "vondsten",
        "h_reason": "reden",
        "pseudo_none_found": "Geen namen of andere identificerende gegevens gevonden.",
        "pseudo_group": "groep",
        "pseudo_found": "{occurrences} in {groups}: {open} open, {accepted} aanvaard, "
        "{rejected} afgewezen.",
        "pseudo_no_group": "Geen kandidaat heeft de tekst '{text}'; 'duocoder pseudo detect' "
        "toont ze met hun groepen.",
        "pseudo_several": "'{text}' zit in meer dan één groep; geef er een van: {groups}.",
        "pseudo_accepted": "{groups} aanvaard:",
        "pseudo_rejected": "{groups} afgewezen:",
        "pseudo_reopened": "{groups} opnieuw open:",
        "pseudo_corrected": "'{old}' afgewezen en '{new}' in de plaats aanvaard.",
        "pseudo_name_missing": "'{name}' staat niet op de namenlijst van het project.",
        "pseudo_names": "De lijst heeft {names}: {listing}.",
        "pseudo_no_names": "De namenlijst van het project is leeg; voeg namen toe met --add NAAM.",
        "pseudo_style": "Pseudoniemen voor een {kind} zijn nu {style}.",
        "pseudo_no_entities": "Nog geen entiteiten: aanvaard kandidaten met "
        "'duocoder pseudo accept'.",
        "pseudo_pseudonym": "Entiteit {entity} heet nu {pseudonym}.",
        "key_passphrase": "Wachtwoord voor het sleutelbestand {name}: ",
        "key_passphrase_new": "Wachtwoord voor het nieuwe sleutelbestand {name}: ",
        "key_passphrase_no_terminal": "Het sleutelbestand {keyfile} vraagt een wachtwoord en er "
        "is geen terminal om het te vragen; zet DUOCODER_KEY_PASSPHRASE (of "
        "DUOCODER_PASSPHRASE) op het wachtwoord.",
        "pseudo_nothing": "Er is niets vervangen: geen enkele kandidaat is aanvaard (kijk ze na "
        "met 'duocoder pseudo detect' en 'pseudo accept', of voeg --accept-all toe).",
        "pseudo_applied": "{documents} gepseudonimiseerd: {replacements} door de pseudoniemen "
        "van {entities}. De originelen staan alleen in {keyfile}: bewaar het apart van het "
        "project, en het wachtwoord veilig.",
        "pseudo_not_compacted": "{path} was elders in gebruik, dus vrijgekomen pagina's kunnen "
        "nog originelen bevatten tot het bestand gecomprimeerd is: sluit het overal en voer "
        "dit opnieuw uit.",
        "pseudo_not_vacuumed": "De server bewaart de oude versies van de vervangen rijen van "
        "{path} nog in zijn tabellen: de maker van het teamproject verwijdert ze door dit "
        "opnieuw uit te voeren (er wordt niets meer vervangen), of de beheerder van de server "
        "met VACUUM FULL.",
        "pseudo_recordings": "Ook de namen in de bewaarde paden van {recordings} zijn "
        "vervangen, dus het project vindt ze niet meer op naam: vind ze terug aan hun "
        "vingerafdruk met 'duocoder media relink PROJECT MAP'.",
        "pseudo_backups": "Deze reservekopieën bevatten nog de originele namen: {paths}; "
        "verwijder ze of bewaar ze apart.",
        "pseudo_restore_which": "Noem het document om te herstellen, of geef --all (niet allebei).",
        "pseudo_no_key": "Er is geen sleutelbestand {keyfile}; geef het sleutelbestand waarmee de "
        "namen vervangen zijn.",
        "pseudo_restored": "Het origineel van '{name}' is hersteld ({replacements} ongedaan "
        "gemaakt).",
        "pseudo_restored_all": "Elk origineel uit de sleutel is hersteld ({replacements} "
        "ongedaan gemaakt).",
        "pseudo_no_history": "De tekst van '{name}' is nooit gepseudonimiseerd of hersteld.",
        "pseudo_no_overrides": "Er is geen export gemaakt met niet nagekeken gegevens.",
        "sealed_step": "'{label}' ongedaan maken of opnieuw doen vraagt het sleutelbestand "
        "waarmee de namen vervangen zijn: voeg --key SLEUTELBESTAND toe.",
    },
}

_language = "en"


ENVIRONMENT = "DUOCODER_CLI_LANGUAGE"
"""Set to `en` or `nl` to have the CLI speak that language whatever the project's is (a
colleague who reads English working on a Dutch project, or a script's log)."""


def set_language(language: str | None) -> None:
    """Speak `language` from now on (English for an unknown one), unless the environment
    variable DUOCODER_CLI_LANGUAGE chooses one."""
    global _language
    forced = os.environ.get(ENVIRONMENT, "").strip().lower()
    chosen = forced if forced in MESSAGES else language
    _language = chosen if chosen in MESSAGES else "en"


def language() -> str:
    return _language


def t(key: str, **values: object) -> str:
    """The message `key` in the current language, filled in with `values`."""
    template = MESSAGES[_language].get(key) or MESSAGES["en"][key]
    return template.format(**values)


def noun(count: int, what: str) -> str:
    """`what` in the singular or plural that `count` needs: document or documents."""
    one, many = NOUNS[_language].get(what) or NOUNS["en"][what]
    return one if count == 1 else many


def n(count: int, what: str) -> str:
    """A count with its noun: `1 document`, `3 documents` (`3 documenten` in Dutch)."""
    return f"{count:,} {noun(count, what)}".replace(",", "." if _language == "nl" else ",")


def peek_language(project: str | Path | None) -> str | None:
    """The language a project file says it is in, read without opening it as a project
    (so even an error before the project is opened can be worded in it); None when the
    file is not there or not readable as a project."""
    if not project:
        return None
    path = Path(project)
    if not path.is_file():
        return None
    try:
        # immutable: no lock, no -wal or -shm file is made beside a project that may be
        # read-only, hostile or open elsewhere; a stale answer is corrected by `_open`
        db = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'language'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None
