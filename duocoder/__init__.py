"""DuoCoder: qualitative coding of interview transcripts about duowerkingen (buddy programmes)."""

__version__ = "0.1.0"
