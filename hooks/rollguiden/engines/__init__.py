"""Engines: pure computations with JSON-shaped inputs and outputs, each with a twin in the
browser (docs/assets/javascripts/) held to it by the shared vectors in tests/vectors/:
a month's pay, the typical month, a candidate's fit, the comparison of two roles.

May import: model, reading, text. Never pages or output: an engine knows no page.
"""
