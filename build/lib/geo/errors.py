"""Every error Conflict Atlas raises on purpose, each saying what to do next."""


class AtlasError(Exception):
    """Root of the project's own errors."""


class UnreadableInput(AtlasError, ValueError):
    """The input cannot be read as text: empty, binary, too large, undecodable or malformed.

    The message names the input (file, and line where it applies).
    """


class GazetteerMissing(AtlasError):
    """The compiled gazetteer index is missing or stale and cannot be built here."""


class StoreError(AtlasError):
    """The store cannot be opened or written; nothing was half-written."""


class BadViewLink(AtlasError, ValueError):
    """A share link's query string is malformed or tampered with."""
