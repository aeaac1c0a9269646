"""`python -m geo COMMAND` (or `atlas COMMAND`): one module per command over the Python API.

``main`` dispatches; each command module has ``main(argv) -> int`` and its own ``--help``.
The top layer: it may import every package, and none imports it.
"""
