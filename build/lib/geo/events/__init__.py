"""Events: what happened where, when, to whom, and how many died, on ACLED's scheme.

``extract`` finds the events of a parsed document; ``lexicon`` holds the trigger words,
``text`` the offset-keeping fold and sentence splitter, ``actors``, ``fatalities``,
``numbers`` and ``dates`` the parts of an event, ``acled`` the ACLED CSV writer and
``evaluate`` the gold-set scorer.

May import: the engine's document model (``geo.engine.document``) only, besides
``geo.errors`` and ``geo.paths``; the engine's pipeline is what calls it.
"""
