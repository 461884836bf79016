"""The panes beside the transcript (documents, codes, retrieved segments, memos) and the
dialogs they open (document details, import, export)."""
