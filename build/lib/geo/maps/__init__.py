"""Maps: folium maps of stored mentions, that open with no network.

``build`` makes the folium map (markers, clusters, heat, outlines), ``places`` groups
mentions into map places, ``popups`` and ``excerpts`` render escaped article text,
``fast_markers`` draws thousands of markers from compact data, ``colours`` keeps the colour
keys, ``offline`` inlines or serves the vendored Leaflet assets in ``assets/``.

May import: ``geo.events`` (scheme names) and below; never the store, dashboard or CLI.
"""
