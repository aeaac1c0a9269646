"""The geoparsing engine: text in, resolved place mentions out.

Normalisation (``normalize``, ``tokens``), recognition (``recognize``, ``features``,
``filter_model``), resolution (``resolve``, ``approximate``), the offline gazetteer and its
geopy geocoder, the document model (``document``: Document, Mention, Place) and the
``pipeline`` that runs the steps over one text (and hands the result to ``geo.events``).

May import: ``geo.errors``, ``geo.paths`` and ``geo.events`` (the pipeline's last step).
Never imports the store, ingestion, maps, dashboard or CLI (import-linter checks it).
"""
