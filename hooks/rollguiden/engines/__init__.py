"""Engines: pure computations with JSON-shaped inputs and outputs. A month's pay, a
candidate's fit and the comparison of two roles each have a twin in the browser
(docs/assets/javascripts/) held to it by the shared vectors in tests/vectors/; the typical
month has none (the browser gets its deals made). Beside each engine, a small adapter
(`fit_roles`, `comparison_entry`, `engine_model`) turns the catalog into its input.

May import: model, reading, text. Never pages or output: an engine knows no page.
"""
