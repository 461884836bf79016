"""Language work with spaCy, imported lazily so small commands start fast.

Nothing here touches the project file; `duocoder.app.language` reads and writes it around
these pure functions. The modules:
- `pipeline`: choosing and loading a spaCy pipeline (trained if installed, else the blank
  fallback) and analysing texts into token arrays; `lemmas` gives the fallback's lemmas
  (Dutch: simplemma under DuoCoder's rules; English: spaCy's lookup table, gaps filled) and
  the function words; `indexing` runs many documents with progress and cancel.
- `packing`: the stored index. Per document one row with four zlib-compressed arrays
  (lemma ids, flags, offsets, sentences) keyed by document id + content hash; lemma ids
  point into a project-wide lexicon, and a table of word forms lets queries be lemmatised
  without spaCy. A lemma search compares whole lemma arrays in numpy.
- `search` (query matching, keyword in context), `spans` (units, merging, turns),
  `suggest` (keyword suggestions), `frequencies` (without function words and names unless
  asked), `keywords` (keyword files), `tables` (.csv/.xlsx), `records` (what the GUI and CLI
  get) and `errors`."""
