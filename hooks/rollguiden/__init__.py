"""Rollguiden: role data → validated catalog → described pages → files. Never imports MkDocs.

The layers, each a sub-package that imports only those before it (text: by all):
model ← reading ← engines ← pages ← output ← site, cli. tests/unit/test_layers.py holds
the package to this order.
"""
